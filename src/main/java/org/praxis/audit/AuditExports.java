package org.praxis.audit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.praxis.identity.StaffAccounts;
import org.praxis.register.CodeLists;
import org.praxis.register.SamplingFrame;
import org.praxis.standards.StandardsManual;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit data analysts ask for, row by row and decoded (grades, answers and case types in words, team and service
 * by their names, people by name): every answer of every submitted audit in long format, every audit, every
 * moderation. Rows are handed over one at a time as the database returns them, so an export of every answer never
 * sits in memory. Each row is a map of column name to value, in the order of {@link #columns}.
 */
@Service
public class AuditExports {

    /** Which rows: submitted (or, for audits, last changed) on or after {@code from} and on or before {@code to}. */
    public record Window(LocalDate from, LocalDate to, long offset, int limit) {}

    public enum Dataset {
        ANSWERS(
                "auditId",
                "programme",
                "caseReference",
                "caseType",
                "team",
                "service",
                "questionNumber",
                "question",
                "standards",
                "answerType",
                "answer",
                "submittedOn",
                "teamAsRecorded"),
        AUDITS(
                "auditId",
                "programmeId",
                "programme",
                "theme",
                "caseReference",
                "caseType",
                "team",
                "service",
                "stratum",
                "gender",
                "ethnicity",
                "disability",
                "auditor",
                "status",
                "auditorGrade",
                "agreedGrade",
                "goodOrBetter",
                "submittedOn",
                "teamAsRecorded"),
        MODERATIONS(
                "auditId",
                "programme",
                "caseReference",
                "team",
                "service",
                "auditor",
                "auditorGrade",
                "moderator",
                "moderatorGrade",
                "agreedGrade",
                "agreementNote",
                "gradedOn",
                "agreedOn",
                "teamAsRecorded");

        private final List<String> columns;

        Dataset(String... columns) {
            this.columns = List.of(columns);
        }

        public List<String> columns() {
            return columns;
        }
    }

    private static final String PLACE = """
             join audit_programme p on p.id = a.programme_id
             left join team_directory t on t.id = a.team_id
             left join service_area_directory sa on sa.id = t.service_area_id
            """;

    private final JdbcClient jdbc;
    private final StandardsManual standards;
    private final StaffAccounts accounts;

    AuditExports(JdbcClient jdbc, StandardsManual standards, StaffAccounts accounts) {
        this.jdbc = jdbc;
        this.standards = standards;
        this.accounts = accounts;
    }

    /** The rows of a dataset in a window, in a stable order (by audit, then question), each handed to {@code row}. */
    @Transactional(readOnly = true)
    public void rows(Dataset dataset, Window window, Consumer<Map<String, Object>> row) {
        switch (dataset) {
            case ANSWERS -> answers(window, row);
            case AUDITS -> audits(window, row);
            case MODERATIONS -> moderations(window, row);
        }
    }

    private void answers(Window window, Consumer<Map<String, Object>> row) {
        var standardsOf = standardsByQuestion();
        jdbc.sql("""
                        select a.id, p.name, a.case_reference, a.case_type, t.name, sa.name,
                            s.position, q.position, q.id, q.text, q.answer_type, ans.answer, a.submitted_at, a.team_name
                        from audit_answer ans join audit a on a.id = ans.audit_id
                        """ + PLACE + """
                         join audit_question q on q.id = ans.question_id
                         join audit_section s on s.id = q.section_id
                        where a.status in ('SUBMITTED', 'MODERATED') and a.submitted_at >= ? and a.submitted_at < ?
                        order by a.id, s.position, q.position offset ? rows fetch next ? rows only
                        """)
                .params(start(window), end(window), window.offset(), window.limit())
                .withFetchSize(1000)
                .query((java.sql.ResultSet rs) -> {
                    var type = AnswerType.valueOf(rs.getString(11));
                    row.accept(values(
                            Dataset.ANSWERS,
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            SamplingFrame.caseTypeLabel(rs.getString(4)),
                            team(rs.getString(5)),
                            rs.getString(6),
                            rs.getInt(7) + "." + rs.getInt(8),
                            rs.getString(10),
                            standardsOf.getOrDefault(rs.getLong(9), ""),
                            type.label(),
                            decoded(type, rs.getString(12)),
                            day(rs.getTimestamp(13)),
                            rs.getString(14)));
                });
    }

    private void audits(Window window, Consumer<Map<String, Object>> row) {
        var names = new Names();
        jdbc.sql("""
                        select a.id, p.id, p.name, p.theme, a.case_reference, a.case_type, t.name,
                            sa.name, a.stratum, a.gender, a.ethnicity, a.disability, a.auditor_user_id, a.status,
                            a.overall_grade, m.final_grade, a.submitted_at, a.team_name
                        from audit a
                        """ + PLACE + """
                         left join audit_moderation m on m.audit_id = a.id
                        where a.updated_at >= ? and a.updated_at < ?
                        order by a.id offset ? rows fetch next ? rows only
                        """)
                .params(start(window), end(window), window.offset(), window.limit())
                .withFetchSize(1000)
                .query((java.sql.ResultSet rs) -> {
                    var auditorGrade = grade(rs.getString(15));
                    var agreed = rs.getString(16) != null ? grade(rs.getString(16)) : auditorGrade;
                    row.accept(values(
                            Dataset.AUDITS,
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            SamplingFrame.caseTypeLabel(rs.getString(6)),
                            team(rs.getString(7)),
                            rs.getString(8),
                            rs.getString(9),
                            // Decoded through the register's code lists, as on the findings page.
                            CodeLists.label(CodeLists.Field.GENDER, rs.getString(10)),
                            CodeLists.label(CodeLists.Field.ETHNICITY, rs.getString(11)),
                            CodeLists.label(CodeLists.Field.DISABILITY, rs.getString(12)),
                            names.of(rs.getObject(13, Long.class)),
                            status(rs.getString(14)),
                            auditorGrade == null ? null : auditorGrade.label(),
                            agreed == null ? null : agreed.label(),
                            agreed == null ? null : agreed.goodOrBetter() ? "Yes" : "No",
                            day(rs.getTimestamp(17)),
                            rs.getString(18)));
                });
    }

    private void moderations(Window window, Consumer<Map<String, Object>> row) {
        var names = new Names();
        jdbc.sql("""
                        select a.id, p.name, a.case_reference, t.name, sa.name,
                            a.auditor_user_id, a.overall_grade, m.moderator_user_id, m.moderator_grade, m.final_grade,
                            m.agreement_note, m.graded_at, m.agreed_at, a.team_name
                        from audit_moderation m join audit a on a.id = m.audit_id
                        """ + PLACE + """
                        where m.graded_at >= ? and m.graded_at < ?
                        order by a.id offset ? rows fetch next ? rows only
                        """)
                .params(start(window), end(window), window.offset(), window.limit())
                .withFetchSize(1000)
                .query((java.sql.ResultSet rs) -> {
                    var auditorGrade = grade(rs.getString(7));
                    var moderatorGrade = grade(rs.getString(9));
                    var agreed = grade(rs.getString(10));
                    row.accept(values(
                            Dataset.MODERATIONS,
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            team(rs.getString(4)),
                            rs.getString(5),
                            names.of(rs.getObject(6, Long.class)),
                            auditorGrade == null ? null : auditorGrade.label(),
                            names.of(rs.getLong(8)),
                            moderatorGrade == null ? null : moderatorGrade.label(),
                            agreed == null ? null : agreed.label(),
                            rs.getString(11),
                            day(rs.getTimestamp(12)),
                            day(rs.getTimestamp(13)),
                            rs.getString(14)));
                });
    }

    private static Map<String, Object> values(Dataset dataset, Object... values) {
        var row = new LinkedHashMap<String, Object>();
        for (int i = 0; i < values.length; i++) {
            row.put(dataset.columns().get(i), values[i]);
        }
        return row;
    }

    /** Standards tested by each question, as "code title; code title". */
    private Map<Long, String> standardsByQuestion() {
        var labels = new HashMap<Long, String>();
        standards.current(null, null).forEach(s -> labels.put(s.id(), s.label()));
        var found = new HashMap<Long, List<String>>();
        jdbc.sql("select question_id, standard_id from audit_question_standard order by question_id, standard_id")
                .query((java.sql.ResultSet rs) -> {
                    found.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(labels.getOrDefault(rs.getLong(2), "Standard " + rs.getLong(2)));
                });
        return found.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> String.join("; ", e.getValue())));
    }

    /** Account names looked up once each, as the rows go by. */
    private final class Names {
        private final Map<Long, String> known = new HashMap<>();

        String of(Long userId) {
            if (userId == null) {
                return null;
            }
            return known.computeIfAbsent(userId, id -> {
                var account = accounts.byIds(List.of(id)).get(id);
                return account == null ? "Former user" : account.name();
            });
        }
    }

    static String decoded(AnswerType type, String answer) {
        if (answer == null) {
            return null;
        }
        return switch (type) {
            case GRADE -> {
                var grade = grade(answer);
                yield grade == null ? answer : grade.label();
            }
            case YES_PARTLY_NO ->
                switch (answer) {
                    case "YES" -> "Yes";
                    case "PARTLY" -> "Partly";
                    case "NO" -> "No";
                    default -> answer;
                };
            default -> answer;
        };
    }

    private static Grade grade(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Grade.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String status(String status) {
        return switch (status) {
            case "ASSIGNED" -> "Not started";
            case "IN_PROGRESS" -> "In progress";
            case "SUBMITTED" -> "Submitted";
            case "MODERATED" -> "Moderated";
            case "REMOVED" -> "Removed from the sample";
            default -> status;
        };
    }

    /**
     * The team as findings group it: the directory's team, or "No team recorded" for a case-system name no team has
     * been mapped to (that name is kept in {@code teamAsRecorded}, so the same audits are one group in both).
     */
    private static String team(String name) {
        return name == null ? Findings.NO_TEAM : name;
    }

    private static LocalDate day(Timestamp at) {
        return at == null ? null : at.toLocalDateTime().toLocalDate();
    }

    private static Timestamp start(Window window) {
        return Timestamp.valueOf(window.from().atStartOfDay());
    }

    private static Timestamp end(Window window) {
        return Timestamp.valueOf(window.to().plusDays(1).atStartOfDay());
    }
}
