package org.praxis.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.praxis.register.imports.ImportRuns;
import org.praxis.register.imports.RegisterImport;
import org.praxis.register.reading.ImportFile;
import org.praxis.register.snapshots.HeldSnapshots;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.praxis.support.SecondInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two instances on one database: a team name mapped on one gives cases a team, and the other's copy of the snapshot
 * held in memory for sampling takes the change on its next draw (decision 0013, checked across instances).
 */
@PraxisIntegrationTest
@RecordApplicationEvents
class SamplingCopyAcrossInstancesIT {

    @Autowired
    ApplicationEvents events;

    @Autowired
    Environment environment;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterImport importer;

    @TempDir
    Path folder;

    @Test
    void aTeamNameMappedOnOneInstanceReachesTheOthersSamplingCopy() throws Exception {
        var secondFrame = SecondInstance.on(environment).getBean(SamplingFrame.class);
        var file = new AnnexAFixture().childProtection("TWO-1", "CP Ctrl Two").workbook(folder, "two-instances.xlsx");
        var imported = importer.run(
                new RegisterImport.Request(
                                List.of(new ImportFile(file, "two-instances.xlsx")),
                                LocalDate.of(2026, 11, 21),
                                ImportRuns.RowHandling.REJECT_FILE,
                                "qa.lead")
                        // A register of the test's own replaces the one before knowingly.
                        .acceptingSharpChange(true),
                line -> {});
        assertThat(imported.imported()).as(imported.message()).isTrue();
        assertThat(events.stream(RegisterSnapshotImported.class))
                .containsExactly(new RegisterSnapshotImported(
                        imported.summary().snapshotId(), HeldSnapshots.CHILDREN, LocalDate.of(2026, 11, 21), 1));
        long team = jdbc.sql("select id from team where name = 'Child Protection Team Central'")
                .query(Long.class)
                .single();
        long theCase = jdbc.sql("select id from register_case where case_reference = 'TWO-1' and snapshot_id = ?")
                .param(imported.summary().snapshotId())
                .query(Long.class)
                .single();
        var centralCases = new SamplingFrame.Criteria(false, null, null, List.of(team), null);

        // The second instance reads the new snapshot into memory on its first draw: the case has no team yet.
        assertThat(secondFrame
                        .population(centralCases, Set.of(), false)
                        .orElseThrow()
                        .caseIds())
                .doesNotContain(theCase);

        var mapped = mvc.perform(post("/register/names")
                        .param("kind", "TEAM")
                        .param("name", "CP Ctrl Two")
                        .param("target", String.valueOf(team))
                        .with(csrf())
                        .with(demo.as("admin")))
                .andReturn()
                .getResponse();
        assertThat(mapped.getStatus()).isEqualTo(302);

        assertThat(secondFrame
                        .population(centralCases, Set.of(), false)
                        .orElseThrow()
                        .caseIds())
                .as("the second instance's copy took the mapping made on the first")
                .contains(theCase);
    }
}
