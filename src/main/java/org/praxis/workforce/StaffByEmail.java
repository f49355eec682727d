package org.praxis.workforce;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.praxis.organisation.OrganisationDirectory;

/** Staff records by lower-case work email, leavers included (HR's files name people who have left). */
final class StaffByEmail {

    static Map<String, OrganisationDirectory.StaffRecord> of(OrganisationDirectory organisation) {
        var found = new HashMap<String, OrganisationDirectory.StaffRecord>();
        organisation.staffRecords().forEach(s -> found.put(s.workEmail().toLowerCase(Locale.ROOT), s));
        return found;
    }

    private StaffByEmail() {}
}
