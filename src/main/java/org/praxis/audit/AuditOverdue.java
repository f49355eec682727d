package org.praxis.audit;

import java.time.LocalDate;

/** An audit is past its programme's due date and not submitted: its auditor is reminded. No case detail but the reference. */
public record AuditOverdue(
        long auditId, String caseReference, long auditorUserId, String programme, LocalDate dueDate) {}
