package org.praxis.healthcheck;

import java.util.List;
import org.praxis.surveys.EmployerStandard;
import org.springframework.stereotype.Component;

/** The council's own workforce figures for each employer standard in a year, and how they changed since the year before. */
@Component
class WorkforceEvidence {

    List<String> evidence(EmployerStandard standard, int year) {
        return List.of();
    }

    List<String> changes(int year) {
        return List.of();
    }
}
