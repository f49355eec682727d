package org.praxis.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.audit.AuditFixture;
import org.praxis.audit.AuditProgrammes;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Exports for analysts and the read-only data API, end to end: a submitted audit of the test's own comes out decoded
 * in CSV (formula-neutralised) and XLSX (header frozen, widths set); a machine account made by the administrator reads
 * it page by page with its token; people's sign-in does not open the API; every export is in the access log.
 */
@PraxisIntegrationTest
class AnalystExportsIT {

    private static final String ALL_DATES = "?from=2000-01-01&to=2100-12-31";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditProgrammes programmes;

    @Autowired
    ObjectMapper json;

    @Autowired
    org.praxis.identity.StaffAccounts accounts;

    private long audit;
    private String reference;

    /** One audit of the test's own, submitted with every answer, one of them typed as a spreadsheet formula. */
    @BeforeEach
    void aSubmittedAudit() throws Exception {
        long programme = AuditFixture.programme(programmes, jdbc, mvc, demo, 1);
        audit = AuditFixture.firstAudit(jdbc, programme);
        reference = jdbc.sql("select case_reference from audit where id = ?")
                .param(audit)
                .query(String.class)
                .single();
        var lock = jdbc.sql("select lock_version from audit where id = ?")
                .param(audit)
                .query(Integer.class)
                .single();
        var request = post("/audit/audits/" + audit)
                .with(csrf())
                .with(demo.as("leader"))
                .param("lockVersion", String.valueOf(lock))
                .param("action", "submit");
        AuditFixture.complete(jdbc, audit).forEach(request::param);
        assertThat(mvc.perform(request).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/audit");
        jdbc.sql("update audit_answer set answer = '=HYPERLINK(\"http://example.invalid\")' where audit_id = ?"
                        + " and question_id = (select min(question_id) from audit_answer x where x.audit_id = ?"
                        + " and x.answer = 'Seen in the record')")
                .params(audit, audit)
                .update();
    }

    private long exported(String username, String type) {
        return jdbc.sql(
                        "select count(*) from access_log where username = ? and action = 'EXPORTED' and record_type = ?")
                .params(username, type)
                .query(Long.class)
                .single();
    }

    /**
     * A case-system team name no team has been mapped to is grouped as findings group it, "No team recorded", with the
     * name as recorded beside it, so the export and the findings count the same audits in the same group.
     */
    @Test
    void anUnmappedTeamIsGroupedAsFindingsGroupItWithTheRecordedNameBeside() throws Exception {
        jdbc.sql("update audit set team_id = null, team_name = 'CIN Team 1', ethnicity = 'WBRI', disability = 'N'"
                        + " where id = ?")
                .param(audit)
                .update();
        var audits = mvc.perform(get("/exports/audits.csv" + ALL_DATES).with(demo.as("qa.lead")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(audits.lines().findFirst().orElseThrow()).endsWith(",Submitted on,Team as recorded");
        assertThat(audits.lines().filter(l -> l.contains("," + reference + ",")))
                .singleElement()
                .satisfies(l -> assertThat(l)
                        .contains(",No team recorded,")
                        .endsWith(",CIN Team 1")
                        .as("Annex A codes in words, as on the findings page")
                        .contains(","
                                + org.praxis.register.CodeLists.label(
                                        org.praxis.register.CodeLists.Field.ETHNICITY, "WBRI")
                                + ",")
                        .contains(","
                                + org.praxis.register.CodeLists.label(
                                        org.praxis.register.CodeLists.Field.DISABILITY, "N")
                                + ",")
                        .doesNotContain(",WBRI,")
                        .doesNotContain(",N,"));
    }

    /**
     * Actions come out with what governance asks of them (why, the practice standard, the success measure, priority),
     * and people by name: whoever raised an action, owns or verified it is never shown by username.
     */
    @Test
    void actionsComeOutWithTheirGovernanceFieldsAndPeopleByName() throws Exception {
        var csv = mvc.perform(get("/exports/actions.csv" + ALL_DATES).with(demo.as("qa.lead")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFFAction id,Source,Raised from,Title,Why,Practice standard,Success measure,Priority,"
                        + "Owner,Team,Service,Due date,Status,Overdue,Raised by,Raised on,Verified by,Returned because,"
                        + "Last changed on");
        var qaLead = accounts.nameOf("qa.lead");
        assertThat(csv).contains("," + qaLead + ",").containsPattern(",(High|Medium|Low),");
        assertThat(csv)
                .as("no person by username, and the demo's set-up in words")
                .doesNotContainPattern(",(qa\\.lead|leader|manager|practitioner|admin|demo),");
    }

    @Test
    void everyAnswerComesOutDecodedInCsvWithFormulasNeutralisedAndTheExportIsLogged() throws Exception {
        long before = exported("qa.lead", "Export: answers");
        var response = mvc.perform(get("/exports/answers.csv" + ALL_DATES).with(demo.as("qa.lead")))
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        var csv = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFFAudit id,Programme,Case reference,Case type,Team,Service,Question number,Question,"
                        + "Standards,Answer type,Answer,Submitted on")
                .contains(reference)
                .contains("Ofsted grade,Good")
                .contains("Yes, partly or no\",Partly")
                .contains("'=HYPERLINK")
                .doesNotContain(",=HYPERLINK")
                .doesNotContain(",\"=HYPERLINK");
        assertThat(exported("qa.lead", "Export: answers")).isEqualTo(before + 1);

        var audits = mvc.perform(get("/exports/audits.csv" + ALL_DATES).with(demo.as("leader")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(audits)
                .contains(reference)
                .containsPattern(Pattern.quote(reference) + ",Child protection[^\n]*,Good,Good,Yes,");
        assertThat(mvc.perform(get("/exports/audits.csv").with(demo.as("manager")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        var page = mvc.perform(get("/exports").with(demo.as("qa.lead")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .as("the default dates need no query: each download's address ends in .csv or .xlsx")
                .contains("href=\"/exports/answers.csv\"")
                .contains("href=\"/exports/actions.xlsx\"");
        var badDate = mvc.perform(get("/exports?from=2026-02-30").with(demo.as("qa.lead")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(badDate).contains("The start date must be a real date written as 2026-11-30");
    }

    @Test
    void theXlsxHasItsHeaderFrozenAndColumnsSized() throws Exception {
        var bytes = mvc.perform(get("/exports/moderations.xlsx" + ALL_DATES).with(demo.as("qa.lead")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var parts = unzip(bytes);
        assertThat(parts.get("xl/worksheets/sheet1.xml"))
                .contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
                .contains("<col min=\"1\" max=\"1\" width=")
                .contains("Agreement note");
        assertThat(parts.get("xl/styles.xml")).contains("formatCode=\"0.0%\"");
    }

    @Test
    void aMachineAccountReadsTheDataApiPageByPageWithItsOwnTokenAndNothingElseOpensIt() throws Exception {
        var name = "Power BI " + System.nanoTime();
        var made = mvc.perform(post("/admin/api-tokens")
                        .with(csrf())
                        .with(demo.as("admin"))
                        .param("name", name))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var matcher = Pattern.compile("<code id=\"token\">(praxis_[A-Za-z0-9_-]+)</code>")
                .matcher(made);
        assertThat(matcher.find()).as("the token is shown once").isTrue();
        var token = matcher.group(1);
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ?")
                        .param(token)
                        .query(Long.class)
                        .single())
                .as("only its hash is kept")
                .isZero();

        var first = read("/api/data/answers" + ALL_DATES + "&size=1", token);
        assertThat(first.get("dataset").asString()).isEqualTo("answers");
        assertThat(first.get("items")).hasSize(1);
        assertThat(first.get("columns").get(0).asString()).isEqualTo("auditId");
        var next = first.get("next").asString();
        assertThat(next).contains("page=2&size=1");
        var second = read(next, token);
        assertThat(second.get("page").asInt()).isEqualTo(2);
        assertThat(second.get("items").get(0).get("auditId").asLong())
                .isGreaterThanOrEqualTo(first.get("items").get(0).get("auditId").asLong());

        var ours = read("/api/data/audits" + ALL_DATES + "&size=1000", token);
        var found = false;
        for (var item : ours.get("items")) {
            if (item.get("auditId").asLong() == audit) {
                found = true;
                assertThat(item.get("caseReference").asString()).isEqualTo(reference);
                assertThat(item.get("agreedGrade").asString()).isEqualTo("Good");
                assertThat(item.get("auditor").asString()).doesNotContain("leader");
            }
        }
        assertThat(found).as("our audit is in the audits dataset").isTrue();
        assertThat(jdbc.sql("select count(*) from access_log where username = ? and action = 'EXPORTED'")
                        .param("api:" + name)
                        .query(Long.class)
                        .single())
                .as("each page read is an export in the access log")
                .isEqualTo(3);

        var badPage = mvc.perform(get("/api/data/actions?size=5000").header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
        assertThat(badPage.getStatus()).isEqualTo(400);
        assertThat(badPage.getContentAsString()).contains("size: must be a whole number from 1 to 1000");
        assertThat(status("/api/data/answers", null)).as("no token").isEqualTo(401);
        assertThat(status("/api/data/answers", "praxis_not-a-real-token")).isEqualTo(401);
        assertThat(mvc.perform(get("/api/data/answers")
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + java.util.Base64.getEncoder()
                                                        .encodeToString("qa.lead:praxis-demo"
                                                                .getBytes(StandardCharsets.UTF_8))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("a person's password does not open the data API")
                .isEqualTo(401);
        assertThat(mvc.perform(get("/api/data/answers").with(demo.as("qa.lead")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("nor does a person's sign-in")
                .isIn(401, 403);

        long id = jdbc.sql("select id from api_token where name = ?")
                .param(name)
                .query(Long.class)
                .single();
        mvc.perform(post("/admin/api-tokens/" + id + "/revoke").with(csrf()).with(demo.as("admin")));
        assertThat(status("/api/data/answers", token)).as("a revoked token").isEqualTo(401);
    }

    @Test
    void theOpenApiDescriptionIsAtAStablePath() throws Exception {
        var response = mvc.perform(get("/api/data/openapi.json")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        var description = json.readTree(response.getContentAsString());
        assertThat(description.get("info").get("title").asString()).isEqualTo("Praxis data API");
        assertThat(description.get("paths").has("/api/data/{dataset}")).isTrue();
        assertThat(description.get("paths").size()).as("the data API only").isOne();
        assertThat(description
                        .get("components")
                        .get("securitySchemes")
                        .get("token")
                        .get("scheme")
                        .asString())
                .isEqualTo("bearer");
    }

    private JsonNode read(String url, String token) throws Exception {
        var response = mvc.perform(get(url).header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private int status(String url, String token) throws Exception {
        var request = get(url);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static Map<String, String> unzip(byte[] bytes) throws Exception {
        var parts = new HashMap<String, String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
