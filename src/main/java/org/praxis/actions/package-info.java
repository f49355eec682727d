/**
 * The one action tracker: actions raised from audits (and later from Practice Week, learning reviews and scrutiny),
 * with an owner, a due date, evidence, verification by someone other than the owner, and overdue reminders.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Actions")
package org.praxis.actions;
