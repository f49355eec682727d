package org.praxis.workforce;

import java.time.LocalDate;
import java.util.Map;
import org.praxis.organisation.OrganisationDirectory.StaffRecord;

/** Who was in post on a day: started by then, and not yet left (HR's leaving date; otherwise the record's status). */
final class InPost {

    static boolean on(StaffRecord staff, Map<Long, WorkforceRecords.StaffDetails> details, LocalDate day) {
        if (staff.startDate() != null && staff.startDate().isAfter(day)) {
            return false;
        }
        var hr = details.get(staff.id());
        var leftOn = hr == null ? null : hr.leftOn();
        return leftOn != null ? leftOn.isAfter(day) : staff.active();
    }

    private InPost() {}
}
