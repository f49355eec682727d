package org.praxis.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.register.CodeLists;
import org.praxis.standards.CareService;
import org.praxis.standards.StandardsManual;
import org.praxis.statistics.Share;
import org.praxis.statistics.SmallNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a programme found: grades, the estimated share of all cases that are good or better, and the same by team,
 * standard, equality group and theme. Moderated audits count with their agreed grade. Only aggregates leave here.
 */
@Service
class Findings {

    /** A group's audits and how many were good or better; small groups show a count but no share (decision 0020). */
    record Count(String label, int audits, int goodOrBetter, SmallNumbers rules) {

        public boolean shown() {
            return rules.group(audits) != SmallNumbers.Visibility.SUPPRESSED;
        }

        public String share() {
            return switch (rules.group(audits)) {
                case SUPPRESSED -> "Fewer than " + rules.fewestShown();
                case MARKED ->
                    Share.percent((double) goodOrBetter / audits) + " (fewer than " + rules.fewestTrusted()
                            + ": treat with care)";
                case SHOWN -> Share.percent((double) goodOrBetter / audits);
            };
        }
    }

    record Theme(String tag, int count) {}

    record ProgrammeFindings(
            AuditProgrammes.Programme programme,
            int submitted,
            Map<Grade, Integer> grades,
            Estimate estimate,
            List<Count> byTeam,
            List<Count> byStandard,
            Map<String, List<Count>> byEquality,
            List<Theme> strengths,
            List<Theme> development) {}

    /** A programme in the trend, and how it compares with the one before (none for the first). */
    record Trend(
            long programmeId,
            String name,
            java.time.LocalDateTime created,
            int submitted,
            Estimate estimate,
            Optional<SmallNumbers.Change> change) {}

    private record Row(
            String stratum,
            String team,
            String gender,
            String ethnicity,
            String disability,
            String strengthTags,
            String developmentTags,
            Grade grade) {}

    private static final String GRADED = """
            select a.programme_id, a.stratum, a.team_id, a.gender, a.ethnicity, a.disability, a.strength_tags,
                a.development_tags, coalesce(m.final_grade, a.overall_grade) as grade
            from audit a left join audit_moderation m on m.audit_id = a.id
            where a.status in ('SUBMITTED', 'MODERATED') and a.overall_grade is not null
            """;

    /** The same words as the strata drawn by team, so every group the caution names is a row of the table. */
    static final String NO_TEAM = "No team recorded";

    private final JdbcClient jdbc;
    private final AuditProgrammes programmes;
    private final StandardsManual standards;
    private final SmallNumbers rules;
    private final OrganisationDirectory organisation;

