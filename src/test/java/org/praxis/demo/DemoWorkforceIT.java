package org.praxis.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.praxis.workforce.WorkforceFigures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo council's workforce health: the demo manager's team has lapsed supervision while most teams are up to date,
 * HR's sickness and FTE figures, leavers, apprentices with their progress, and each team's establishment.
 */
@PraxisIntegrationTest
class DemoWorkforceIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    WorkforceFigures figures;

    private String page(String path, String username) throws Exception {
        var response =
                mvc.perform(get(path).with(demo.as(username))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void theManagersTeamIsOverdueWhileMostTeamsAreUpToDate() throws Exception {
        assertThat(page("/workforce/supervision", "manager"))
                .containsPattern("[0-9]+ people in your teams are overdue for one-to-one supervision")
                .contains("Overdue since");
        var compliance = figures.supervision(WorkforceFigures.Period.yearTo(LocalDate.now()));
        var council = compliance.getFirst();
        assertThat(council.upToDateShare()).isBetween(0.5, 0.95);
        assertThat(compliance.stream().skip(1).filter(c -> c.staff() > 3))
                .anySatisfy(c -> assertThat(c.upToDateShare()).isLessThan(0.2))
                .anySatisfy(c -> assertThat(c.upToDateShare()).isGreaterThan(0.8));
        assertThat(council.otherSessions()).as("reflective practice").isPositive();
    }

    @Test
    void thePictureHasSicknessVacanciesLeaversAgencyStaffAndApprentices() throws Exception {
        var council = figures.workforce(WorkforceFigures.Period.yearTo(LocalDate.now()))
                .getFirst();
        assertThat(council.daysLostPerFte()).isPositive();
        assertThat(council.vacancies()).isPositive();
        var twoYears = figures.workforce(
                        new WorkforceFigures.Period(LocalDate.now().minusYears(2), LocalDate.now()))
                .getFirst();
        assertThat(twoYears.permanentLeavers())
                .as("the demo's eight over two years, and any a test made")
                .isGreaterThanOrEqualTo(8);
        assertThat(council.permanentLeavers())
                .as("some of them in the last year")
                .isPositive();
        assertThat(council.agency()).isPositive();
        var development = figures.development(WorkforceFigures.Period.yearTo(LocalDate.now()));
        assertThat(development.apprentices()).isPositive();
        assertThat(development.apprenticesByProgress()).containsKeys("On track", "Behind");
        assertThat(page("/workforce/picture", "qa.lead"))
                .contains("Apprentices")
                .contains("Northbridge University");
    }
}
