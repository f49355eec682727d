package org.praxis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Audits are counted once, when submitted, by month, standard, question and team; a case is good or better on a
 * standard only when every graded answer it has on that standard's questions is. The months are the test's own (in
 * 2001), so nothing another test submits is counted.
 */
@PraxisIntegrationTest
class StandardResultsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditProgrammes programmes;

    @Autowired
    PastAudits past;

    @Autowired
    StandardResults results;

    /**
     * The graded questions of the programme's template, and those of the standard with the most of them: where it has
     * several, one weaker answer among them makes the case not good on the standard.
     */
    private record Tested(long standard, List<Long> questions, List<Long> allGraded) {}

    private Tested tested(long programme) {
        var byStandard = new LinkedHashMap<Long, List<Long>>();
        var graded = jdbc.sql("""
                        select q.id from audit_question q join audit_programme p on p.template_version_id = q.template_version_id
                        where p.id = :p and q.answer_type = 'GRADE' order by q.id
                        """).param("p", programme).query(Long.class).list();
        jdbc.sql("""
                        select qs.standard_id, qs.question_id from audit_question_standard qs
                            join audit_question q on q.id = qs.question_id
                            join audit_programme p on p.template_version_id = q.template_version_id
                        where p.id = :p and q.answer_type = 'GRADE' order by qs.standard_id, qs.question_id
                        """).param("p", programme).query(rs -> {
            byStandard
                    .computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                    .add(rs.getLong(2));
        });
        var most = byStandard.entrySet().stream()
                .max(java.util.Comparator.comparingInt(e -> e.getValue().size()))
                .orElseThrow();
        return new Tested(most.getKey(), most.getValue(), graded);
    }

    private void record(long audit, Map<Long, String> answers, LocalDateTime at) {
        past.record(
                new PastAudits.Completed(
                        audit, answers, Grade.GOOD, null, null, null, null, null, null, null, null, null, at),
                "test");
    }

    @Test
    void aCaseIsGoodOnAStandardOnlyWhenEveryAnswerOnItIsAndEachMonthCountsItsOwnAudits() throws Exception {
        long programme = AuditFixture.programme(programmes, jdbc, mvc, demo, 6);
        var audits = jdbc.sql("select id from audit where programme_id = :p order by id")
                .param("p", programme)
                .query(Long.class)
                .list();
        var t = tested(programme);
        var march = LocalDateTime.of(2001, 3, 14, 10, 0);
        var september = LocalDateTime.of(2001, 9, 3, 10, 0);
        // March: two good on everything; one good on all but one question of the standard; one not applicable there.
        record(audits.get(0), answers(t, "GOOD", Map.of()), march);
        record(audits.get(1), answers(t, "OUTSTANDING", Map.of()), march);
        record(audits.get(2), answers(t, "GOOD", Map.of(t.questions().getLast(), "REQUIRES_IMPROVEMENT")), march);
        var notApplicable = new LinkedHashMap<Long, String>();
        t.questions().forEach(q -> notApplicable.put(q, Grade.NOT_APPLICABLE));
        record(audits.get(3), answers(t, "GOOD", notApplicable), march);
        // September: one inadequate.
        record(audits.get(4), answers(t, "INADEQUATE", Map.of()), september);

        var standard = StandardResults.Subject.standard(t.standard());
        var question = StandardResults.Subject.question(t.questions().getLast());
        var months = results.months(List.of(standard, question), YearMonth.of(2001, 1), YearMonth.of(2002, 1));
        assertThat(months.tally(standard, YearMonth.of(2001, 3), YearMonth.of(2001, 4), null))
                .as("the not-applicable case is left out; the one with a weaker answer is not good")
                .isEqualTo(new StandardResults.Tally(3, 2));
        assertThat(months.tally(standard, YearMonth.of(2001, 4), YearMonth.of(2002, 1), null))
                .isEqualTo(new StandardResults.Tally(1, 0));
        assertThat(months.tally(standard, YearMonth.of(2001, 1), YearMonth.of(2002, 1), null))
                .isEqualTo(new StandardResults.Tally(4, 2));
        assertThat(months.tally(question, YearMonth.of(2001, 3), YearMonth.of(2001, 4), null))
                .as("the question on its own: three answered, two good")
                .isEqualTo(new StandardResults.Tally(3, 2));
        var teams = months.byTeam(standard, YearMonth.of(2001, 1), YearMonth.of(2002, 1));
        assertThat(teams.values().stream()
                        .mapToInt(StandardResults.Tally::audits)
                        .sum())
                .as("every case counted under its team")
                .isEqualTo(4);
        assertThat(results.standardsByTeam(YearMonth.of(2001, 1), YearMonth.of(2002, 1))
                        .get(t.standard()))
                .isEqualTo(teams);
    }

    @Test
    void anAuditSubmittedOnTheFormIsCountedOnceInTheMonthItWasSubmitted() throws Exception {
        long programme = AuditFixture.programme(programmes, jdbc, mvc, demo, 1);
        long audit = AuditFixture.firstAudit(jdbc, programme);
        var t = tested(programme);
        var standard = StandardResults.Subject.standard(t.standard());
        var thisMonth = YearMonth.now();
        var before = results.months(List.of(standard), thisMonth, thisMonth.plusMonths(1))
                .tally(standard, thisMonth, thisMonth.plusMonths(1), null);

        var request = post("/audit/audits/" + audit)
                .with(csrf())
                .with(demo.as("leader"))
                .param("action", "submit")
                .param("lockVersion", "0");
        AuditFixture.complete(jdbc, audit).forEach(request::param);
        assertThat(mvc.perform(request).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/audit");

        var after = results.months(List.of(standard), thisMonth, thisMonth.plusMonths(1))
                .tally(standard, thisMonth, thisMonth.plusMonths(1), null);
        assertThat(after).isEqualTo(new StandardResults.Tally(before.audits() + 1, before.goodOrBetter() + 1));
    }

    private static Map<Long, String> answers(Tested t, String grade, Map<Long, String> except) {
        var answers = new LinkedHashMap<Long, String>();
        t.allGraded().forEach(q -> answers.put(q, except.getOrDefault(q, grade)));
        return answers;
    }
}
