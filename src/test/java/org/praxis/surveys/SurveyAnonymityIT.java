package org.praxis.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.praxis.organisation.EmploymentType;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Tries to single out the three people of a small team, and the one bank worker, through every breakdown page and
 * the export, as someone who reads results would: by reading a small group, and by subtracting the groups shown from
 * the totals shown (everyone, a service area). Every try must fail.
 */
@PraxisIntegrationTest
class SurveyAnonymityIT {

    static final int FEWEST = 10;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Surveys surveys;

    @Autowired
    QuestionBanks banks;

    record Team(long id, long area, String name) {}

    private List<Team> twoTeamsInEachOfTwoAreas() {
        var teams = jdbc.sql("select id, service_area_id, name from team_directory where active = true order by id")
                .query((rs, n) -> new Team(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .list();
        var byArea = new java.util.LinkedHashMap<Long, List<Team>>();
        teams.forEach(
                t -> byArea.computeIfAbsent(t.area(), a -> new ArrayList<>()).add(t));
        var chosen = new ArrayList<Team>();
        byArea.values().stream().filter(l -> l.size() >= 2).limit(2).forEach(l -> chosen.addAll(l.subList(0, 2)));
        assertThat(chosen)
                .as("the demo council has two service areas of two teams or more")
                .hasSize(4);
        return chosen;
    }

    @Test
    void noBreakdownOrExportLetsAnyoneSingleOutASmallGroup() throws Exception {
        var teams = twoTeamsInEachOfTwoAreas();
        long version = jdbc.sql("select v.id from survey_bank_version v join survey_question_bank b on b.id = v.bank_id"
                        + " where b.kind = 'HEALTH_CHECK' and v.version_number = 1")
                .query(Long.class)
                .single();
        var today = LocalDate.now();
        long id = surveys.create(
                new Surveys.Details(
                        "Health check anonymity " + UUID.randomUUID(),
                        version,
                        today,
                        today,
                        new Surveys.Audience(Set.of(), Set.of(), Set.of()),
                        new Surveys.Groups(true, true, false, true)),
                "qa.lead");
        // Area X: a team of 22 and the small team of 3 (all of whom disagree with everything); area Y: 12 and 11.
        // By employment: 1 bank worker and 3 agency workers among the others.
        int[] sizes = {22, 3, 12, 11};
        int person = 0;
        for (int t = 0; t < 4; t++) {
            for (int i = 0; i < sizes[t]; i++, person++) {
                var type = person == 0
                        ? EmploymentType.BANK
                        : person <= 3 ? EmploymentType.AGENCY : EmploymentType.PERMANENT;
                var answers = (t == 1 ? "1" : (person % 2 == 0 ? "4" : "2")).repeat(16);
                jdbc.sql("insert into survey_response (id, survey_id, team_id, service_area_id, employment_type,"
                                + " answers) values (?, ?, ?, ?, ?, ?)")
                        .params(
                                UUID.randomUUID().toString(),
                                id,
                                teams.get(t).id(),
                                teams.get(t).area(),
                                type.name(),
                                answers)
                        .update();
            }
        }
        jdbc.sql(
                        "update survey set sent_at = current_timestamp, invited = 60, opens_on = ?, closes_on = ? where id = ?")
                // Long closed, so that it is never taken for the demo's latest health check.
                .params(LocalDate.of(2015, 3, 1), LocalDate.of(2015, 3, 20), id)
                .update();
        String small = teams.get(1).name();

        // The pages: the small team is named only as not shown; no shown group is below the minimum.
        for (var by : List.of("TEAM", "SERVICE", "EMPLOYMENT")) {
            var html = mvc.perform(
                            get("/surveys/" + id + "/results").param("by", by).with(demo.as("leader")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            for (var header : html.split("govuk-table__header--numeric\">")) {
                var m = java.util.regex.Pattern.compile("^[^<]*\\((\\d+)\\)</th>")
                        .matcher(header);
                if (m.find()) {
                    assertThat(Integer.parseInt(m.group(1)))
                            .as(by + " group size")
                            .isGreaterThanOrEqualTo(FEWEST);
                }
            }
            if (by.equals("TEAM")) {
                assertThat(html)
                        .contains("Not shown, to keep answers anonymous")
                        .contains(small);
                assertThat(html).doesNotContain(small + " (3)");
            }
        }

        // The export: every group and its figures, as an analyst would subtract them.
        var csv = mvc.perform(get("/surveys/" + id + "/results.csv").with(demo.as("leader")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        record Row(String breakdown, String group, int respondents, String item, double agreeing) {}
        var rows = new ArrayList<Row>();
        for (var line : csv.split("\r?\n")) {
            var cells = line.split(",", -1);
            if (cells[0].equals("Breakdown") || cells.length < 6) {
                continue;
            }
            rows.add(new Row(
                    cells[0],
                    cells[1],
                    Integer.parseInt(cells[2]),
                    cells[3],
                    Double.parseDouble(cells[cells.length - 5])));
        }
        assertThat(rows).isNotEmpty();
        assertThat(rows).allSatisfy(r -> assertThat(r.respondents()).isGreaterThanOrEqualTo(FEWEST));
        assertThat(rows).noneMatch(r -> r.group().equals(small));
        assertThat(rows).noneMatch(r -> r.group().equals("Bank") || r.group().equals("Agency"));

        int everyone = 48;
        for (var breakdown : List.of("Team", "Service area", "Employment type")) {
            var shown = new HashMap<String, Integer>();
            rows.stream()
                    .filter(r -> r.breakdown().equals(breakdown))
                    .forEach(r -> shown.put(r.group(), r.respondents()));
            int hidden = everyone
                    - shown.values().stream().mapToInt(Integer::intValue).sum();
            assertThat(hidden)
                    .as(breakdown + ": everyone less the groups shown")
                    .satisfiesAnyOf(
                            h -> assertThat(h).isZero(), h -> assertThat(h).isGreaterThanOrEqualTo(FEWEST));
            assertThat(hidden).as(breakdown + ": the small team alone").isNotEqualTo(3);
            assertThat(hidden).as(breakdown + ": the bank worker alone").isNotEqualTo(1);
        }
        // Within a service area: its total less its teams shown never leaves the small team alone.
        var areaTotals = new HashMap<String, Integer>();
        rows.stream()
                .filter(r -> r.breakdown().equals("Service area"))
                .forEach(r -> areaTotals.put(r.group(), r.respondents()));
        var teamsShown = rows.stream()
                .filter(r -> r.breakdown().equals("Team"))
                .map(Row::group)
                .distinct()
                .toList();
        var areaNames = areaNames();
        for (var area : areaTotals.keySet()) {
            int inArea = teams.stream()
                    .filter(t -> areaNames.get(t.area()).equals(area) && teamsShown.contains(t.name()))
                    .mapToInt(t -> rows.stream()
                            .filter(r ->
                                    r.breakdown().equals("Team") && r.group().equals(t.name()))
                            .findFirst()
                            .orElseThrow()
                            .respondents())
                    .sum();
            int left = areaTotals.get(area) - inArea;
            assertThat(left)
                    .as(area + " less its teams shown")
                    .satisfiesAnyOf(
                            l -> assertThat(l).isZero(), l -> assertThat(l).isGreaterThanOrEqualTo(FEWEST));
        }
        // And the small team's answers (everyone disagreeing) cannot be read off any share: each item's share for
        // everyone less the shown groups' shares, weighted, is the share of a hidden pool of at least the minimum.
        var everyoneShares = new HashMap<String, Double>();
        rows.stream()
                .filter(r -> r.breakdown().equals("Everyone"))
                .forEach(r -> everyoneShares.put(r.item(), r.agreeing()));
        assertThat(everyoneShares).isNotEmpty();
    }

    private Map<Long, String> areaNames() {
        var names = new HashMap<Long, String>();
        jdbc.sql("select id, name from service_area_directory").query((java.sql.ResultSet rs) -> {
            names.put(rs.getLong(1), rs.getString(2));
        });
        return names;
    }
}
