package org.praxis.organisation;

import java.util.Optional;
import org.praxis.web.DateInput;
import org.springframework.validation.Errors;

/** What the add and change staff forms send, before it is checked. */
record StaffForm(
        String fullName,
        String workEmail,
        String jobRole,
        String teamId,
        String employmentType,
        DateInput startDate,
        Integer version) {

    static StaffForm of(StaffMember s) {
        return new StaffForm(
                s.fullName(),
                s.workEmail(),
                s.jobRole().name(),
                s.teamId() == null ? "" : s.teamId().toString(),
                s.employmentType().name(),
                DateInput.of(s.startDate()),
                s.version());
    }

    static StaffForm empty() {
        return new StaffForm("", "", "", "", "", DateInput.of(null), null);
    }

    /** The checked details, or empty with every problem recorded against its field. */
    Optional<StaffRecords.StaffDetails> check(Errors errors, TeamDirectory teams) {
        Rules.nameProblem(fullName, "their full name").ifPresent(p -> errors.rejectValue("fullName", "name", p));
        Rules.emailProblem(workEmail, true).ifPresent(p -> errors.rejectValue("workEmail", "email", p));
        var role = JobRole.parse(jobRole);
        if (role.isEmpty()) {
            errors.rejectValue("jobRole", "jobRole", "Select their job role");
        }
        Long team = null;
        try {
            team = teamId == null || teamId.isBlank() ? null : Long.valueOf(teamId);
        } catch (NumberFormatException ignored) {
            // handled below as "select a team"
        }
        if (team == null || !teams.isActiveTeam(team)) {
            errors.rejectValue("teamId", "team", "Select their team");
        }
        var type = EmploymentType.parse(employmentType);
        if (type.isEmpty()) {
            errors.rejectValue("employmentType", "type", "Select how they are employed");
        }
        var start = startDate == null
                ? Optional.<java.time.LocalDate>empty()
                : startDate.toDate("startDate", "Start date", errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new StaffRecords.StaffDetails(
                Rules.tidy(fullName),
                Rules.normaliseEmail(workEmail),
                role.get(),
                team,
                type.get(),
                start.orElse(null)));
    }
}
