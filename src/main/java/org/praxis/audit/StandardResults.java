package org.praxis.audit;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.praxis.statistics.Share;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How practice measured on one practice standard or one audit question, month by month and team by team: the
 * evidence a learning review's before-and-after and targeted training rest on. A case counts as good or better on a
 * standard when every graded answer it has on that standard's questions is good or outstanding ("not applicable"
 * left out). Counted once when an audit is submitted (decision 0031), so five years of audits are read as a few
 * hundred monthly counts.
 */
@Service
public class StandardResults {

    public enum Kind {
        STANDARD,
        QUESTION
    }

    /** A practice standard or an audit question. */
    public record Subject(Kind kind, long id) {

        public static Subject standard(long id) {
            return new Subject(Kind.STANDARD, id);
        }

        public static Subject question(long id) {
            return new Subject(Kind.QUESTION, id);
        }
    }

    /** Cases graded and how many of them good or better. */
    public record Tally(int audits, int goodOrBetter) {

        public static final Tally NONE = new Tally(0, 0);

        public Share share() {
            return Share.of(goodOrBetter, audits);
        }

        Tally plus(int moreAudits, int moreGood) {
            return new Tally(audits + moreAudits, goodOrBetter + moreGood);
        }
    }

    /** The monthly counts read for some subjects, summed over any window inside the months read. */
    public static final class Months {
        private final Map<Subject, List<int[]>> rows;

        private Months(Map<Subject, List<int[]>> rows) {
            this.rows = rows;
        }

        /** From the first month up to, not including, the last; {@code teamId} null for every team. */
        public Tally tally(Subject subject, YearMonth from, YearMonth until, Long teamId) {
            int first = key(from);
            int last = key(until);
            var tally = Tally.NONE;
            for (var r : rows.getOrDefault(subject, List.of())) {
                if (r[0] >= first && r[0] < last && (teamId == null || r[1] == teamId)) {
                    tally = tally.plus(r[2], r[3]);
                }
            }
            return tally;
        }

        /** Each team's tally over the window (team 0: no team recorded). */
        public Map<Long, Tally> byTeam(Subject subject, YearMonth from, YearMonth until) {
            int first = key(from);
            int last = key(until);
            var teams = new HashMap<Long, Tally>();
            for (var r : rows.getOrDefault(subject, List.of())) {
                if (r[0] >= first && r[0] < last) {
                    teams.merge((long) r[1], new Tally(r[2], r[3]), (a, b) -> a.plus(b.audits(), b.goodOrBetter()));
                }
            }
            return teams;
        }
    }

    /** A graded question of a published template, and the standards it is tagged with. */
    public record Question(long id, String template, int version, String text, List<Long> standardIds) {

        public String label() {
            return template + " v" + version + ": " + text;
        }
    }

    /** A member of staff whose moderated audits on a standard were good or outstanding. */
    public record Exemplar(long staffId, long standardId, int moderatedGoodOrBetter) {}

    private final JdbcClient jdbc;

    StandardResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    /**
     * The counts of these subjects in the months from {@code from} up to, not including, {@code until}. One query, in
     * two parts so that each reads the key's range (an "or" would read the whole table).
     */
    @Transactional(readOnly = true)
    public Months months(Collection<Subject> subjects, YearMonth from, YearMonth until) {
        var rows = new LinkedHashMap<Subject, List<int[]>>();
        var standards = ids(subjects, Kind.STANDARD);
        var questions = ids(subjects, Kind.QUESTION);
        if (standards.isEmpty() && questions.isEmpty()) {
            return new Months(rows);
        }
        jdbc.sql("""
                        select subject, subject_id, month_key, team_id, audits, good from audit_result_month
                        where subject = 'S' and subject_id in (:standards) and month_key >= :first and month_key < :last
                        union all
                        select subject, subject_id, month_key, team_id, audits, good from audit_result_month
                        where subject = 'Q' and subject_id in (:questions) and month_key >= :first and month_key < :last
                        """)
                .param("standards", standards.isEmpty() ? List.of(-1L) : standards)
                .param("questions", questions.isEmpty() ? List.of(-1L) : questions)
                .param("first", key(from))
                .param("last", key(until))
                .query((rs, n) -> rows.computeIfAbsent(
                                new Subject("S".equals(rs.getString(1)) ? Kind.STANDARD : Kind.QUESTION, rs.getLong(2)),
                                k -> new ArrayList<>())
                        .add(new int[] {rs.getInt(3), (int) rs.getLong(4), rs.getInt(5), rs.getInt(6)}))
                .list();
        return new Months(rows);
    }

    /** Every standard's counts by team over the window: where practice is weakest, team by team. One query. */
    @Transactional(readOnly = true)
    public Map<Long, Map<Long, Tally>> standardsByTeam(YearMonth from, YearMonth until) {
        var byStandard = new LinkedHashMap<Long, Map<Long, Tally>>();
        jdbc.sql("""
                        select subject_id, team_id, sum(audits), sum(good) from audit_result_month
                        where month_key >= :first and month_key < :last and subject = 'S'
                        group by subject_id, team_id
                        """)
                .param("first", key(from))
                .param("last", key(until))
                .query((rs, n) -> byStandard
                        .computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                        .put(rs.getLong(2), new Tally(rs.getInt(3), rs.getInt(4))))
                .list();
        return byStandard;
    }

