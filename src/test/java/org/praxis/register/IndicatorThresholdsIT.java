package org.praxis.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.praxis.register.indicators.Indicator;
import org.praxis.register.indicators.IndicatorThresholds;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A council sets its own standards (10 working days between child protection visits rather than 42 days): the
 * figures, the definitions and the trend follow, the change is kept, bad input is refused by name, and only a QA
 * lead may change them. Each indicator over time shows every snapshot held.
 */
@PraxisIntegrationTest
class IndicatorThresholdsIT {

    /** A Monday. Child protection visits of the fixture (Sunday 1 November) are 29 days and 21 working days before. */
    private static final LocalDate AS_AT = LocalDate.of(2026, 11, 30);

    private static final String CP_VISITS = "/register/indicators/thresholds/cp-visits";

    @Autowired
    org.praxis.identity.StaffAccounts staffAccounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    IndicatorThresholds thresholds;

    @Autowired
    JdbcClient jdbc;

    /** Tests own their data: the thresholds go back to the standards whatever happened. */
    @AfterEach
    void standardsAgain() throws Exception {
        var current = thresholds.current();
        for (var indicator : Indicator.values()) {
            if (indicator.setting() != null
                    && !current.of(indicator).equals(indicator.setting().standard())) {
                var standard = indicator.setting().standard();
                change(
                        "/register/indicators/thresholds/" + indicator.key(),
                        String.valueOf(standard.amount()),
                        standard.unit().name(),
                        current.version(indicator));
            }
        }
    }

