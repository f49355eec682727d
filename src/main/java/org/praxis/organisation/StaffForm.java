package org.praxis.organisation;

import org.praxis.web.DateInput;
import org.praxis.web.FormValues;
import org.praxis.web.OneOf;
import org.praxis.web.RealDate;

/**
 * What the add and change staff forms send, its fields in the page's order. The team (one of the open teams) is
 * checked by the controller.
 */
record StaffForm(
        @Name("their full name") String fullName,
        @EmailAddress(required = true) String workEmail,

        @OneOf(value = JobRole.class, message = "Select their job role")
        String jobRole,

        String teamId,

        @OneOf(value = EmploymentType.class, message = "Select how they are employed")
        String employmentType,

        @RealDate(label = "Start date") DateInput startDate,
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

    /** The details, once the form passed its checks. */
    StaffRecords.StaffDetails details() {
        return new StaffRecords.StaffDetails(
                Rules.tidy(fullName),
                Rules.normaliseEmail(workEmail),
                FormValues.parse(JobRole.class, jobRole),
                FormValues.id(teamId),
                FormValues.parse(EmploymentType.class, employmentType),
                startDate == null ? null : startDate.date().orElse(null));
    }
}
