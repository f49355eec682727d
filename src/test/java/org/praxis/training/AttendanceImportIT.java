package org.praxis.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Attendance from a learning system's CSV: all or nothing, each problem named by line and column. */
@PraxisIntegrationTest
class AttendanceImportIT {

    @Autowired
    AttendanceImport importer;

    @Autowired
    Courses courses;

    @Autowired
    Sessions sessions;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    private String title;
    private long session;

    private void aCourseWithASessionOn27March() {
        title = "Imported course " + UUID.randomUUID().toString().substring(0, 8);
        long course = courses.create(
                new Courses.Details(title, null, Set.of(), Set.of(), Set.of(), Set.of()), "lindsey.okafor");
        session = sessions.add(
                course,
                new Sessions.Details(LocalDateTime.of(2026, 3, 27, 9, 30), "Room 1", 3, Set.of()),
                "lindsey.okafor");
    }

    private List<String> emails(int n) {
        return jdbc.sql("select work_email from staff_member where active = true order by id")
                .query(String.class)
                .list()
                .subList(0, n);
    }

    private long attendees() {
        return jdbc.sql("select count(*) from training_attendance where session_id = ?")
                .param(session)
                .query(Long.class)
                .single();
    }

    private AttendanceImport.Outcome importCsv(String csv) {
        return importer.importFrom(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "lindsey.okafor");
    }

    @Test
    void aGoodFileRecordsEveryRow() {
        aCourseWithASessionOn27March();
        var e = emails(2);
        var outcome = importCsv("""
                \uFEFFStaff email,Course,Date,Attended,Score
                %s,%s,2026-03-27,Yes,80
                %s,%s,27/03/2026,no,
                """.formatted(e.get(0).toUpperCase(), title.toUpperCase(), e.get(1), title));
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.rows()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from training_attendance where session_id = ? and attended = true"
                                + " and source = 'IMPORT'")
                        .param(session)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aFileWithBadRowsImportsNothingAndNamesEachProblemByLineAndColumn() throws Exception {
        aCourseWithASessionOn27March();
        var e = emails(2);
        var csv = """
                Work email,Course,Session date,Attended
                %1$s,%2$s,2026-03-27,Yes
                nobody@nowhere.example,%2$s,2026-03-27,Yes
                %3$s,No such course,2026-03-27,Yes
                %3$s,%2$s,2026-03-28,Yes
                %3$s,%2$s,31/02/2026,Yes
                %3$s,%2$s,2026-03-27,Perhaps
                ,%2$s,2026-03-27,Yes
                %1$s,%2$s,2026-03-27,Yes
                """.formatted(e.get(0), title, e.get(1));
        var outcome = importCsv(csv);
        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.problems())
                .extracting(p -> p.line() + " " + p.column() + ": " + p.problem())
                .containsExactly(
                        "3 Work email: No current staff member has this work email",
                        "4 Course: There is no course with this title",
                        "5 Session date: The course has no session on this date",
                        "6 Session date: Enter a real date, like 2026-03-27 or 27/03/2026",
                        "7 Attended: Attended must be Yes or No",
                        "8 Work email: Enter the staff member's work email",
                        "9 Work email: This person is already in the file for the same session");
        assertThat(attendees()).as("nothing imported, not even the good row").isZero();

        var page = mvc.perform(multipart("/training/attendance/import")
                        .file(new MockMultipartFile(
                                "file", "attendance.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(demo.as("lindsey.okafor")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Nothing was imported").contains("There is no course with this title");
        assertThat(attendees()).isZero();
    }

    @Test
    void missingColumnsAndMoreAttendeesThanPlacesImportNothing() {
        aCourseWithASessionOn27March();
        assertThat(importCsv("Course,Attended\nx,yes\n").problems())
                .extracting(AttendanceImport.RowProblem::column)
                .containsExactly("Work email", "Session date");
        var e = emails(4);
        var rows = new StringBuilder("Work email,Course,Session date\n");
        e.forEach(email -> rows.append(email).append(',').append(title).append(",2026-03-27\n"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> importCsv(rows.toString()))
                .isInstanceOf(org.praxis.web.Refused.class)
                .hasMessageContaining("has 3 places");
        assertThat(attendees()).isZero();
    }
}
