package org.praxis.register.imports;

import java.time.LocalDate;
import org.praxis.register.CaseType;

/**
 * One row of a case list as Praxis keeps it: a child's (or adult's) contact, referral, assessment, plan or period
 * in care. Dates and counts the indicators need have their own fields; the rest is kept as shown in the file.
 */
public record Episode(
        String caseReference,
        int listNumber,
        CaseType type,
        int sourceRow,
        LocalDate start,
        LocalDate end,
        LocalDate conference,
        LocalDate lastVisit,
        Integer referralsIn12Months,
        Integer previousPlans,
        Integer placementsIn12Months,
        String teamName,
        String workerName,
        String details,
        boolean open,
        Person person) {

    /** The equality fields kept for fairness analysis, and what the age band is worked out from. */
    public record Person(
            String gender, String ethnicity, String disability, String uasc, LocalDate dateOfBirth, Integer age) {}
}
