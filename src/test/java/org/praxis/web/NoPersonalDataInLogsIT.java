package org.praxis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-in failures, record views, refusals and imports leave no names, usernames or emails in the logs. */
@PraxisIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class NoPersonalDataInLogsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theApplicationLogsNothingThatIdentifiesAPerson(CapturedOutput output) throws Exception {
        var staff = jdbc.sql("select id, full_name, work_email from staff_member order by id limit 1")
                .query()
                .singleRow();
        mvc.perform(post("/sign-in")
                .param("username", "zebedee.unusual")
                .param("password", "wrong-password-xyz")
                .with(csrf()));
        mvc.perform(get("/organisation/staff/" + staff.get("id")).with(demo.as("leader")));
        mvc.perform(get("/organisation/staff/" + staff.get("id")).with(demo.as("visitor")));
        var csv =
                "Full name,Work email,Job role,Team,Employment type\nQuentin Logcheck,quentin.logcheck@northbridge.example.gov.uk,Social worker,Nowhere,Agency\n";
        mvc.perform(multipart("/organisation/staff/import")
                .file(new MockMultipartFile("file", "staff.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(csrf())
                .with(demo.as("admin")));

        assertThat(output.getAll())
                .doesNotContain("zebedee.unusual")
                .doesNotContain("wrong-password-xyz")
                .doesNotContain((String) staff.get("full_name"))
                .doesNotContain((String) staff.get("work_email"))
                .doesNotContain("Quentin Logcheck")
                .doesNotContain("quentin.logcheck");
    }
}
