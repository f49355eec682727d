package org.praxis.complaints;

import java.time.LocalDate;
import java.util.List;

/**
 * A stage's response is due soon or overdue: the complaints managers are told (the notifications module), with the
 * complaint's number and the day, never the complainant.
 */
public record ComplaintResponseDue(long complaintId, int stage, LocalDate dueOn, boolean overdue, List<Long> userIds) {}
