/**
 * The one action tracker: actions raised from audits (and later from Practice Week, learning reviews and scrutiny),
 * with an owner, a due date, evidence, verification by someone other than the owner, and overdue reminders.
 *
 * <p>Owns tables: {@code action_item}, {@code action_history}, {@code action_evidence_file} (decision 0015).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Actions",
        allowedDependencies = {"accesslog", "documents", "identity", "organisation", "statistics", "web"})
package org.praxis.actions;
