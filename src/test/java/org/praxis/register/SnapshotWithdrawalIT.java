package org.praxis.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.praxis.register.imports.ImportRuns.RowHandling;
import org.praxis.register.imports.RegisterImport;
import org.praxis.register.reading.ImportFile;
import org.praxis.register.snapshots.CaseRegister;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A 4-row test file replaced a 600-case register with no way back. Now a QA lead withdraws the snapshot and the
 * register shows the one before; re-importing the same file is pointed out.
 */
@PraxisIntegrationTest
class SnapshotWithdrawalIT {

    @TempDir
    Path folder;

    @Autowired
    org.praxis.identity.StaffAccounts staffAccounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    CaseRegister register;

    @Autowired
    RegisterImport importer;

    @Autowired
    JdbcClient jdbc;

    private long childrensSnapshotShown() {
        return register.latest().stream()
                .filter(s -> s.source().equals(RegisterImport.ANNEX_A))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(users.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aQaLeadWithdrawsASnapshotImportedByMistakeAndTheRegisterGoesBack() throws Exception {
        long whole = new ChildrensRegister()
                .childProtection(6, "Child Protection Team East")
                .imported(mvc, users.as("qa.lead"));
        long mistake = new ChildrensRegister()
                .childProtection(1, "Child Protection Team East")
                .imported(mvc, users.as("qa.lead"));
        assertThat(childrensSnapshotShown()).isEqualTo(mistake);

        assertThat(page("/register/snapshots/" + mistake, "qa.lead")).contains("Withdraw this snapshot");
        assertThat(page("/register/snapshots/" + mistake, "leader")).doesNotContain("Withdraw this snapshot");
        assertThat(page("/register/snapshots/" + whole, "qa.lead"))
                .as("only the snapshot the register shows can be withdrawn")
                .doesNotContain("Withdraw this snapshot");

        var noReason = mvc.perform(post("/register/snapshots/" + mistake + "/withdraw")
                        .param("reason", " ")
                        .with(users.as("qa.lead"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(noReason).contains("<a href=\"#reason\">Enter why you are withdrawing this snapshot</a>");
        assertThat(childrensSnapshotShown()).isEqualTo(mistake);

        mvc.perform(post("/register/snapshots/" + mistake + "/withdraw")
                .param("reason", "A test file imported by mistake")
                .with(users.as("qa.lead"))
                .with(csrf()));

        assertThat(childrensSnapshotShown()).isEqualTo(whole);
        assertThat(page("/register/snapshots/" + mistake, "qa.lead"))
                .contains("Withdrawn by " + staffAccounts.nameOf("qa.lead"))
                .contains("A test file imported by mistake");
        // People by name, never by username.
        assertThat(page("/register/snapshots", "qa.lead")).contains("Withdrawn").doesNotContain(">qa.lead<");
        assertThat(jdbc.sql("""
                        select count(*) from access_log
                        where username = 'qa.lead' and action = 'CHANGED' and record_type = 'Register snapshot'
                            and record_id = ?
                        """)
                        .param(String.valueOf(mistake))
                        .query(Long.class)
                        .single())
                .as("its import and its withdrawal")
                .isEqualTo(2);
        // Cases of the withdrawn snapshot stay: an audit drawn from it still opens its case.
        assertThat(jdbc.sql("select count(*) from register_case where snapshot_id = ?")
                        .param(mistake)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        var again = mvc.perform(post("/register/snapshots/" + mistake + "/withdraw")
                        .param("reason", "Twice")
                        .with(users.as("qa.lead"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(again.getRedirectedUrl()).isEqualTo("/register/snapshots/" + mistake + "/withdraw");
    }

    @Test
    void importingTheSameFileAgainSaysWhichSnapshotItWasBefore() throws Exception {
        var file = new AnnexAFixture()
                .childProtection("SAME-FILE-1", "Child Protection Team East")
                .workbook(folder, "same.xlsx");
        var request = new RegisterImport.Request(
                        List.of(new ImportFile(file, "same.xlsx")),
                        LocalDate.of(2026, 11, 20),
                        RowHandling.REJECT_FILE,
                        "qa.lead")
                // A register of the test's own replaces the one before knowingly.
                .acceptingSharpChange(true);

        var first = importer.run(request, line -> {});
        var second = importer.run(request, line -> {});

        assertThat(first.message()).doesNotContain("The same file was imported before");
        assertThat(second.message())
                .contains("The same file was imported before, as the snapshot of 20 November 2026: check it is the"
                        + " file you meant, and withdraw this snapshot if not.");
    }
}
