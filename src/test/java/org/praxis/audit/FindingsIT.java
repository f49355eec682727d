package org.praxis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Findings reflect submitted and moderated grades, and come as a page, a spreadsheet and a trend. */
@PraxisIntegrationTest
class FindingsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditProgrammes programmes;

    private void submit(long audit, String grade) throws Exception {
        var request = post("/audit/audits/" + audit)
                .with(csrf())
                .with(demo.as("leader"))
                .param("action", "submit")
                .param("lockVersion", "0");
        var values = AuditFixture.complete(jdbc, audit);
        values.put("overallGrade", grade);
        values.put("strengthTags", "Direct work, relationships");
        values.forEach(request::param);
        assertThat(mvc.perform(request).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/audit");
    }

    private static java.util.Map<String, String> unzipped(byte[] bytes) throws Exception {
        var parts = new java.util.HashMap<String, String>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(demo.as("leader")))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theEstimateCountsSubmittedGradesAndAModeratedAuditCountsWithItsAgreedGrade() throws Exception {
        long programme = AuditFixture.programme(programmes, jdbc, mvc, demo, 4);
        var audits = jdbc.sql("select id from audit where programme_id = :p order by id")
                .param("p", programme)
                .query(Long.class)
                .list();
        assertThat(page("/audit/programmes/" + programme + "/findings")).contains("No audits submitted yet");
        submit(audits.get(0), "GOOD");
        submit(audits.get(1), "OUTSTANDING");
        submit(audits.get(2), "INADEQUATE");
        // 2 of 3 good or better: an estimate from so few audits is shown with its interval but marked (decision 0020).
        var html = page("/audit/programmes/" + programme + "/findings");
        assertThat(html)
                .contains("67% (95% interval")
                .contains("fewer than 10 audits, so treat with care")
                .contains("3 of 4 sampled audits submitted");
        assertThat(html).contains("data:image/svg+xml;base64,").contains("By practice standard");
        assertThat(html).contains("Direct work").contains("Fewer than 5");

        // The moderator and the auditor agree the outstanding one was really requires improvement.
        var qa = demo.as("qa.lead");
        mvc.perform(post("/audit/audits/" + audits.get(1) + "/moderation/grade")
                .with(csrf())
                .with(qa)
                .param("grade", "REQUIRES_IMPROVEMENT"));
        mvc.perform(post("/audit/audits/" + audits.get(1) + "/moderation/agree")
                .with(csrf())
                .with(qa)
                .param("finalGrade", "REQUIRES_IMPROVEMENT")
                .param("agreementNote", "Plan drift"));
        assertThat(page("/audit/programmes/" + programme + "/findings")).contains("33% (95% interval");

        var xlsx = mvc.perform(
                        get("/audit/programmes/" + programme + "/findings.xlsx").with(demo.as("qa.lead")))
                .andReturn()
                .getResponse();
        assertThat(xlsx.getContentType()).startsWith("application/vnd.openxmlformats");
        assertThat(xlsx.getContentAsByteArray()).startsWith(new byte[] {'P', 'K'});
        // The same figures as the page (and the PDF below): the estimate and its interval as numbers shown as
        // percentages, the header row frozen, the columns sized.
        var onPage = java.util.regex.Pattern.compile("(\\d+)% \\(95% interval (\\d+)% to (\\d+)%")
                .matcher(page("/audit/programmes/" + programme + "/findings"));
        assertThat(onPage.find()).isTrue();
        var summary = unzipped(xlsx.getContentAsByteArray()).get("xl/worksheets/sheet1.xml");
        assertThat(summary).contains("state=\"frozen\"").contains("<col min=\"1\" max=\"1\" width=\"44.0\"");
        for (int row = 5; row <= 7; row++) {
            var cell = java.util.regex.Pattern.compile("<c r=\"B" + row + "\" s=\"1\"><v>([0-9.Ee-]+)</v>")
                    .matcher(summary);
            assertThat(cell.find())
                    .as("row %d is a number with the percentage format", row)
                    .isTrue();
            assertThat(Math.round(Double.parseDouble(cell.group(1)) * 100))
                    .as("row %d as on the page", row)
                    .isEqualTo(Long.parseLong(onPage.group(row - 4)));
        }
        var sameFigures = onPage.group(0);

        var pdf = mvc.perform(
                        get("/audit/programmes/" + programme + "/findings.pdf").with(demo.as("leader")))
                .andReturn()
                .getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        org.praxis.documents.AccessiblePdf.assertAccessible(pdf.getContentAsByteArray());
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getContentAsByteArray())) {
            var text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains(sameFigures).contains("By practice standard");
        }

        assertThat(page("/audit/findings"))
                .contains("/audit/programmes/" + programme + "/findings")
                .contains("33% (95% interval")
                .contains("Change since the programme before");
        assertThat(page("/audit/findings"))
                .as("a programme of three audits is starred on the chart, and the star explained")
                .contains("* fewer than 10 audits: treat with care.");
    }

    @Test
    void equalityGroupsAreDecodedSynonymsFoldAndAMappedTeamNameJoinsItsTeam() throws Exception {
        long programme = AuditFixture.programme(programmes, jdbc, mvc, demo, 4);
        var audits = jdbc.sql("select id from audit where programme_id = :p order by id")
                .param("p", programme)
                .query(Long.class)
                .list();
        // As councils' files give them: a code with and without Ofsted's letter, "N" and "No", and a team name the
        // case system used that no team had when the sample was drawn.
        String unmapped = "CIN Team " + System.nanoTime();
        String[][] recorded = {{"ABAN", "N"}, {"l) ABAN", "No"}, {"WBRI", "b) No"}, {null, "Y"}};
        for (int i = 0; i < audits.size(); i++) {
            jdbc.sql("update audit set ethnicity = ?, disability = ?, team_id = null, team_name = ? where id = ?")
                    .params(recorded[i][0], recorded[i][1], unmapped, audits.get(i))
                    .update();
            submit(audits.get(i), "GOOD");
        }
        var before = page("/audit/programmes/" + programme + "/findings");
        assertThat(before).contains("Bangladeshi").contains("White British").doesNotContain("ABAN");
        assertThat(before).contains("No team recorded").doesNotContain(unmapped);
        var disability = before.substring(before.indexOf(">Disability</caption>"));
        assertThat(disability.substring(0, disability.indexOf("</table>")))
                .contains(">No<")
                .contains(">3<")
                .doesNotContain(">N<");

        long team = jdbc.sql("select id from team where name = 'Child Protection Team East'")
                .query(Long.class)
                .single();
        mvc.perform(post("/register/names")
                .with(csrf())
                .with(demo.as("qa.lead"))
                .param("kind", "TEAM")
                .param("name", unmapped)
                .param("target", String.valueOf(team)));
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() -> jdbc.sql("select count(*) from audit where programme_id = ? and team_id = ?")
                                .params(programme, team)
                                .query(Integer.class)
                                .single()
                        == 4);
        var after = page("/audit/programmes/" + programme + "/findings");
        var byTeam = after.substring(after.indexOf(">By team</caption>"));
        assertThat(byTeam.substring(0, byTeam.indexOf("</table>")))
                .contains("Child Protection Team East")
                .doesNotContain("No team recorded");

        // Children's programmes are not compared with adults'.
        assertThat(page("/audit/findings?service=ADULTS")).doesNotContain("/audit/programmes/" + programme + "/");
        assertThat(page("/audit/findings?service=CHILDREN")).contains("/audit/programmes/" + programme + "/findings");
    }
}
