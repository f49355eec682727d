package org.praxis.healthcheck;

import java.util.List;
import org.praxis.web.HomeCard;
import org.praxis.web.HomeCards;
import org.springframework.stereotype.Component;

/** The annual health check on the home page of those who lead it and read it. */
@Component
class HealthCheckHomeCards implements HomeCards {

    @Override
    public List<HomeCard> forSignedInPerson() {
        return List.of(
                new HomeCard(
                        "QA_LEAD",
                        "Annual health check",
                        "The council as an employer, by the eight standards: survey, workforce figures, action plan.",
                        "/health-check"),
                new HomeCard(
                        "LEADER",
                        "Annual health check",
                        "The council as an employer of social workers, year by year, and its action plan.",
                        "/health-check"));
    }
}
