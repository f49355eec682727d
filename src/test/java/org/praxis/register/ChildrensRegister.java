package org.praxis.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A children's register of a test's own, imported through the register's nightly endpoint as the newest snapshot, so
 * that whatever samples "the latest snapshot" (an audit programme) draws from cases the test named, not from the demo
 * council's register or from a snapshot another test left behind.
 */
public final class ChildrensRegister {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Pattern SNAPSHOT_ID = Pattern.compile("\"snapshotId\":(\\d+)");

    private final AnnexAFixture lists = new AnnexAFixture();
    private final String prefix = "T" + NEXT.incrementAndGet() + "-";
    private int cases;
    private LocalDate asAt;

    /** This many child protection cases allocated to the team of this name. */
    public ChildrensRegister childProtection(int count, String team) {
        for (int i = 0; i < count; i++) {
            lists.childProtection(prefix + ++cases, team);
        }
        return this;
    }

    /** This many children in need allocated to the team of this name. */
    public ChildrensRegister childrenInNeed(int count, String team) {
        for (int i = 0; i < count; i++) {
            lists.row(6, "Child Unique ID", prefix + ++cases, "CIN Start Date", "01/09/2026", "Allocated Team", team);
        }
        return this;
    }

    /** This many children in need allocated to the team and the worker of these names. */
    public ChildrensRegister childrenInNeed(int count, String team, String worker) {
        for (int i = 0; i < count; i++) {
            lists.row(
                    6,
                    "Child Unique ID",
                    prefix + ++cases,
                    "CIN Start Date",
                    "01/09/2026",
                    "Allocated Team",
                    team,
                    "Allocated Worker",
                    worker);
        }
        return this;
    }

    /**
     * Assessments in this team: {@code inTime} authorised 4 working days after they started (2 to 6 November 2026),
     * {@code late} authorised months after (1 June to 27 November 2026), whatever the threshold.
     */
    public ChildrensRegister assessments(int inTime, int late, String team) {
        for (int i = 0; i < inTime + late; i++) {
            lists.row(
                    4,
                    "Child Unique ID",
                    prefix + ++cases,
                    "Continuous Assessment Start Date",
                    i < inTime ? "02/11/2026" : "01/06/2026",
                    "Continuous Assessment Date of Authorisation",
                    i < inTime ? "06/11/2026" : "27/11/2026",
                    "Allocated Team",
                    team);
        }
        return this;
    }

    /** The lists are as at this date, not today. */
    public ChildrensRegister asAt(LocalDate date) {
        this.asAt = date;
        return this;
    }

    /** Imports the lists as of today (or the date given), signed in as someone who may import; the new snapshot's id. */
    public long imported(MockMvc mvc, RequestPostProcessor importer) throws Exception {
        var folder = Files.createTempDirectory("childrens-register");
        try {
            var file = lists.workbook(folder, "annex-a.xlsx");
            var response = mvc.perform(multipart("/api/register/annex-a")
                            .file(new MockMultipartFile(
                                    "file", "annex-a.xlsx", "application/octet-stream", Files.readAllBytes(file)))
                            .param("asAt", (asAt == null ? LocalDate.now() : asAt).toString())
                            // A test's own register replaces the register knowingly: no need to wait for a person.
                            .param("acceptSharpChange", "true")
                            .with(importer))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
            var snapshot = SNAPSHOT_ID.matcher(response.getContentAsString());
            assertThat(snapshot.find()).as(response.getContentAsString()).isTrue();
            Files.delete(file);
            return Long.parseLong(snapshot.group(1));
        } finally {
            Files.deleteIfExists(folder);
        }
    }
}
