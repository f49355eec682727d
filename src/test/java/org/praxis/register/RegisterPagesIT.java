package org.praxis.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.praxis.register.imports.ImportRuns;
import org.praxis.register.imports.RegisterImport;
import org.praxis.register.names.NameMappings;
import org.praxis.register.reading.ImportFile;
import org.praxis.register.snapshots.CaseRegister;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The register's list pages count and page what the database holds, with every filter, to the last page: the lists
 * are filtered and counted over the snapshots held in memory, and what changed is compared once and kept (issue 12).
 */
@PraxisIntegrationTest
class RegisterPagesIT {

    private static final Pattern CASES = Pattern.compile("\\((\\d+)\\)");

    @TempDir
    Path folder;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterImport importer;

    @Autowired
    NameMappings names;

    private Document page(MockHttpServletRequestBuilder request, String user) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(demo.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static long shownCount(Document page) {
        var matcher = CASES.matcher(page.select("main table caption").text());
        assertThat(matcher.find()).as(page.select("main table caption").text()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private long counted(String condition, Object... params) {
        return jdbc.sql("select count(*) from register_case c left join team_directory t on t.id = c.team_id"
                        + " where c.snapshot_id in " + CaseRegister.LIVE + condition)
                .params(params)
                .query(Long.class)
                .single();
    }

    private long any(String sql) {
        return jdbc.sql(sql + " fetch first 1 rows only").query(Long.class).single();
    }

    /** A mapping left by an earlier run on the same database would be applied at import: this test makes its own. */
    private void forget(String nameKey) {
        jdbc.sql("delete from register_name_mapping where source_name = ?")
                .param(nameKey)
                .update();
    }

    private RegisterImport.Result importFixture(AnnexAFixture fixture, String name) throws Exception {
        var result = importer.run(
                new RegisterImport.Request(
                                List.of(new ImportFile(fixture.workbook(folder, name), name)),
                                LocalDate.of(2026, 11, 20),
                                ImportRuns.RowHandling.REJECT_FILE,
                                "qa.lead")
                        // A register of the test's own replaces the one before knowingly.
                        .acceptingSharpChange(true),
                line -> {});
        assertThat(result.imported()).as(result.message()).isTrue();
        return result;
    }

    @Test
    void everyFilterShowsTheCountOfTheCasesTheDatabaseHolds() throws Exception {
        var staff = jdbc.sql(
                        "select full_name from staff_member where active = true order by id fetch first 1 rows only")
                .query(String.class)
                .single();
        importFixture(
                new AnnexAFixture()
                        .row(1, "Child Unique ID", "F-1", "Date of Contact", "01/11/2026")
                        .row(1, "Child Unique ID", "F-4", "Date of Contact", "02/11/2026")
                        .childProtection("F-1", "Child Protection Team East")
                        .childProtection("F-2", "Child Protection Team West")
                        .row(
                                7,
                                "Child Unique ID",
                                "F-3",
                                "Child Protection Plan Start Date",
                                "01/10/2026",
                                "Number of Previous Child Protection Plans",
                                0L,
                                "Allocated Team",
                                "Child Protection Team East",
                                "Allocated Worker",
                                staff),
                "filters.xlsx");
        long team = any("select c.team_id from register_case c where c.team_id is not null and c.snapshot_id in "
                + CaseRegister.LIVE + " order by c.id");
        long area = any("select service_area_id from team_directory where id = " + team);
        long worker = any("select c.staff_id from register_case c where c.staff_id is not null and c.snapshot_id in "
                + CaseRegister.LIVE + " order by c.id");
        String contact = " and exists (select 1 from register_episode e where e.snapshot_id = c.snapshot_id"
                + " and e.case_type = 'CONTACT' and e.case_reference = c.case_reference)";

        assertThat(shownCount(page(get("/register"), "qa.lead"))).isEqualTo(counted(" and c.open_case = true"));
        assertThat(shownCount(page(get("/register").param("status", "all"), "qa.lead")))
                .isEqualTo(counted(""));
        assertThat(shownCount(page(get("/register").param("type", "CONTACT").param("status", "all"), "qa.lead")))
                .isEqualTo(counted(contact))
                .isPositive();
        assertThat(shownCount(page(get("/register").param("teamId", String.valueOf(team)), "qa.lead")))
                .isEqualTo(counted(" and c.open_case = true and c.team_id = ?", team));
        assertThat(shownCount(page(get("/register").param("serviceAreaId", String.valueOf(area)), "qa.lead")))
                .isEqualTo(counted(" and c.open_case = true and t.service_area_id = ?", area))
                .isPositive();
        assertThat(shownCount(page(
                        get("/register")
                                .param("staffId", String.valueOf(worker))
                                .param("status", "all"),
                        "qa.lead")))
                .isEqualTo(counted(" and c.staff_id = ?", worker))
                .isPositive();
        long managersTeam = jdbc.sql("select team_id from user_account where username = 'manager'")
                .query(Long.class)
                .single();
        assertThat(shownCount(page(get("/register").param("type", "CONTACT"), "manager")))
                .as("a manager counts their own team's cases only")
                .isEqualTo(counted(" and c.open_case = true and c.team_id = ?" + contact, managersTeam));
    }

    @Test
    void theLastPageTheListLinksToShowsTheLastCases() throws Exception {
        // Several pages of children's cases of the test's own (another test may have left a register of a few).
        var lists = new AnnexAFixture();
        for (int i = 1; i <= 60; i++) {
            lists.childProtection("LAST-PAGE-" + i, "Child Protection Team East");
        }
        importFixture(lists, "last-page.xlsx");
        var first = page(get("/register").param("status", "all"), "qa.lead");
        long total = shownCount(first);
        int lastPage = first.select("main .govuk-pagination__item a").eachText().stream()
                .mapToInt(Integer::parseInt)
                .max()
                .orElseThrow();
        assertThat(lastPage).isEqualTo((int) ((total + 24) / 25));

        var last = page(get("/register").param("status", "all").param("page", String.valueOf(lastPage)), "qa.lead");
        var shown = last.select("main a[href^=/register/cases/]").eachText();
        // The adults' cases, then the children's, each in the order they were imported (by case reference).
        var expected = new ArrayList<>(jdbc.sql("select c.case_reference from register_case c"
                        + " join register_snapshot s on s.id = c.snapshot_id where c.snapshot_id in "
                        + CaseRegister.LIVE + " order by s.source desc, c.id desc fetch first ? rows only")
                .param((int) (total - (lastPage - 1) * 25L))
                .query(String.class)
                .list());
        java.util.Collections.reverse(expected);
        assertThat(shown).isNotEmpty().containsExactlyElementsOf(expected);
    }

    @Test
    void aWorkerMappedAfterTheImportIsFoundByTheWorkerFilter() throws Exception {
        forget("someone nobody knows");
        importFixture(
                new AnnexAFixture()
                        .row(
                                7,
                                "Child Unique ID",
                                "W-1",
                                "Child Protection Plan Start Date",
                                "01/10/2026",
                                "Number of Previous Child Protection Plans",
                                0L,
                                "Allocated Team",
                                "Child Protection Team East",
                                "Allocated Worker",
                                "Someone Nobody Knows")
                        .childProtection("W-2", "Child Protection Team East"),
                "unknown-worker.xlsx");
        long worker = any("select s.id from staff_member s where not exists (select 1 from register_case c"
                + " where c.staff_id = s.id and c.snapshot_id in " + CaseRegister.LIVE + ") order by s.id");
        var before = page(get("/register").param("staffId", String.valueOf(worker)), "qa.lead");
        assertThat(before.select("main a[href^=/register/cases/]").eachText()).doesNotContain("W-1");

        assertThat(names.map(NameMappings.Kind.WORKER, "Someone Nobody Knows", worker, "admin"))
                .isTrue();

        var after = page(get("/register").param("staffId", String.valueOf(worker)), "qa.lead");
        assertThat(after.select("main a[href^=/register/cases/]").eachText()).containsExactly("W-1");
        assertThat(shownCount(after)).isEqualTo(1);
    }

    @Test
    void whatChangedPagesToTheLastNewCaseAndIsComparedAgainAfterATeamIsMapped() throws Exception {
        forget("cp somewhere");
        var before = new AnnexAFixture().childProtection("P-000", "Child Protection Team West");
        var after = new AnnexAFixture().childProtection("P-000", "CP Somewhere");
        for (int i = 1; i <= 30; i++) {
            after.childProtection("P-%03d".formatted(i), "Child Protection Team East");
        }
        importFixture(before, "before.xlsx");
        long snapshot = importFixture(after, "after.xlsx").summary().snapshotId();

        var newCases = page(get("/register/snapshots/" + snapshot), "leader");
        assertThat(newCases.select("main table").first().text())
                .contains("New cases 30")
                .contains("Changed team 1");
        var secondPage = page(get("/register/snapshots/" + snapshot).param("page", "2"), "leader");
        assertThat(secondPage.select("main a[href^=/register/cases/]").eachText())
                .containsExactly("P-026", "P-027", "P-028", "P-029", "P-030");
        var moved = page(get("/register/snapshots/" + snapshot).param("show", "moved"), "leader");
        assertThat(moved.select("main table").last().text()).contains("Child Protection Team West → CP Somewhere");

        long west = any("select id from team where name = 'Child Protection Team West'");
        assertThat(names.map(NameMappings.Kind.TEAM, "CP Somewhere", west, "admin"))
                .isTrue();

        var again = page(get("/register/snapshots/" + snapshot), "leader");
        assertThat(again.select("main table").first().text())
                .as("the case is in the same team now")
                .contains("New cases 30")
                .contains("Changed team 0");
    }
}
