package org.praxis.workforce;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.praxis.organisation.JobRole;
import org.praxis.organisation.OrganisationDirectory.StaffRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The council's policy, from settings: how often each job role has one-to-one supervision (newly qualified social
 * workers more often in their first months), whether a session's record keeps written content, and the caseload
 * each job role should not go over.
 */
@Component
class WorkforcePolicy {

    private final boolean notesKept;
    private final int intervalWeeks;
    private final Map<JobRole, Integer> intervalByRole;
    private final int newlyQualifiedIntervalWeeks;
    private final int newlyQualifiedMonths;
    private final int caseloadThreshold;
    private final Map<JobRole, Integer> thresholdByRole;

    WorkforcePolicy(
            @Value("${praxis.workforce.supervision-notes:true}") boolean notesKept,
            @Value("${praxis.workforce.supervision.interval-weeks:4}") int intervalWeeks,
            @Value("${praxis.workforce.supervision.interval-weeks-by-role:}") String intervalByRole,
            @Value("${praxis.workforce.supervision.newly-qualified-interval-weeks:2}") int newlyQualifiedIntervalWeeks,
            @Value("${praxis.workforce.supervision.newly-qualified-months:6}") int newlyQualifiedMonths,
            @Value("${praxis.workforce.caseload.threshold:20}") int caseloadThreshold,
            @Value("${praxis.workforce.caseload.threshold-by-role:ASYE=16,SOCIAL_WORK_APPRENTICE=8}")
                    String thresholdByRole) {
        this.notesKept = notesKept;
        this.intervalWeeks = positive(intervalWeeks, "praxis.workforce.supervision.interval-weeks");
        this.intervalByRole = byRole(intervalByRole, "praxis.workforce.supervision.interval-weeks-by-role");
        this.newlyQualifiedIntervalWeeks =
                positive(newlyQualifiedIntervalWeeks, "praxis.workforce.supervision.newly-qualified-interval-weeks");
        this.newlyQualifiedMonths = newlyQualifiedMonths;
        this.caseloadThreshold = positive(caseloadThreshold, "praxis.workforce.caseload.threshold");
        this.thresholdByRole = byRole(thresholdByRole, "praxis.workforce.caseload.threshold-by-role");
    }

    boolean notesKept() {
        return notesKept;
    }

    /**
     * Weeks between one-to-one sessions for this person on this day: a newly qualified social worker (ASYE) in their
     * first months has the shorter interval, then their role's.
     */
    int intervalWeeks(StaffRecord staff, LocalDate on) {
        if (staff.jobRole() == JobRole.ASYE
                && staff.startDate() != null
                && on.isBefore(staff.startDate().plusMonths(newlyQualifiedMonths))) {
            return newlyQualifiedIntervalWeeks;
        }
        return intervalByRole.getOrDefault(staff.jobRole(), intervalWeeks);
    }

    /** The policy in words, for the pages. */
    String supervisionInWords() {
        var words = new StringBuilder("One-to-one supervision every " + weeks(intervalWeeks));
        intervalByRole.forEach((role, weeks) -> words.append("; ")
                .append(role.label().toLowerCase(Locale.ROOT))
                .append(" every ")
                .append(weeks(weeks)));
        words.append("; newly qualified social workers every ")
                .append(weeks(newlyQualifiedIntervalWeeks))
                .append(" in their first ")
                .append(newlyQualifiedMonths)
                .append(" months");
        return words.toString();
    }

    int caseloadThreshold(JobRole role) {
        return thresholdByRole.getOrDefault(role, caseloadThreshold);
    }

    private static String weeks(int n) {
        return n == 1 ? "week" : n + " weeks";
    }

    private static int positive(int n, String setting) {
        if (n < 1) {
            throw new IllegalStateException(setting + " must be 1 or more");
        }
        return n;
    }

    /** "ASYE=16,SOCIAL_WORK_APPRENTICE=8": a job role's code and a whole number, separated by commas. */
    static Map<JobRole, Integer> byRole(String text, String setting) {
        var found = new EnumMap<JobRole, Integer>(JobRole.class);
        if (text == null || text.isBlank()) {
            return found;
        }
        for (var pair : text.split(",")) {
            var parts = pair.split("=");
            try {
                found.put(
                        JobRole.valueOf(parts[0].strip().toUpperCase(Locale.ROOT)),
                        positive(Integer.parseInt(parts[1].strip()), setting));
            } catch (RuntimeException e) {
                throw new IllegalStateException(
                        setting + " must be like ASYE=16,SOCIAL_WORKER=20 (a job role's code, =, a whole number)");
            }
        }
        return found;
    }
}
