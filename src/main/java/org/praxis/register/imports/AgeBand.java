package org.praxis.register.imports;

import java.time.LocalDate;
import java.time.Period;

/** Screens show an age band, not a date of birth: enough to understand a case, less to identify a child. */
public final class AgeBand {

    public static String of(LocalDate dateOfBirth, Integer age, LocalDate asAt) {
        int years;
        if (dateOfBirth != null) {
            if (dateOfBirth.isAfter(asAt)) {
                return "Unborn";
            }
            years = Period.between(dateOfBirth, asAt).getYears();
        } else if (age != null) {
            if (age < 0) {
                return "Unborn";
            }
            years = age;
        } else {
            return "Not recorded";
        }
        if (years < 1) {
            return "Under 1";
        } else if (years <= 4) {
            return "1 to 4";
        } else if (years <= 9) {
            return "5 to 9";
        } else if (years <= 15) {
            return "10 to 15";
        } else if (years <= 17) {
            return "16 to 17";
        }
        return "18 and over";
    }

    private AgeBand() {}
}