    Findings(
            JdbcClient jdbc,
            AuditProgrammes programmes,
            StandardsManual standards,
            SmallNumbers rules,
            OrganisationDirectory organisation) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.standards = standards;
        this.rules = rules;
        this.organisation = organisation;
    }

    @Transactional(readOnly = true)
    Optional<ProgrammeFindings> forProgramme(long programmeId) {
        var programme = programmes.programme(programmeId);
        if (programme.isEmpty()) {
            return Optional.empty();
        }
        // Teams by their directory name today, as the strata were drawn: a team renamed, or a case-system name
        // mapped since the draw (the audit takes the mapping), is one group.
        var teams = new HashMap<Long, String>();
        organisation.teams().values().forEach(t -> teams.put(t.id(), t.name()));
        var rows = jdbc.sql(GRADED + " and a.programme_id = :id")
                .param("id", programmeId)
                .query((rs, n) -> new Row(
                        rs.getString("stratum"),
                        teams.getOrDefault(rs.getObject("team_id", Long.class), NO_TEAM),
                        rs.getString("gender"),
                        rs.getString("ethnicity"),
                        rs.getString("disability"),
                        rs.getString("strength_tags"),
                        rs.getString("development_tags"),
                        Grade.valueOf(rs.getString("grade"))))
                .list();
        var grades = new EnumMap<Grade, Integer>(Grade.class);
        for (var g : Grade.values()) {
            grades.put(g, 0);
        }
        rows.forEach(r -> grades.merge(r.grade(), 1, Integer::sum));
        var equality = new LinkedHashMap<String, List<Count>>();
        // Decoded through the register's code lists, so "N" and "No" are one group and "ABAN" reads "Bangladeshi".
        equality.put("Gender", counts(rows, r -> CodeLists.label(CodeLists.Field.GENDER, r.gender())));
        equality.put("Ethnicity", counts(rows, r -> CodeLists.label(CodeLists.Field.ETHNICITY, r.ethnicity())));
        equality.put("Disability", counts(rows, r -> CodeLists.label(CodeLists.Field.DISABILITY, r.disability())));
        return Optional.of(new ProgrammeFindings(
                programme.get(),
                rows.size(),
                grades,
                Estimate.of(strata(programmeId, rows), rules),
                counts(rows, Row::team),
                byStandard(programmeId),
                equality,
                themes(rows, Row::strengthTags),
                themes(rows, Row::developmentTags)));
    }

    /**
     * Every programme's estimate for one service, oldest first: is practice getting better? Children's and adults'
     * programmes sample different populations, so each is compared only with its own. Two queries.
     */
    @Transactional(readOnly = true)
    List<Trend> overTime(CareService service) {
        var audited = new HashMap<Long, Map<String, int[]>>();
        jdbc.sql("""
                        select a.programme_id, a.stratum, count(*) as audits,
                            sum(case when coalesce(m.final_grade, a.overall_grade) in ('OUTSTANDING', 'GOOD') then 1 else 0 end) as good
                        from audit a join audit_programme p on p.id = a.programme_id
                            left join audit_moderation m on m.audit_id = a.id
                        where a.status in ('SUBMITTED', 'MODERATED') and a.overall_grade is not null
                            and p.service = :service
                        group by a.programme_id, a.stratum
                        """)
                .param("service", service.name())
                .query((rs, n) -> audited.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                        .put(rs.getString(2), new int[] {rs.getInt(3), rs.getInt(4)}))
                .list();
        var strata = new LinkedHashMap<Long, List<Share.Stratum>>();
        var names = new LinkedHashMap<Long, Object[]>();
        jdbc.sql("""
                        select p.id, p.name, p.created_at, s.stratum, s.population
                        from audit_programme p join audit_stratum s on s.programme_id = p.id
                        where p.service = :service
                        order by p.created_at, p.id, s.stratum
                        """)
                .param("service", service.name())
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    names.putIfAbsent(
                            id,
                            new Object[] {rs.getString(2), rs.getTimestamp(3).toLocalDateTime()});
                    var counts = audited.getOrDefault(id, Map.of()).getOrDefault(rs.getString(4), new int[2]);
                    strata.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(new Share.Stratum(rs.getString(4), rs.getInt(5), counts[0], counts[1]));
                    return null;
                })
                .list();
        var trend = new ArrayList<Trend>();
        Estimate previous = null;
        for (var e : strata.entrySet()) {
            var estimate = Estimate.of(e.getValue(), rules);
            // Compared with the last programme that has an estimate: a programme not yet audited says nothing.
            var change = previous != null && estimate.known()
                    ? Optional.of(rules.change(previous.estimate(), estimate.estimate(), "audits"))
                    : Optional.<SmallNumbers.Change>empty();
            trend.add(new Trend(
                    e.getKey(),
                    (String) names.get(e.getKey())[0],
                    (java.time.LocalDateTime) names.get(e.getKey())[1],
                    estimate.audits(),
                    estimate,
                    change));
            previous = estimate.known() ? estimate : previous;
        }
        return trend;
    }

    private List<Share.Stratum> strata(long programmeId, List<Row> rows) {
        var audited = new HashMap<String, int[]>();
        for (var r : rows) {
            var c = audited.computeIfAbsent(r.stratum(), k -> new int[2]);
            c[0]++;
            c[1] += r.grade().goodOrBetter() ? 1 : 0;
        }
        return jdbc.sql("select stratum, population from audit_stratum where programme_id = :id order by stratum")
                .param("id", programmeId)
                .query((rs, n) -> {
                    var c = audited.getOrDefault(rs.getString(1), new int[2]);
                    return new Share.Stratum(rs.getString(1), rs.getInt(2), c[0], c[1]);
                })
                .list();
    }

    /** Graded questions' answers counted against each standard the question tests (not applicable left out). */
    private List<Count> byStandard(long programmeId) {
        var labels = new HashMap<Long, String>();
        standards.current(null, null).forEach(s -> labels.put(s.id(), s.label()));
        var counts = new TreeMap<String, int[]>();
        jdbc.sql("""
                        select qs.standard_id, ans.answer, count(*)
                        from audit a join audit_answer ans on ans.audit_id = a.id
                            join audit_question q on q.id = ans.question_id
                            join audit_question_standard qs on qs.question_id = q.id
                        where a.programme_id = :id and a.status in ('SUBMITTED', 'MODERATED') and q.answer_type = 'GRADE'
                            and ans.answer <> 'NOT_APPLICABLE'
                        group by qs.standard_id, ans.answer
                        """)
                .param("id", programmeId)
                .query((rs, n) -> {
                    var c = counts.computeIfAbsent(
                            labels.getOrDefault(rs.getLong(1), "Withdrawn standard"), k -> new int[2]);
                    int number = rs.getInt(3);
                    c[0] += number;
                    c[1] += Grade.parse(rs.getString(2))
                                    .map(Grade::goodOrBetter)
                                    .orElse(false)
                            ? number
                            : 0;
                    return null;
                })
                .list();
        var list = new ArrayList<Count>();
        counts.forEach((label, c) -> list.add(new Count(label, c[0], c[1], rules)));
        return list;
    }

    private List<Count> counts(List<Row> rows, Function<Row, String> key) {
        var counts = new TreeMap<String, int[]>();
        for (var r : rows) {
            var k = key.apply(r);
            var c = counts.computeIfAbsent(k == null || k.isBlank() ? "Not recorded" : k, x -> new int[2]);
            c[0]++;
            c[1] += r.grade().goodOrBetter() ? 1 : 0;
        }
        var list = new ArrayList<Count>();
        counts.forEach((label, c) -> list.add(new Count(label, c[0], c[1], rules)));
        return list;
    }

    /** Tags as people typed them, counted case-insensitively, most frequent first. */
    private static List<Theme> themes(List<Row> rows, Function<Row, String> tags) {
        var counts = new HashMap<String, Integer>();
        var spelling = new HashMap<String, String>();
        for (var r : rows) {
            var text = tags.apply(r);
            if (text == null) {
                continue;
            }
            for (var tag : text.split(",")) {
                var t = tag.strip();
                if (!t.isEmpty()) {
                    var key = t.toLowerCase(java.util.Locale.ROOT);
                    spelling.putIfAbsent(key, t);
                    counts.merge(key, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Theme(spelling.get(e.getKey()), e.getValue()))
                .toList();
    }
}