    private Document page(String path, String user) throws Exception {
        var response = mvc.perform(get(path).with(users.as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private MockHttpServletResponse change(String path, String amount, String unit, int version) throws Exception {
        return mvc.perform(post(path)
                        .param("amount", amount)
                        .param("unit", unit)
                        .param("version", String.valueOf(version))
                        .with(users.as("qa.lead"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    private int cpVisitsVersion() {
        return thresholds.current().version(Indicator.CP_VISITS);
    }

    /** The "All teams" line of the child protection visits table: the count in each band, then the total. */
    private static java.util.List<String> allTeamsBands(Document indicators) {
        return section(indicators, "cp-visits")
                .select("tbody tr")
                .first()
                .select("td")
                .eachText();
    }

    private static Element section(Document page, String key) {
        var section = page.getElementById(key);
        assertThat(section).as(key).isNotNull();
        return section;
    }

    @Test
    void aQaLeadSetsTenWorkingDaysForVisitsAndTheFiguresAndDefinitionsFollow() throws Exception {
        long snapshot = new ChildrensRegister()
                .asAt(AS_AT)
                .childProtection(3, "Child Protection Team East")
                .imported(mvc, users.as("qa.lead"));
        var before = page("/register/indicators?snapshot=" + snapshot, "manager");
        assertThat(section(before, "cp-visits").select("thead th").eachText())
                .contains("42 days or fewer", "43 to 84 days");
        assertThat(allTeamsBands(before)).containsExactly("3", "0", "0", "0", "0", "3");

        var saved = change(CP_VISITS, "10", "WORKING_DAYS", cpVisitsVersion());
        assertThat(saved.getRedirectedUrl()).isEqualTo("/register/indicators/thresholds");

        var after = page("/register/indicators?snapshot=" + snapshot, "manager");
        var visits = section(after, "cp-visits");
        assertThat(visits.select("h2").text())
                .isEqualTo("Working days since the last statutory visit (child protection)");
        assertThat(visits.select(".govuk-details__text").text())
                .contains("in bands of 10 working days")
                .contains("leaving out weekends and bank holidays");
        assertThat(visits.select("thead th").eachText())
                .contains("10 working days or fewer", "11 to 20 working days", "21 to 30 working days");
        // 21 working days since the visit: the third band now.
        assertThat(allTeamsBands(after)).containsExactly("0", "0", "3", "0", "0", "3");

        var settings = page("/register/indicators/thresholds", "qa.lead");
        assertThat(settings.select(".govuk-summary-list").text()).contains("10 working days");
        var latest = settings.select("table tbody tr").first().select("td").eachText();
        assertThat(latest.subList(1, 5))
                .containsExactly(
                        staffAccounts.nameOf("qa.lead"),
                        "Child protection visits are due within",
                        "42 days",
                        "10 working days");
        assertThat(jdbc.sql(
                                "select count(*) from register_indicator_threshold_change where indicator = 'CP_VISITS' and new_amount = 10")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
        int version = cpVisitsVersion();
        long changes = jdbc.sql("select count(*) from register_indicator_threshold_change")
                .query(Long.class)
                .single();
        for (var bad : new String[][] {
            {"", "DAYS", "Enter a whole number for “Child protection visits are due within”"},
            {"ten", "DAYS", "“Child protection visits are due within” must be a whole number, like 42"},
            {"0", "DAYS", "“Child protection visits are due within” must be between 1 and 365"},
            {"400", "DAYS", "“Child protection visits are due within” must be between 1 and 365"},
            {"10", "YEARS", "Select what the number counts"},
            {"10", "", "Select what the number counts"},
        }) {
            var response = change(CP_VISITS, bad[0], bad[1], version);
            assertThat(response.getStatus()).isEqualTo(200);
            var html = Jsoup.parse(response.getContentAsString());
            assertThat(html.title()).startsWith("Error: ");
            assertThat(html.select(".govuk-error-summary__list").text()).isEqualTo(bad[2]);
            var field = bad[2].startsWith("Select") ? "#unit" : "#amount";
            assertThat(html.select(".govuk-error-summary__list a").attr("href")).isEqualTo(field);
            assertThat(html.select(field + "-error").text()).contains(bad[2]);
        }
        assertThat(thresholds.current().of(Indicator.CP_VISITS))
                .isEqualTo(Indicator.CP_VISITS.setting().standard());
        assertThat(jdbc.sql("select count(*) from register_indicator_threshold_change")
                        .query(Long.class)
                        .single())
                .isEqualTo(changes);
    }

    @Test
    void aChangeMadeMeanwhileIsNotOverwritten() throws Exception {
        int seen = cpVisitsVersion();
        assertThat(change(CP_VISITS, "30", "DAYS", seen).getRedirectedUrl())
                .isEqualTo("/register/indicators/thresholds");
        var late = change(CP_VISITS, "20", "DAYS", seen);
        assertThat(Jsoup.parse(late.getContentAsString())
                        .select(".govuk-error-summary__list")
                        .text())
                .contains("Someone else changed this");
        assertThat(thresholds.current().of(Indicator.CP_VISITS).amount()).isEqualTo(30);
    }

    @Test
    void onlyAQaLeadMayChangeThresholds() throws Exception {
        for (var user : new String[] {"admin", "leader", "manager", "practitioner"}) {
            var response = mvc.perform(post(CP_VISITS)
                            .param("amount", "10")
                            .param("unit", "WORKING_DAYS")
                            .param("version", String.valueOf(cpVisitsVersion()))
                            .with(users.as(user))
                            .with(csrf()))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(user).isEqualTo(403);
        }
        assertThat(thresholds.current().of(Indicator.CP_VISITS))
                .isEqualTo(Indicator.CP_VISITS.setting().standard());
        assertThat(page("/register/indicators", "qa.lead").select("a[href='/register/indicators/thresholds']"))
                .isNotEmpty();
        assertThat(page("/register/indicators", "manager").select("a[href='/register/indicators/thresholds']"))
                .isEmpty();
    }

    @Test
    void eachIndicatorOverTimeShowsEverySnapshotHeldButWithdrawnOnes() throws Exception {
        long first = new ChildrensRegister()
                .asAt(AS_AT.minusDays(1))
                .assessments(1, 1, "Child Protection Team East")
                .imported(mvc, users.as("qa.lead"));
        long second = new ChildrensRegister()
                .asAt(AS_AT)
                .assessments(3, 1, "Child Protection Team East")
                .imported(mvc, users.as("qa.lead"));
        long withdrawn = new ChildrensRegister()
                .asAt(AS_AT)
                .assessments(0, 5, "Child Protection Team East")
                .imported(mvc, users.as("qa.lead"));
        mvc.perform(post("/register/snapshots/" + withdrawn + "/withdraw")
                .param("reason", "Imported twice by mistake")
                .with(users.as("qa.lead"))
                .with(csrf()));

        var trend = section(page("/register/indicators/over-time", "manager"), "assessment-timeliness");
        assertThat(trend.select("h2").text()).isEqualTo("Assessments authorised within 45 working days");
        assertThat(trend.select("img").attr("src")).startsWith("data:image/svg+xml;base64,");
        assertThat(trend.select("img").attr("alt")).contains("The table below gives the same figures");
        assertThat(row(trend, first)).containsExactly("29 Nov 2026", "1", "2", "50%", "3% to 97%");
        assertThat(row(trend, second)).containsExactly("30 Nov 2026", "3", "4", "75%", "22% to 99%");
        assertThat(trend.select("a[href='/register/indicators?snapshot=" + withdrawn + "']"))
                .isEmpty();

        // The trend follows the thresholds: at 3 working days, none of the second snapshot's assessments is in time.
        change(
                "/register/indicators/thresholds/assessment-timeliness",
                "3",
                "WORKING_DAYS",
                thresholds.current().version(Indicator.ASSESSMENT_TIMELINESS));
        trend = section(page("/register/indicators/over-time", "manager"), "assessment-timeliness");
        assertThat(trend.select("h2").text()).isEqualTo("Assessments authorised within 3 working days");
        assertThat(row(trend, second).subList(1, 4)).containsExactly("0", "4", "0%");
    }

    private static java.util.List<String> row(Element trend, long snapshot) {
        var link = trend.select("a[href='/register/indicators?snapshot=" + snapshot + "']");
        assertThat(link).as("snapshot " + snapshot).hasSize(1);
        return link.first().closest("tr").select("td").eachText();
    }
}
