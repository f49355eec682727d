package org.praxis.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.praxis.register.imports.ImportRuns;
import org.praxis.register.imports.ImportRuns.RowHandling;
import org.praxis.register.imports.RegisterImport;
import org.praxis.register.reading.ImportFile;
import org.praxis.register.snapshots.CaseRegister;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A 4-row test list replaced a 600-case register unseen. Now an import that changes the open cases by more than 20%
 * is written but waits: the register shows what it showed until a person confirms the import, or discards it.
 */
@PraxisIntegrationTest
class SharpChangeGuardIT {

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
    ImportRuns runs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AnnexAImportCommand command;

    private long childrensSnapshotShown() {
        return register.latest().stream()
                .filter(s -> s.source().equals(RegisterImport.ANNEX_A))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** The register this test starts from: ten open child protection cases. */
    private long tenOpenCases() throws Exception {
        return new ChildrensRegister()
                .childProtection(10, "Child Protection Team East")
                .imported(mvc, users.as("qa.lead"));
    }

    private RegisterImport.Request openCases(int count, String prefix) throws Exception {
        var lists = new AnnexAFixture();
        for (int i = 1; i <= count; i++) {
            lists.childProtection(prefix + i, "Child Protection Team East");
        }
        var file = lists.workbook(folder, prefix + ".xlsx");
        return new RegisterImport.Request(
                List.of(new ImportFile(file, prefix + ".xlsx")), LocalDate.now(), RowHandling.REJECT_FILE, "qa.lead");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(users.as("qa.lead")))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aFallInOpenCasesWaitsForAPersonAndTheRegisterStaysAsItWas() throws Exception {
        long before = tenOpenCases();

        var held = importer.run(openCases(2, "FALL-"), line -> {});

        assertThat(held.status()).isEqualTo(ImportRuns.Status.AWAITING_CONFIRMATION);
        assertThat(held.message())
                .startsWith("Open cases would go from 10 open cases (the snapshot of ")
                .contains(") to 2, a fall of 80%.")
                .contains("The register still shows the snapshot it had");
        assertThat(childrensSnapshotShown())
                .as("the register still shows the ten")
                .isEqualTo(before);
        assertThat(page("/register/imports/" + held.importId()))
                .contains("Check this import before it becomes the register")
                .contains("Confirm: make this import the register")
                .contains("Discard this import")
                .containsPattern("The register now \\(as at [^)]+\\)</th>\\s*<td[^>]*>10</td>")
                .containsPattern("This import \\(as at [^)]+\\)</th>\\s*<td[^>]*>2</td>");
        assertThat(page("/register/imports")).contains("Waiting for confirmation");

        mvc.perform(post("/register/imports/" + held.importId() + "/confirm")
                .with(users.as("qa.lead"))
                .with(csrf()));

        long confirmed = held.summary().snapshotId();
        assertThat(childrensSnapshotShown()).isEqualTo(confirmed);
        var run = runs.find(held.importId()).orElseThrow();
        assertThat(run.status()).isEqualTo(ImportRuns.Status.IMPORTED);
        assertThat(run.message()).startsWith("Confirmed by qa.lead: the register now shows this import.");
        assertThat(jdbc.sql("select confirmed_by from register_snapshot where id = ?")
                        .param(confirmed)
                        .query(String.class)
                        .single())
                .isEqualTo("qa.lead");
        assertThat(jdbc.sql("""
                        select count(*) from access_log where username = 'qa.lead' and action = 'CHANGED'
                            and record_type = 'Register snapshot' and record_id = ?
                        """)
                        .param(String.valueOf(confirmed))
                        .query(Long.class)
                        .single())
                .as("its confirmation (the import itself ran without a signed-in person)")
                .isEqualTo(1);

        var twice = mvc.perform(post("/register/imports/" + held.importId() + "/confirm")
                        .with(users.as("qa.lead"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(twice.getStatus()).as("answered already").isNotEqualTo(200);
        assertThat(runs.find(held.importId()).orElseThrow().status()).isEqualTo(ImportRuns.Status.IMPORTED);
    }

    @Test
    void aDiscardedImportIsWithdrawnAndNothingChanges() throws Exception {
        long before = tenOpenCases();
        var held = importer.run(openCases(30, "RISE-"), line -> {});
        assertThat(held.message()).contains("to 30, a rise of 200%");

        mvc.perform(post("/register/imports/" + held.importId() + "/discard")
                .with(users.as("qa.lead"))
                .with(csrf()));

        assertThat(childrensSnapshotShown()).isEqualTo(before);
        var run = runs.find(held.importId()).orElseThrow();
        assertThat(run.status()).isEqualTo(ImportRuns.Status.REJECTED);
        assertThat(run.message())
                .isEqualTo("Discarded by qa.lead: nothing was imported, and the register is as it was.");
        var snapshot = register.snapshot(held.summary().snapshotId()).orElseThrow();
        assertThat(snapshot.withdrawn()).isTrue();
        assertThat(snapshot.awaitingConfirmation()).isFalse();
        assertThat(page("/register/snapshots/" + snapshot.id()))
                .contains("Withdrawn by " + staffAccounts.nameOf("qa.lead"));
    }

    @Test
    void aSmallChangeImportsAtOnceAndAnExpectedOneCanBeAccepted() throws Exception {
        tenOpenCases();
        var small = importer.run(openCases(9, "SMALL-"), line -> {});
        assertThat(small.status()).as(small.message()).isEqualTo(ImportRuns.Status.IMPORTED);
        assertThat(childrensSnapshotShown()).isEqualTo(small.summary().snapshotId());

        var accepted = importer.run(openCases(1, "ACCEPTED-").acceptingSharpChange(true), line -> {});
        assertThat(accepted.status()).isEqualTo(ImportRuns.Status.IMPORTED);
        assertThat(childrensSnapshotShown()).isEqualTo(accepted.summary().snapshotId());
    }

    @Test
    void aHeldImportCannotBeConfirmedOnceALaterOneIsTheRegister() throws Exception {
        tenOpenCases();
        var held = importer.run(openCases(1, "OLD-"), line -> {});
        var later = importer.run(openCases(10, "LATER-"), line -> {});
        assertThat(later.status()).isEqualTo(ImportRuns.Status.IMPORTED);

        var refused = mvc.perform(post("/register/imports/" + held.importId() + "/confirm")
                        .with(users.as("qa.lead"))
                        .with(csrf()))
                .andReturn();

        assertThat(childrensSnapshotShown()).isEqualTo(later.summary().snapshotId());
        assertThat(runs.find(held.importId()).orElseThrow().status())
                .isEqualTo(ImportRuns.Status.AWAITING_CONFIRMATION);
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/register/imports/" + held.importId());
        assertThat(refused.getFlashMap().get("problems").toString())
                .contains("A later import of these lists is the register now, so this one can only be discarded.");
    }

    @Test
    void theApiAndTheCommandLineSayTheImportWaits() throws Exception {
        tenOpenCases();
        var file = new AnnexAFixture()
                .childProtection("API-1", "Child Protection Team East")
                .workbook(folder, "a.xlsx");
        var response = mvc.perform(multipart("/api/register/annex-a")
                        .file(new MockMultipartFile(
                                "file", "a.xlsx", "application/octet-stream", Files.readAllBytes(file)))
                        .param("asAt", LocalDate.now().toString())
                        .with(users.as("qa.lead")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString())
                .contains("\"type\":\"urn:praxis:problem:sharp-change\"")
                .contains("from 10 open cases")
                .contains("\"importId\":");

        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = command.run(
                List.of(file.toString(), "--as-at", LocalDate.now().toString()),
                new PrintStream(out),
                new PrintStream(err));
        assertThat(status).as("waiting for a person").isEqualTo(3);
        assertThat(err.toString())
                .contains("Open cases would go from 10 open cases")
                .contains("--accept-sharp-change");

        status = command.run(
                List.of(file.toString(), "--as-at", LocalDate.now().toString(), "--accept-sharp-change"),
                new PrintStream(out),
                new PrintStream(err));
        assertThat(status).as(err.toString()).isZero();
    }
}