    /** The graded questions of every published template version, with their standards. Two queries. */
    @Transactional(readOnly = true)
    public List<Question> publishedQuestions() {
        var standards = new HashMap<Long, List<Long>>();
        jdbc.sql("""
                        select qs.question_id, qs.standard_id from audit_question_standard qs
                            join audit_question q on q.id = qs.question_id
                            join audit_template_version v on v.id = q.template_version_id
                        where v.status = 'PUBLISHED' order by qs.standard_id
                        """)
                .query((rs, n) -> standards
                        .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getLong(2)))
                .list();
        return jdbc.sql("""
                        select q.id, t.name, v.version, q.text from audit_question q
                            join audit_template_version v on v.id = q.template_version_id
                            join audit_template t on t.id = v.template_id
                            join audit_section s on s.id = q.section_id
                        where v.status = 'PUBLISHED' and q.answer_type = 'GRADE'
                        order by t.name, v.version, s.position, q.position
                        """)
                .query((rs, n) -> new Question(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        standards.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    /**
     * Staff whose moderated audits were good or outstanding on a standard (every graded answer on it, and the agreed
     * overall grade), at least {@code fewest} times: people a learning lead might ask to train others.
     */
    @Transactional(readOnly = true)
    public List<Exemplar> exemplars(Set<Long> standardIds, int fewest) {
        if (standardIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select x.worker_staff_id, x.standard_id, count(*) from (
                            select a.id, a.worker_staff_id, qs.standard_id,
                                min(case when ans.answer in ('OUTSTANDING', 'GOOD') then 1 else 0 end) as good
                            from audit a join audit_moderation m on m.audit_id = a.id
                                join audit_answer ans on ans.audit_id = a.id
                                join audit_question q on q.id = ans.question_id
                                join audit_question_standard qs on qs.question_id = q.id
                            where a.status = 'MODERATED' and a.worker_staff_id is not null
                                and coalesce(m.final_grade, m.moderator_grade) in ('OUTSTANDING', 'GOOD')
                                and q.answer_type = 'GRADE' and qs.standard_id in (:standards)
                                and ans.answer in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')
                            group by a.id, a.worker_staff_id, qs.standard_id) x
                        where x.good = 1
                        group by x.worker_staff_id, x.standard_id
                        having count(*) >= :fewest
                        order by x.standard_id, count(*) desc, x.worker_staff_id
                        """)
                .param("standards", standardIds)
                .param("fewest", fewest)
                .query((rs, n) -> new Exemplar(rs.getLong(1), rs.getLong(2), rs.getInt(3)))
                .list();
    }

    /**
     * Adds submitted audits to the monthly counts, in the transaction that submits them. A new month, standard and
     * team is inserted; one already counted is added to. The answers are found by their audit (the primary key's
     * first column), so the plan holds when the planner's statistics are stale after a large load: led by question,
     * a 300-audit batch took 27 s on 6,000 audits, by audit 0.1 s.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void count(Collection<Long> auditIds) {
        for (int from = 0; from < auditIds.size(); from += 500) {
            var batch = auditIds.stream().skip(from).limit(500).toList();
            var deltas = new ArrayList<Object[]>();
            jdbc.sql(COUNTS.formatted(BY_STANDARD, BY_QUESTION))
                    .param("ids", batch)
                    .query((rs, n) -> deltas.add(new Object[] {
                        rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getLong(4), rs.getInt(5), rs.getInt(6)
                    }))
                    .list();
            for (var d : deltas) {
                int updated =
                        jdbc.sql("""
                                update audit_result_month set audits = audits + ?, good = good + ?
                                where subject = ? and subject_id = ? and month_key = ? and team_id = ?
                                """).params(d[4], d[5], d[0], d[1], d[2], d[3]).update();
                if (updated == 0) {
                    jdbc.sql("insert into audit_result_month (subject, subject_id, month_key, team_id, audits, good)"
                                    + " values (?, ?, ?, ?, ?, ?)")
                            .params(d)
                            .update();
                }
            }
        }
    }

    private static final String MONTH = "cast(extract(year from a.submitted_at) as integer) * 100"
            + " + cast(extract(month from a.submitted_at) as integer)";

    private static final String GRADED = "q.answer_type = 'GRADE'"
            + " and ans.answer in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')";

    private static final String BY_STANDARD = """
            select 'S' as subject, x.standard_id as subject_id, x.month_key, x.team_id, count(*) as audits, sum(x.good) as good
            from (
                select a.id, qs.standard_id, coalesce(a.team_id, 0) as team_id, %s as month_key,
                    min(case when ans.answer in ('OUTSTANDING', 'GOOD') then 1 else 0 end) as good
                from audit a join audit_answer ans on ans.audit_id = a.id
                    join audit_question q on q.id = ans.question_id
                    join audit_question_standard qs on qs.question_id = q.id
                where ans.audit_id in (:ids) and a.submitted_at is not null and %s
                group by a.id, qs.standard_id, a.team_id, a.submitted_at) x
            group by x.standard_id, x.month_key, x.team_id
            """.formatted(MONTH, GRADED);

    private static final String BY_QUESTION = """
            select 'Q' as subject, ans.question_id as subject_id, %1$s as month_key, coalesce(a.team_id, 0) as team_id,
                count(*) as audits, sum(case when ans.answer in ('OUTSTANDING', 'GOOD') then 1 else 0 end) as good
            from audit a join audit_answer ans on ans.audit_id = a.id
                join audit_question q on q.id = ans.question_id
            where ans.audit_id in (:ids) and a.submitted_at is not null and %2$s
            group by ans.question_id, %1$s, coalesce(a.team_id, 0)
            """.formatted(MONTH, GRADED);

    private static final String COUNTS = "%s union all %s";

    private static List<Long> ids(Collection<Subject> subjects, Kind kind) {
        return subjects.stream()
                .filter(s -> s.kind() == kind)
                .map(Subject::id)
                .distinct()
                .toList();
    }
}
