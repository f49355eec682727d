/**
 * Case file audits: versioned audit templates, audit programmes that draw a stratified random sample from the case
 * register and assign auditors, the audit form, moderation and findings.
 *
 * <p>Owns tables: {@code audit_template}, {@code audit_template_version}, {@code audit_section}, {@code audit_question}, {@code audit_question_standard}, {@code audit_programme}, {@code audit_stratum}, {@code audit_programme_auditor}, {@code audit}, {@code audit_answer}, {@code audit_moderation}, {@code audit_conversation}, {@code audit_change}, {@code audit_overdue_notice}, {@code audit_result_month} (decision 0015).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Case file audits",
        allowedDependencies = {
            "accesslog",
            "actions",
            "documents",
            "identity",
            "organisation",
            "register",
            "standards",
            "statistics",
            "web"
        })
package org.praxis.audit;
