package org.praxis.audit;

import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;
import org.praxis.identity.Role;
import org.praxis.web.Cell;

/** What the audit screens share: date format, who may audit, and how an audit's status is shown. */
final class AuditPages {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    /**
     * Leaders and quality assurance leads audit; team managers and senior practitioners audit other teams' cases too
     * (peer audit: {@code StaffAccounts.auditors}).
     */
    static final Set<Role> AUDITOR_ROLES = EnumSet.of(Role.LEADER, Role.QA_LEAD);

    record AuditorChoice(String field, String name, String team, String capacity, ProgrammeChanges.Workload workload) {}

    static Cell statusTag(String status) {
        return switch (status) {
            case "ASSIGNED" -> Cell.tag("Not started", "grey");
            case "IN_PROGRESS" -> Cell.tag("In progress", "blue");
            case "SUBMITTED" -> Cell.tag("Submitted", "green");
            case "MODERATED" -> Cell.tag("Moderated", "purple");
            case "REMOVED" -> Cell.tag("Removed from the sample", "red");
            default -> Cell.text(status);
        };
    }

    private AuditPages() {}
}
