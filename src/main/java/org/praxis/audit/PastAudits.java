package org.praxis.audit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audits done before Praxis, or elsewhere, recorded as they were: a council moving from spreadsheets brings its
 * last programmes so that findings over time start from its history. The demo council's history comes in this way.
 */
@Service
public class PastAudits {

    /** A completed audit: the answers by question id, the overall parts by field name, and when it was submitted. */
    public record Completed(
            long auditId,
            Map<Long, String> answers,
            Grade overallGrade,
            String strengths,
            String strengthTags,
            String areasForDevelopment,
            String developmentTags,
            String differenceMade,
            LocalDate conversationDate,
            String conversationWith,
            String personSpokenTo,
            String familyView,
            LocalDateTime submittedAt) {}

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;
    private final StandardResults results;

    PastAudits(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate, StandardResults results) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.results = results;
    }

    /** Dates a programme to when it really started. */
    @Transactional
    public void started(long programmeId, LocalDateTime at, LocalDate due) {
        jdbc.sql("update audit_programme set created_at = ?, due_date = ? where id = ?")
                .params(Timestamp.valueOf(at), due, programmeId)
                .update();
    }

    /** Many at once, in batches: for a council bringing years of history (and for the benchmarks). */
    @Transactional
    public void recordAll(java.util.List<Completed> completed, String by) {
        var audits = new java.util.ArrayList<Object[]>();
        var answers = new java.util.ArrayList<Object[]>();
        for (var c : completed) {
            audits.add(new Object[] {
                c.overallGrade().name(), c.strengths(), c.strengthTags(), c.areasForDevelopment(), c.developmentTags(),
                c.differenceMade(), c.conversationDate(), c.conversationWith(), c.personSpokenTo(), c.familyView(),
                Timestamp.valueOf(c.submittedAt()), by, Timestamp.valueOf(c.submittedAt()), c.auditId()
            });
            c.answers().forEach((q, a) -> answers.add(new Object[] {c.auditId(), q, a}));
        }
        jdbcTemplate.batchUpdate(UPDATE_AUDIT, audits);
        jdbcTemplate.batchUpdate("insert into audit_answer (audit_id, question_id, answer) values (?, ?, ?)", answers);
        results.count(completed.stream().map(Completed::auditId).toList());
    }

    private static final String UPDATE_AUDIT = """
            update audit set overall_grade = ?, strengths = ?, strength_tags = ?, areas_for_development = ?,
                development_tags = ?, difference_made = ?, conversation_date = ?, conversation_with = ?,
                person_spoken_to = ?, family_view = ?, status = 'SUBMITTED', updated_at = ?, updated_by = ?,
                submitted_at = ?, lock_version = lock_version + 1
            where id = ?
            """;

    @Transactional
    public void record(Completed c, String by) {
        jdbc.sql(UPDATE_AUDIT)
                .params(
                        c.overallGrade().name(),
                        c.strengths(),
                        c.strengthTags(),
                        c.areasForDevelopment(),
                        c.developmentTags(),
                        c.differenceMade(),
                        c.conversationDate(),
                        c.conversationWith(),
                        c.personSpokenTo(),
                        c.familyView(),
                        Timestamp.valueOf(c.submittedAt()),
                        by,
                        Timestamp.valueOf(c.submittedAt()),
                        c.auditId())
                .update();
        for (var e : c.answers().entrySet()) {
            jdbc.sql("insert into audit_answer (audit_id, question_id, answer) values (?, ?, ?)")
                    .params(c.auditId(), e.getKey(), e.getValue())
                    .update();
        }
        results.count(java.util.List.of(c.auditId()));
    }

    /** An audit already drawn for moderation and waiting for its moderator. */
    @Transactional
    public void awaitingModeration(long auditId) {
        jdbc.sql("update audit set for_moderation = true where id = ? and status = 'SUBMITTED'")
                .param(auditId)
                .update();
    }

    /** A moderation as it happened: the moderator's blind grade, and the grade agreed afterwards. */
    @Transactional
    public void moderated(
            long auditId, long moderatorUserId, Grade moderatorGrade, Grade agreed, String note, LocalDateTime at) {
        jdbc.sql("""
                        insert into audit_moderation (audit_id, moderator_user_id, moderator_grade, graded_at,
                            final_grade, agreement_note, agreed_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        auditId,
                        moderatorUserId,
                        moderatorGrade.name(),
                        Timestamp.valueOf(at),
                        agreed.name(),
                        note,
                        Timestamp.valueOf(at.plusDays(2)))
                .update();
        jdbc.sql("update audit set status = 'MODERATED', for_moderation = true where id = ?")
                .param(auditId)
                .update();
    }

    /** The auditor's own overall grade of a recorded audit, if they gave one. */
    public java.util.Optional<Grade> auditorGrade(long auditId) {
        return jdbc.sql("select overall_grade from audit where id = ?")
                .param(auditId)
                .query((rs, n) -> Grade.parse(rs.getString(1)))
                .single();
    }

    /** A learning conversation with the practitioner about a recorded audit, as it was held. */
    public void conversation(
            long auditId, LocalDate heldOn, String people, String agreed, String by, LocalDateTime at) {
        jdbc.sql("insert into audit_conversation (audit_id, held_on, people, agreed, recorded_by, recorded_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(auditId, heldOn, people, agreed, by, Timestamp.valueOf(at))
                .update();
    }
}
