package org.praxis.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.praxis.support.CookieJar;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** An adults' case list: upload, choose the columns once, import into the same register; the choice is remembered. */
@PraxisIntegrationTest
class AdultCaseListIT {

    private static final String CSV = """
            Client No,Team Name,Allocated Practitioner,Support Type,Date Opened,Review Date,Notes
            A-1,Long Term Support North,,Long-term support,01/03/2024,01/03/2026,
            A-2,Safeguarding Adults Team,,S42 enquiry,2026-10-01,,
            A-3,Reablement Service,,Home help,01/10/2026,,
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AnnexAImports annexAImports;

    @Autowired
    AdultListImportCommand command;

    private CookieJar upload(String name) throws Exception {
        return upload(name, CSV.getBytes(StandardCharsets.UTF_8));
    }

    private CookieJar upload(String name, byte[] content) throws Exception {
        var session = new CookieJar(mvc);
        var response = session.perform(multipart("/register/adults/new")
                        .file(new MockMultipartFile("file", name, "text/csv", content))
                        .param("asAt.day", "20")
                        .param("asAt.month", "11")
                        .param("asAt.year", "2026")
                        .with(csrf())
                        .with(demo.as("qa.lead")))
                .getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/register/adults/columns");
        return session;
    }

    private org.jsoup.nodes.Document columnsPage(CookieJar session) throws Exception {
        return Jsoup.parse(session.perform(get("/register/adults/columns").with(demo.as("qa.lead")))
                .getResponse()
                .getContentAsString());
    }

    private void readAs(CookieJar session, String encoding, String separator) throws Exception {
        var response = session.perform(post("/register/adults/reading")
                        .param("encoding", encoding)
                        .param("separator", separator)
                        .with(csrf())
                        .with(demo.as("qa.lead")))
                .getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/register/adults/columns");
    }

    @Test
    void theFirstRowsAreShownAsReadAndTheEncodingAndSeparatorCanBeChosen() throws Exception {
        var excelOnWindows =
                "Client No;Name;Support Type;Team Name\r\nA-9;José Álvarez;Reablement;Reablement Service\r\n"
                        .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        var session = upload("semicolons.csv", excelOnWindows);

        var told = columnsPage(session);
        assertThat(told.select("th[scope=col]").eachText())
                .containsExactly("Client No", "Name", "Support Type", "Team Name");
        assertThat(told.select("tbody td").eachText()).contains("José Álvarez");
        assertThat(told.text()).contains("Read as windows-1252, columns separated by semicolon (told from the file)");

        readAs(session, "UTF-8", "comma");
        var wrong = columnsPage(session);
        assertThat(wrong.text()).contains("Read as UTF-8, columns separated by comma (as you chose)");
        assertThat(wrong.select("th[scope=col]").eachText()).containsExactly("Client No;Name;Support Type;Team Name");
        assertThat(wrong.select("tbody td").text())
                .contains("Jos\uFFFD \uFFFDlvarez")
                .doesNotContain("José");
        assertThat(wrong.select("#caseReference option").eachText())
                .as("the column choice follows the reading")
                .contains("Client No;Name;Support Type;Team Name");

        readAs(session, "EBCDIC", "comma");
        assertThat(columnsPage(session).text())
                .as("a value the screen does not offer changes nothing")
                .contains("Read as UTF-8, columns separated by comma (as you chose)");

        readAs(session, "windows-1252", "semicolon");
        var right = columnsPage(session);
        assertThat(right.select("tbody td").eachText()).contains("José Álvarez");
        assertThat(right.select("#caseReference option").eachText()).contains("Client No", "Team Name");
    }

    @Test
    void columnsAreChosenOnceAndTheListJoinsTheRegister() throws Exception {
        var session = upload("adults.csv");
        var columns =
                Jsoup.parse(session.perform(get("/register/adults/columns").with(demo.as("qa.lead")))
                        .getResponse()
                        .getContentAsString());
        // The guess from the headings: "Team Name" is the team; "Client No" is for the person to choose.
        assertThat(columns.select("#team option[selected]").text()).isEqualTo("Team Name");
        // Nothing chosen: the select shows its first option, "Not in this file".
        assertThat(columns.select("#caseReference option[selected]")).isEmpty();
        assertThat(columns.select("#caseReference option").first().text()).isEqualTo("Not in this file");

        var missing = Jsoup.parse(session.perform(post("/register/adults/columns")
                        .param("name", " ")
                        .param("team", "Team Name")
                        .param("rowHandling", "QUARANTINE_ROWS")
                        .with(csrf())
                        .with(demo.as("qa.lead")))
                .getResponse()
                .getContentAsString());
        assertThat(missing.select(".govuk-error-summary__list a").eachText())
                .as("in the page's order: the columns, then the name for the choices")
                .containsExactly(
                        "Choose the column with the case reference",
                        "Choose the column with the case type",
                        "Enter a name for these choices, 120 characters or fewer");

        var started = session.perform(post("/register/adults/columns")
                        .param("name", "Council export")
                        .param("caseReference", "Client No")
                        .param("team", "Team Name")
                        .param("caseType", "Support Type")
                        .param("startDate", "Date Opened")
                        .param("lastReview", "Review Date")
                        .param("rowHandling", "QUARANTINE_ROWS")
                        .with(csrf())
                        .with(demo.as("qa.lead")))
                .getResponse();
        var location = started.getRedirectedUrl();
        assertThat(location).matches("/register/imports/\\d+");
        var result = ImportPages.awaitImported(mvc, demo, location);
        assertThat(result.select("h1").text()).isEqualTo("Import of an adults’ case list");
        assertThat(result.select(".govuk-panel__title").text()).isEqualTo("Imported");
        assertThat(result.select("tbody").text()).contains("Home help").contains("is not a case type Praxis knows");
        assertThat(result.text()).contains("Adults' case list: “Notes”");

        var types = jdbc.sql("select case_reference, case_type from register_case where snapshot_id ="
                        + " (select max(id) from register_snapshot where source = 'ADULTS') and case_reference like 'A-%'"
                        + " order by case_reference")
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
                .list();
        assertThat(types).containsExactly("A-1 LONG_TERM_SUPPORT", "A-2 SAFEGUARDING_ENQUIRY");

        // The same headings next month: the saved choice is offered.
        var again = upload("adults-next-month.csv");
        var offered = Jsoup.parse(again.perform(get("/register/adults/columns").with(demo.as("qa.lead")))
                .getResponse()
                .getContentAsString());
        assertThat(offered.text()).contains("saved as “Council export”");
        assertThat(offered.select("#caseReference option[selected]").text()).isEqualTo("Client No");
    }

    @Test
    void aNightlyJobImportsTheListWithAColumnChoiceSavedOnTheScreen() throws Exception {
        var file = java.nio.file.Files.createTempFile("adults", ".csv");
        java.nio.file.Files.writeString(file, CSV);
        var columns = java.util.Arrays.asList(
                "Client No", "Team Name", null, "Support Type", "Date Opened", "Review Date", null, null, null, null);
        annexAImports.importAdultList(
                file, "adults.csv", java.time.LocalDate.of(2026, 11, 20), "Nightly export", columns, "qa.lead");
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();

        int status = command.run(
                java.util.List.of(
                        file.toString(), "--mapping", "Nightly export", "--quarantine", "--accept-sharp-change"),
                new java.io.PrintStream(out),
                new java.io.PrintStream(err));

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Imported 2 rows as");
        assertThat(command.run(
                        java.util.List.of(file.toString(), "--mapping", "No such choice"),
                        new java.io.PrintStream(out),
                        new java.io.PrintStream(err)))
                .isEqualTo(2);
        assertThat(err.toString())
                .contains("No column choice is saved as “No such choice”.")
                .contains("Nightly export");
        java.nio.file.Files.delete(file);
    }
}
