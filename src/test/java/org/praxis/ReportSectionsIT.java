package org.praxis;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.praxis.documents.ReportPeriod;
import org.praxis.documents.ReportSection;
import org.praxis.documents.ReportSectionSource;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 18: every module's report section for a quarter long before the demo council's data (2014), from a little
 * data the test writes and rolls back, and the plain "nothing this quarter" section for a quarter with none.
 */
@PraxisIntegrationTest
@Transactional
class ReportSectionsIT {

    static final ReportPeriod Q3_2014 = new ReportPeriod(2014, 3);

    @Autowired
    List<ReportSectionSource> sources;

    @Autowired
    JdbcClient jdbc;

    private Map<String, ReportSection> sections(ReportPeriod period) {
        return sources.stream()
                .map(s -> s.section(period))
                .collect(Collectors.toMap(ReportSection::key, Function.identity()));
    }

    private static ReportSection.Headline headline(ReportSection section, String key) {
        return section.headlines().stream()
                .filter(h -> h.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No headline " + key + " in " + section));
    }

    @Test
    void everyModulePublishesOneSectionInItsOrder() {
        var keys = sources.stream()
                .sorted(java.util.Comparator.comparingInt(ReportSectionSource::order))
                .map(ReportSectionSource::key)
                .toList();
        assertThat(keys)
                .containsSubsequence(
                        "register",
                        "audit-findings",
                        "actions",
                        "practice-week",
                        "learning-reviews",
                        "workforce",
                        "staff-survey");
    }

    @Test
    void aQuarterWithNoDataSaysSoPlainly() {
        var sections = sections(new ReportPeriod(2013, 1));
        assertThat(sections.get("register").summary())
                .isEqualTo("No case register snapshot was taken in January to March 2013, so there are no indicators"
                        + " for it.");
        assertThat(sections.get("audit-findings").summary())
                .isEqualTo("No audits were completed in January to March 2013.");
        assertThat(sections.get("actions").summary())
                .isEqualTo("No actions were open at the end of January to March 2013 and none were completed in it.");
        assertThat(sections.get("practice-week").summary())
                .isEqualTo("No Practice Week was held in January to March 2013.");
        // other tests' reviews may be under way then (the PostgreSQL run keeps what they commit): none was published in
        // it
        assertThat(sections.get("learning-reviews").summary())
                .satisfiesAnyOf(
                        summary -> assertThat(summary).startsWith("No learning reviews had been published"),
                        summary -> assertThat(summary)
                                .startsWith("No learning reviews were published in January to March 2013"));
        assertThat(sections.get("staff-survey").summary())
                .isEqualTo("No staff survey had closed by the end of January to March 2013.");
        sections.values().forEach(s -> {
            assertThat(s.charts()).allSatisfy(c -> assertThat(c.table()).isNotNull());
            assertThat(s.key()).isNotBlank();
        });
    }

    @Test
    void eachSectionGivesTheQuartersFigures() {
        long user =
                jdbc.sql("select min(id) from user_account").query(Long.class).single();
        register();
        audits();
        actions(user);
        practiceWeek(user);
        learning(user);

        var sections = sections(Q3_2014);

        var register = sections.get("register");
        var assessments = headline(register, "assessment-timeliness");
        assertThat(assessments.value()).isEqualTo("80%");
        assertThat(assessments.basis()).startsWith("of 100 children");
        // 80 of 100 against 60 of 100: the change's interval leaves out no change, and the quarters' intervals (about
        // 71% to 87% and 50% to 70%) do not overlap
        assertThat(assessments.trend()).isEqualTo(ReportSection.Trend.IMPROVED);
        assertThat(assessments.reading()).startsWith("Up from 60% in Q2 2014, a clear change");
        assertThat(headline(register, "cp-visits").value()).isEqualTo("75%");
        assertThat(headline(register, "cp-visits").trend()).isEqualTo(ReportSection.Trend.NOT_ENOUGH_DATA);
        // the share visited within the threshold: higher is better, though the stored visit bands are not a rate
        assertThat(headline(register, "cp-visits").basis()).doesNotContain("lower is better");
        assertThat(headline(register, "open-cases").value()).isEqualTo("5");
        assertThat(register.charts())
                .anySatisfy(c -> assertThat(c.table().rows())
                        .contains(List.of("Child protection", "3", "0"), List.of("Looked after", "2", "0")));

        var audit = sections.get("audit-findings");
        var good = headline(audit, "good-or-better");
        assertThat(good.value()).isEqualTo("75%");
        assertThat(good.basis()).startsWith("of 12 cases audited in the quarter; 95% interval");
        // 9 of 12 against 5 of 10: the intervals of so few audits leave room for no change
        assertThat(good.trend()).isEqualTo(ReportSection.Trend.NO_CLEAR_CHANGE);
        assertThat(good.reading()).startsWith("No clear change from 50% in Q2 2014");
        var agreement = headline(audit, "moderation-agreement");
        assertThat(agreement.value()).isEqualTo("Too few to judge");
        assertThat(agreement.basis()).startsWith("3 moderated audits in the quarter");
        assertThat(audit.charts().getFirst().table().rows().getLast()).startsWith("Q3 2014", "12", "75%");

        // the three actions above and the learning review's two: one audit action and one recommendation's open and
        // overdue at the quarter's end; three verified in it, the practice week's done after its due date
        var actions = sections.get("actions");
        assertThat(headline(actions, "open").value()).isEqualTo("2");
        assertThat(headline(actions, "overdue").value()).isEqualTo("2");
        assertThat(headline(actions, "completed").value()).isEqualTo("3");
        var onTime = headline(actions, "completed-on-time");
        assertThat(onTime.value()).isEqualTo("67%");
        assertThat(onTime.basis()).startsWith("of 3 completed in the quarter");
        assertThat(actions.charts().getFirst().table().rows())
                .contains(
                        List.of("Case file audit", "1", "1", "1", "1 of 1"),
                        List.of("Practice Week", "0", "0", "1", "0 of 1"),
                        List.of("Learning review", "1", "1", "1", "1 of 1"));
        assertThat(onTime.trend()).isEqualTo(ReportSection.Trend.NOT_ENOUGH_DATA);

        var week = sections.get("practice-week");
        assertThat(headline(week, "teams-visited").value()).isEqualTo("1 of 2");
        assertThat(headline(week, "visits-done").value()).isEqualTo("2 of 3");
        assertThat(headline(week, "families-heard").value()).isEqualTo("4");
        assertThat(week.charts().getFirst().table().rows().getFirst()).isEqualTo(List.of("voice of the child", "2"));

        var learning = sections.get("learning-reviews");
        assertThat(headline(learning, "published").value()).isEqualTo("1");
        assertThat(headline(learning, "recommendations-done").value()).isEqualTo("1 of 2");
        assertThat(headline(learning, "recommendations-overdue").value()).isEqualTo("1");

        assertThat(sections.get("workforce").key()).isEqualTo("workforce");
    }

    @Test
    void openCasesAreComparedOnlyWithTheSameRegisters() {
        long childrenBefore = snapshot(LocalDate.of(2015, 6, 30));
        long children = snapshot(LocalDate.of(2015, 9, 30));
        registerCase(childrenBefore, "RO-1", "CHILD_PROTECTION", true);
        registerCase(children, "RO-1", "CHILD_PROTECTION", true);
        // the adults' register was first loaded in Q3: Q2 has no adults' snapshot to compare with
        jdbc.sql("update register_snapshot set source = 'ADULTS' where id = ?")
                .param(snapshot(LocalDate.of(2015, 9, 29)))
                .update();
        long adults = jdbc.sql("select max(id) from register_snapshot where source = 'ADULTS'")
                .query(Long.class)
                .single();
        registerCase(adults, "RO-A1", "LONG_TERM_SUPPORT", true);
        registerCase(adults, "RO-A2", "LONG_TERM_SUPPORT", true);

        var register = sections(new ReportPeriod(2015, 3)).get("register");

        var open = headline(register, "open-cases");
        assertThat(open.value()).isEqualTo("3");
        assertThat(open.reading())
                .isEqualTo("No figure for Q2 2015 to compare with: it has no adults’ register snapshot");
        assertThat(open.trend()).isEqualTo(ReportSection.Trend.NOT_ENOUGH_DATA);
        assertThat(register.charts().getLast().table().rows())
                .contains(List.of("Child protection", "1", "1"), List.of("Long-term support", "2", "– (no snapshot)"));
    }

    private void register() {
        long q2 = snapshot(LocalDate.of(2014, 6, 30));
        long q3 = snapshot(LocalDate.of(2014, 9, 30));
        indicator(q2, "ASSESSMENT_TIMELINESS", "met", 60);
        indicator(q2, "ASSESSMENT_TIMELINESS", "total", 100);
        indicator(q3, "ASSESSMENT_TIMELINESS", "met", 80);
        indicator(q3, "ASSESSMENT_TIMELINESS", "total", 100);
        indicator(q3, "CP_VISITS", "band-1", 30);
        indicator(q3, "CP_VISITS", "band-2", 10);
        indicator(q3, "CP_VISITS", "total", 40);
        int n = 0;
        for (var type :
                List.of("CHILD_PROTECTION", "CHILD_PROTECTION", "CHILD_PROTECTION", "LOOKED_AFTER", "LOOKED_AFTER")) {
            registerCase(q3, "RS-" + (++n), type, true);
        }
        registerCase(q3, "RS-closed", "CHILD_IN_NEED", false);
    }

    private long snapshot(LocalDate asAt) {
        jdbc.sql("""
                        insert into register_snapshot (source, as_at, import_id, imported_by, imported_at, file_sha256,
                            case_count, episode_count)
                        values ('ANNEX_A', ?, -1, 'test', ?, 'report-sections', 0, 0)
                        """).params(asAt, Timestamp.valueOf(asAt.atTime(12, 0))).update();
        return jdbc.sql("select max(id) from register_snapshot where file_sha256 = 'report-sections'")
                .query(Long.class)
                .single();
    }

    private void indicator(long snapshot, String indicator, String measure, int value) {
        jdbc.sql("insert into register_indicator (snapshot_id, indicator, team_label, measure, measure_value)"
                        + " values (?, ?, '', ?, ?)")
                .params(snapshot, indicator, measure, value)
                .update();
    }

    private void registerCase(long snapshot, String reference, String type, boolean open) {
        jdbc.sql("insert into register_case (snapshot_id, case_reference, case_type, open_case, age_band)"
                        + " values (?, ?, ?, ?, '10-15')")
                .params(snapshot, reference, type, open)
                .update();
    }

    private void audits() {
        long template = jdbc.sql("select min(id) from audit_template_version")
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into audit_programme (name, theme, template_version_id, service, case_types, team_ids,
                            open_on, sample_size, stratify_by, exclude_months, seed, due_date, moderation_percent,
                            snapshot_id, population_size, status, created_by, created_at)
                        values ('Report sections 2014', 'Test', ?, 'CHILDREN', '', '', ?, 22, 'TEAM', 0, 1, ?, 10,
                            -1, 100, 'OPEN', 'test', ?)
                        """)
                .params(
                        template,
                        LocalDate.of(2014, 4, 1),
                        LocalDate.of(2014, 9, 30),
                        Timestamp.valueOf(LocalDate.of(2014, 4, 1).atStartOfDay()))
                .update();
        long programme = jdbc.sql("select id from audit_programme where name = 'Report sections 2014'")
                .query(Long.class)
                .single();
        // Q2: 5 of 10 good or better; Q3: 9 of 12, three of them moderated
        for (int i = 0; i < 10; i++) {
            audit(programme, i < 5 ? "GOOD" : "REQUIRES_IMPROVEMENT", LocalDate.of(2014, 5, 1));
        }
        for (int i = 0; i < 12; i++) {
            long id = audit(
                    programme,
                    i < 8 ? "GOOD" : i < 9 ? "OUTSTANDING" : "REQUIRES_IMPROVEMENT",
                    LocalDate.of(2014, 8, 1));
            if (i >= 9) {
                jdbc.sql("insert into audit_moderation (audit_id, moderator_user_id, moderator_grade, graded_at)"
                                + " values (?, 1, 'REQUIRES_IMPROVEMENT', ?)")
                        .params(id, Timestamp.valueOf(LocalDate.of(2014, 8, 20).atStartOfDay()))
                        .update();
            }
        }
    }

    private long audit(long programme, String grade, LocalDate submitted) {
        var at = Timestamp.valueOf(submitted.atTime(10, 0));
        jdbc.sql("""
                        insert into audit (programme_id, case_id, case_reference, case_type, stratum, status,
                            overall_grade, updated_at, submitted_at)
                        values (?, -1, 'RS-audit', 'CHILD_IN_NEED', 'All', 'SUBMITTED', ?, ?, ?)
                        """).params(programme, grade, at, at).update();
        return jdbc.sql("select max(id) from audit where programme_id = ?")
                .param(programme)
                .query(Long.class)
                .single();
    }

    private void actions(long user) {
        action(user, "AUDIT", 1, LocalDate.of(2014, 8, 1), List.of("OPEN@2014-07-01"));
        action(
                user,
                "AUDIT",
                1,
                LocalDate.of(2014, 12, 1),
                List.of("OPEN@2014-07-01", "DONE@2014-08-10", "VERIFIED@2014-08-15"));
        action(
                user,
                "PRACTICE_WEEK",
                1,
                LocalDate.of(2014, 7, 15),
                List.of("OPEN@2014-07-01", "DONE@2014-08-01", "VERIFIED@2014-08-02"));
    }

    private long action(long user, String source, long sourceId, LocalDate due, List<String> history) {
        var created = Timestamp.valueOf(
                LocalDate.parse(history.getFirst().split("@")[1]).atTime(9, 0));
        var last = Timestamp.valueOf(
                LocalDate.parse(history.getLast().split("@")[1]).atTime(9, 0));
        var status = history.getLast().split("@")[0];
        jdbc.sql("""
                        insert into action_item (source, source_id, source_label, source_link, title, owner_user_id,
                            due_date, status, created_by, created_at, updated_at)
                        values (?, ?, 'Report sections', '/', 'Report sections action', ?, ?, ?, 'test', ?, ?)
                        """).params(source, sourceId, user, due, status, created, last).update();
        long id = jdbc.sql("select max(id) from action_item").query(Long.class).single();
        String from = null;
        for (var step : history) {
            var to = step.split("@")[0];
            jdbc.sql("insert into action_history (action_id, from_status, to_status, changed_by, changed_at)"
                            + " values (?, ?, ?, 'test', ?)")
                    .params(
                            id,
                            from,
                            to,
                            Timestamp.valueOf(
                                    LocalDate.parse(step.split("@")[1]).atTime(9, 0)))
                    .update();
            from = to;
        }
        return id;
    }

    private void practiceWeek(long user) {
        var monday = LocalDate.of(2014, 9, 8);
        jdbc.sql("""
                        insert into practice_week (name, first_day, last_day, slots_due, availability_due, feedback_code,
                            created_by, created_at)
                        values ('Report sections week', ?, ?, ?, ?, 'rs2014', 'test', ?)
                        """)
                .params(
                        monday,
                        monday.plusDays(4),
                        monday.minusDays(14),
                        monday.minusDays(7),
                        Timestamp.valueOf(monday.minusMonths(1).atStartOfDay()))
                .update();
        long week = jdbc.sql("select id from practice_week where feedback_code = 'rs2014'")
                .query(Long.class)
                .single();
        var teams = jdbc.sql("select id from team order by id fetch first 2 rows only")
                .query(Long.class)
                .list();
        teams.forEach(t -> jdbc.sql("insert into practice_week_team (week_id, team_id) values (?, ?)")
                .params(week, t)
                .update());
        jdbc.sql("""
                        insert into week_visitor (week_id, user_id, name, kind, senior_leader, cleared, added_by)
                        values (?, ?, 'Visitor', 'LEADER', false, false, 'test')
                        """).params(week, user).update();
        long visitor = jdbc.sql("select id from week_visitor where week_id = ?")
                .param(week)
                .query(Long.class)
                .single();
        var themes = java.util.Arrays.asList("Voice of the child, Chronology", "voice of the child", null);
        for (int i = 0; i < 3; i++) {
            jdbc.sql("""
                            insert into visit_slot (week_id, team_id, activity, starts_at, minutes, location, capacity,
                                case_data, family_consent, offered_by, offered_at)
                            values (?, ?, 'TEAM_MEETING', ?, 60, 'Office', 1, false, false, 'test', ?)
                            """)
                    .params(
                            week,
                            teams.get(i < 2 ? 0 : 1),
                            Timestamp.valueOf(monday.atTime(9 + i, 0)),
                            Timestamp.valueOf(monday.minusDays(20).atStartOfDay()))
                    .update();
            long slot = jdbc.sql("select max(id) from visit_slot where week_id = ?")
                    .param(week)
                    .query(Long.class)
                    .single();
            jdbc.sql("insert into visit_assignment (slot_id, place, week_visitor_id) values (?, 1, ?)")
                    .params(slot, visitor)
                    .update();
            if (i < 2) {
                jdbc.sql("""
                                insert into visit_record (slot_id, week_visitor_id, themes, status, submitted_at, updated_at)
                                values (?, ?, ?, 'SUBMITTED', ?, ?)
                                """)
                        .params(
                                slot,
                                visitor,
                                themes.get(i),
                                Timestamp.valueOf(monday.atTime(17, 0)),
                                Timestamp.valueOf(monday.atTime(17, 0)))
                        .update();
            }
        }
        for (int i = 0; i < 4; i++) {
            jdbc.sql("insert into family_feedback (week_id, form_version, who, may_quote, received_at)"
                            + " values (?, 'STANDARD', 'PARENT_OR_CARER', false, ?)")
                    .params(week, Timestamp.valueOf(monday.atTime(12, 0)))
                    .update();
        }
    }

    private void learning(long user) {
        var published = LocalDate.of(2014, 8, 20);
        jdbc.sql("""
                        insert into learning_review (title, title_key, kind, service, author, commissioned_on,
                            published_on, status, created_by, created_at, updated_by, updated_at)
                        values ('Report sections review', 'report sections review', 'RAPID_REVIEW', 'CHILDREN', 'Test',
                            ?, ?, 'PUBLISHED', 'test', ?, 'test', ?)
                        """)
                .params(
                        published.minusMonths(3),
                        published,
                        Timestamp.valueOf(published.atStartOfDay()),
                        Timestamp.valueOf(published.atStartOfDay()))
                .update();
        long review = jdbc.sql("select id from learning_review where title_key = 'report sections review'")
                .query(Long.class)
                .single();
        for (int i = 1; i <= 2; i++) {
            jdbc.sql("""
                            insert into learning_recommendation (review_id, number, position, text, created_by, created_at)
                            values (?, ?, ?, 'Recommendation', 'test', ?)
                            """)
                    .params(review, String.valueOf(i), i, Timestamp.valueOf(published.atStartOfDay()))
                    .update();
            long recommendation = jdbc.sql("select max(id) from learning_recommendation")
                    .query(Long.class)
                    .single();
            action(
                    user,
                    "LEARNING_REVIEW",
                    recommendation,
                    LocalDate.of(2014, 9, 1),
                    i == 1
                            ? List.of("OPEN@2014-08-21", "DONE@2014-08-25", "VERIFIED@2014-08-26")
                            : List.of("OPEN@2014-08-21"));
        }
    }
}
