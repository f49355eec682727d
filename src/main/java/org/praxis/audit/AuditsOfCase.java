package org.praxis.audit;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.register.CaseRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The audits of a case, on the case page: only those the reader may open, by the audit's own rules. */
@Component
class AuditsOfCase implements CaseRecords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    private final AuditForms forms;

    AuditsOfCase(AuditForms forms) {
        this.forms = forms;
    }

    @Override
    public String heading() {
        return "Audits of this case";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Link> about(String caseReference, CurrentUser reader) {
        return forms.ofCase(caseReference).stream()
                .filter(audit -> AuditForms.access(audit, reader).isPresent())
                .map(audit -> new Link(
                        audit.programme(),
                        "/audit/audits/" + audit.id(),
                        (audit.submitted() ? "Submitted " + audit.submittedAt().format(DAY) : "Not yet submitted")
                                + Grade.parse(audit.overall().get("overallGrade"))
                                        .map(g -> " · " + g.label())
                                        .orElse("")))
                .toList();
    }
}
