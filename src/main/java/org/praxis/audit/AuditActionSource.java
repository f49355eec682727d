package org.praxis.audit;

import org.praxis.actions.ActionSources;
import org.praxis.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** An action raised from an audit links back to it only for readers the audit's own rules admit. */
@Component
class AuditActionSource implements ActionSources {

    private final AuditForms forms;

    AuditActionSource(AuditForms forms) {
        this.forms = forms;
    }

    @Override
    public String source() {
        return "AUDIT";
    }

    @Override
    public boolean mayOpen(long auditId, CurrentUser reader) {
        return forms.audit(auditId)
                .flatMap(audit -> AuditForms.access(audit, reader))
                .isPresent();
    }
}
