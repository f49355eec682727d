package org.praxis.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Role;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Issue 13 §3: an action's purpose (why, standard, success measure, priority), returning a done action to its owner,
 * who may cancel, evidence files checked by content and served as downloads, and the filtered lists and exports.
 */
@PraxisIntegrationTest
class ActionsForGovernanceIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Actions actions;

    private long user(String username) {
        return jdbc.sql("select id from user_account where username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    private CurrentUser as(String username, Role role) {
        return new CurrentUser(user(username), username, "Demo " + username, Set.of(role), null, null, null);
    }

    private long raise(String title, String owner, LocalDate due, CurrentUser by) {
        return actions.raise(
                new Actions.NewAction("AUDIT", 1, "Audit of case 1000001", "/audit", title, null, user(owner), due)
                        .because(
                                "Chronologies were out of date in 6 of 10 audits",
                                null,
                                "CS4 Recording",
                                "Every chronology up to date at the re-audit in March",
                                Priority.HIGH),
                by);
    }

    private String status(long id) {
        return jdbc.sql("select status from action_item where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private int lock(long id) {
        return jdbc.sql("select lock_version from action_item where id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    private MockHttpServletResponse perform(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    /** Posts a move and returns what the person is told (the flash's problems and message). */
    private String move(long id, String user, String to, String note) throws Exception {
        var flash = mvc.perform(post("/actions/" + id + "/move")
                        .with(csrf())
                        .with(demo.as(user))
                        .param("to", to)
                        .param("note", note)
                        .param("lockVersion", String.valueOf(lock(id))))
                .andReturn()
                .getFlashMap();
        return flash.getOrDefault("problems", "") + " " + flash.getOrDefault("saved", "");
    }

    private String page(String url, String user) throws Exception {
        return perform(get(url).with(demo.as(user))).getContentAsString();
    }

    @Test
    void theDemoShowsAnActionReturnedToItsOwnerWithItsEvidenceFile() throws Exception {
        long returned = jdbc.sql("select id from action_item where status = 'RETURNED'"
                        + " and title = 'Add timescales and a contingency plan to the child''s plan'")
                .query(Long.class)
                .list()
                .getFirst();
        assertThat(page("/actions/" + returned, "practitioner"))
                .contains("Returned to its owner")
                .contains("still no contingency plan")
                .contains("supervision-note.pdf");
    }

    @Test
    void anActionShowsWhatItIsForAndWhoRaisedIt() throws Exception {
        long id = raise(
                "Bring chronologies up to date",
                "practitioner",
                LocalDate.now().plusWeeks(4),
                as("qa.lead", Role.QA_LEAD));
        assertThat(page("/actions/" + id, "practitioner"))
                .contains("What is to be done")
                .contains("Chronologies were out of date in 6 of 10 audits")
                .contains("CS4 Recording")
                .contains("Every chronology up to date at the re-audit in March")
                .contains("High")
                .contains("Demo qa.lead");
    }

    @Test
    void aVerifierReturnsADoneActionToItsOwnerWithAReasonAndTheOwnerIsTold() throws Exception {
        long id = raise(
                "Add contingency plans", "practitioner", LocalDate.now().plusWeeks(4), as("qa.lead", Role.QA_LEAD));
        move(id, "practitioner", "DONE", "Plans updated");
        assertThat(page("/actions/" + id, "manager")).contains("Return it to its owner");
        assertThat(page("/actions/" + id, "practitioner")).doesNotContain("Return it to its owner");

        assertThat(move(id, "manager", "RETURNED", " ")).contains("Enter why the action goes back to its owner");
        assertThat(move(id, "practitioner", "RETURNED", "Mine")).contains("Someone other than the owner must verify");
        assertThat(status(id)).isEqualTo("DONE");

        assertThat(move(id, "manager", "RETURNED", "Two of the five plans still have no contingency"))
                .contains("Action returned to its owner");
        assertThat(status(id)).isEqualTo("RETURNED");
        assertThat(page("/actions/" + id, "practitioner"))
                .contains("Returned to its owner")
                .contains("Two of the five plans still have no contingency")
                .contains("Mark as done");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.sql("select count(*) from notification where user_id = :u"
                                        + " and link = :l and message like 'An action was returned to you%'")
                                .param("u", user("practitioner"))
                                .param("l", "/actions/" + id)
                                .query(Long.class)
                                .single())
                        .isEqualTo(1));

        move(id, "practitioner", "DONE", "All five plans now have contingency");
        move(id, "manager", "VERIFIED", "Checked all five");
        assertThat(status(id)).isEqualTo("VERIFIED");
    }

    @Test
    void onlyThePersonWhoRaisedAnActionOrAQaLeadMayCancelIt() throws Exception {
        long byQaLead = raise(
                "Audit the plans again", "practitioner", LocalDate.now().plusWeeks(4), as("qa.lead", Role.QA_LEAD));
        assertThat(page("/actions/" + byQaLead, "practitioner")).doesNotContain("Cancel this action");
        assertThat(move(byQaLead, "practitioner", "CANCELLED", "Not needed"))
                .contains("Only the person who raised the action or a quality assurance lead can cancel it");
        assertThat(move(byQaLead, "manager", "CANCELLED", "Not needed"))
                .contains("Only the person who raised the action or a quality assurance lead can cancel it");
        assertThat(status(byQaLead)).isEqualTo("OPEN");

        long byLeader =
                raise("Review the threshold", "practitioner", LocalDate.now().plusWeeks(4), as("leader", Role.LEADER));
        assertThat(page("/actions/" + byLeader, "leader")).contains("Cancel this action");
        move(byLeader, "leader", "CANCELLED", "Raised twice");
        assertThat(status(byLeader)).isEqualTo("CANCELLED");

        long another =
                raise("Share the learning", "practitioner", LocalDate.now().plusWeeks(4), as("leader", Role.LEADER));
        move(another, "qa.lead", "CANCELLED", "Covered by the service plan");
        assertThat(status(another)).isEqualTo("CANCELLED");
    }

    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private MockHttpServletResponse upload(long id, String user, MockMultipartFile file) throws Exception {
        return perform(multipart("/actions/" + id + "/evidence")
                .file(file)
                .with(csrf())
                .with(demo.as(user)));
    }

    private Object problems(long id, String user, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/actions/" + id + "/evidence")
                        .file(file)
                        .with(csrf())
                        .with(demo.as(user)))
                .andReturn()
                .getFlashMap()
                .getOrDefault("problems", "");
    }

    @Test
    void evidenceFilesAreCheckedByContentKeptWithTheActionAndServedAsDownloadsThatAreLogged() throws Exception {
        long id = raise(
                "Record the child's views", "practitioner", LocalDate.now().plusWeeks(4), as("qa.lead", Role.QA_LEAD));
        assertThat(upload(
                                id,
                                "practitioner",
                                new MockMultipartFile("evidenceFile", "supervision note.pdf", "application/pdf", PDF))
                        .getRedirectedUrl())
                .isEqualTo("/actions/" + id + "#evidence");
        long file = jdbc.sql("select id from action_evidence_file where action_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        assertThat(page("/actions/" + id, "practitioner"))
                .contains("supervision note.pdf")
                .contains("PDF");

        var download = perform(get("/actions/" + id + "/evidence/" + file).with(demo.as("manager")));
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .contains("supervision note.pdf");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(jdbc.sql(
                                "select count(*) from access_log where action = 'VIEWED'"
                                        + " and record_type = 'Action evidence file' and record_id = ? and username = 'manager'")
                        .param(String.valueOf(file))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(perform(get("/actions/" + id + "/evidence/" + file).with(demo.as("admin")))
                        .getStatus())
                .as("outside the action's scope")
                .isEqualTo(403);

        var page = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(problems(
                        id,
                        "practitioner",
                        new MockMultipartFile("evidenceFile", "report.pdf", "application/pdf", page)))
                .asString()
                .contains("The file report.pdf is called .pdf but its content is not a PDF");
        assertThat(problems(
                        id, "practitioner", new MockMultipartFile("evidenceFile", "tool.exe", "application/pdf", PDF)))
                .asString()
                .contains("The file tool.exe must be a PDF, a PNG or JPEG image, or a Word, Excel");
        assertThat(problems(
                        id, "practitioner", new MockMultipartFile("evidenceFile", "", "application/pdf", new byte[0])))
                .asString()
                .contains("Choose a file to add");
        var tooLarge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        assertThat(problems(
                        id,
                        "practitioner",
                        new MockMultipartFile("evidenceFile", "big.pdf", "application/pdf", tooLarge)))
                .asString()
                .contains("The file big.pdf must be smaller than 10 MB");
        assertThat(problems(id, "leader", new MockMultipartFile("evidenceFile", "a.pdf", "application/pdf", PDF)))
                .asString()
                .contains("Only the owner, the person who raised the action or a quality assurance lead adds evidence");
        assertThat(jdbc.sql("select count(*) from action_evidence_file where action_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theListsFilterAndExportWithFormulasShownAsText() throws Exception {
        var far = LocalDate.of(2091, 3, 1);
        long mine = raise(
                "=HYPERLINK(\"http://x\",\"Filtered action one\")", "practitioner", far, as("qa.lead", Role.QA_LEAD));
        long managers = raise("Filtered action two", "manager", far.plusDays(10), as("qa.lead", Role.QA_LEAD));
        long late = raise("Filtered action three", "practitioner", far.plusDays(20), as("qa.lead", Role.QA_LEAD));
        move(late, "practitioner", "IN_PROGRESS", "");
        var window = "&dueFrom.day=1&dueFrom.month=3&dueFrom.year=2091&dueTo.day=31&dueTo.month=3&dueTo.year=2091";

        var all = page("/actions/all?status=" + window, "qa.lead");
        assertThat(all)
                .contains("Filtered action one")
                .contains("Filtered action two")
                .contains("Filtered action three");
        assertThat(page("/actions/all?status=IN_PROGRESS" + window, "qa.lead"))
                .contains("Filtered action three")
                .doesNotContain("Filtered action two");
        assertThat(page("/actions/all?owner=" + user("manager") + window, "qa.lead"))
                .contains("Filtered action two")
                .doesNotContain("Filtered action three");
        assertThat(page("/actions/all?source=PRACTICE_WEEK" + window, "qa.lead"))
                .doesNotContain("Filtered action");
        long ownersTeam = jdbc.sql("select owner_team_id from action_item where id = ?")
                .param(mine)
                .query(Long.class)
                .single();
        long anotherTeam = jdbc.sql("select min(id) from team where id <> ?")
                .param(ownersTeam)
                .query(Long.class)
                .single();
        assertThat(page("/actions/all?team=" + ownersTeam + window, "qa.lead"))
                .as("filtered by the owner's team")
                .contains("Filtered action one")
                .contains("Filtered action three");
        assertThat(page("/actions/all?team=" + anotherTeam + window, "qa.lead"))
                .as("another team's actions only")
                .doesNotContain("Filtered action one")
                .doesNotContain("Filtered action three");
        assertThat(page("/actions/all?overdue=yes" + window, "qa.lead")).doesNotContain("Filtered action");
        assertThat(page(
                        "/actions/all?dueFrom.day=5&dueFrom.month=3&dueFrom.year=2091&dueTo.day=15&dueTo.month=3"
                                + "&dueTo.year=2091",
                        "qa.lead"))
                .contains("Filtered action two")
                .doesNotContain("Filtered action three");
        assertThat(page("/actions/team?status=" + window, "manager"))
                .contains("Filtered action two")
                .contains("Filtered action three");
        assertThat(page("/actions/all?dueFrom.day=31&dueFrom.month=2&dueFrom.year=2091", "qa.lead"))
                .contains("Due from must be a real date");
        assertThat(page(
                        "/actions/all?dueFrom.day=2&dueFrom.month=3&dueFrom.year=2091&dueTo.day=1&dueTo.month=3"
                                + "&dueTo.year=2091",
                        "qa.lead"))
                .contains("Due to must be the same as or after due from");

        var csv = perform(get("/actions/all/export.csv?status=" + window).with(demo.as("qa.lead")));
        assertThat(csv.getHeader("Content-Disposition")).startsWith("attachment;");
        var text = csv.getContentAsString();
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("Id,What is to be done,Why,Source");
        assertThat(text)
                .contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"Filtered action one\"\")\"")
                .contains("Filtered action two")
                .contains("Every chronology up to date at the re-audit in March")
                .contains("2091-03-11");
        assertThat(text.lines().count()).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from access_log where action = 'EXPORTED' and record_type = 'Actions'"
                                + " and record_id = 'all' and username = 'qa.lead'")
                        .query(Long.class)
                        .single())
                .isPositive();

        var xlsx = perform(get("/actions/team/export.xlsx?status=" + window).with(demo.as("manager")));
        var sheets = unzipped(xlsx.getContentAsByteArray());
        assertThat(sheets)
                .contains("Filtered action two")
                .contains("Filtered action three")
                .contains("High");
        assertThat(sheets).contains("<c r=\"A2\"><v>");
        assertThat(perform(get("/actions/all/export.xlsx").with(demo.as("practitioner")))
                        .getStatus())
                .isEqualTo(403);
        assertThat(perform(get("/actions/team/export.csv").with(demo.as("practitioner")))
                        .getStatus())
                .isEqualTo(403);
        assertThat(mine).isPositive();
        assertThat(managers).isPositive();
    }

    private static String unzipped(byte[] workbook) throws IOException {
        var text = new StringBuilder();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }
}
