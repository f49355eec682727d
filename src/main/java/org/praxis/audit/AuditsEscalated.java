package org.praxis.audit;

import java.time.LocalDate;

/** Audits of a programme long overdue: the QA leads hear of them, once per audit, in one message per programme. */
public record AuditsEscalated(long programmeId, String programme, int audits, LocalDate dueDate, int afterDays) {}
