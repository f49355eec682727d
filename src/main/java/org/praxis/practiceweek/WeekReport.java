package org.praxis.practiceweek;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.praxis.actions.Actions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The week's report: what was planned and done, who was heard, strengths and areas for development, themes, approved
 * quotes, the actions raised and how far they have got, and the same figures for the week before.
 */
@Service
class WeekReport {

    /** The figures compared with last time, in the order they are shown. */
    record Figures(
            long slotsOffered,
            long visitsPlanned,
            long visitsRecorded,
            long teamsTakingPart,
            long teamsVisited,
            long visitors,
            long familiesHeard,
            long childrenHeard,
            long staffHeard,
            long actionsRaised,
            long actionsDone) {

        public Map<String, Long> named() {
            var named = new LinkedHashMap<String, Long>();
            named.put("Visit slots offered", slotsOffered);
            named.put("Visits planned", visitsPlanned);
            named.put("Visits recorded", visitsRecorded);
            named.put("Teams taking part", teamsTakingPart);
            named.put("Teams visited", teamsVisited);
            named.put("Visitors", visitors);
            named.put("Families and adults heard", familiesHeard);
            named.put("Children and young people heard", childrenHeard);
            named.put("Staff who gave feedback", staffHeard);
            named.put("Actions raised", actionsRaised);
            named.put("Actions done or verified", actionsDone);
            return named;
        }
    }

    record Theme(String theme, long visits) {}

    record Report(
            PracticeWeeks.Week week,
            Figures figures,
            Optional<PracticeWeeks.Week> previousWeek,
            Optional<Figures> previous,
            List<String> strengths,
            List<String> development,
            List<Theme> themes,
            List<String> quotes,
            List<Actions.ActionRow> actions) {}

    private final JdbcClient jdbc;
    private final PracticeWeeks weeks;
    private final Actions actions;

    WeekReport(JdbcClient jdbc, PracticeWeeks weeks, Actions actions) {
        this.jdbc = jdbc;
        this.weeks = weeks;
        this.actions = actions;
    }

    @Transactional(readOnly = true)
    Optional<Report> of(long weekId) {
        return weeks.week(weekId).map(week -> {
            var previousWeek = weeks.previous(weekId).flatMap(weeks::week);
            var raised = actions.forSources("PRACTICE_WEEK", recordIds(weekId));
            return new Report(
                    week,
                    figures(weekId, raised),
                    previousWeek,
                    previousWeek.map(p -> figures(p.id(), actions.forSources("PRACTICE_WEEK", recordIds(p.id())))),
                    texts(weekId, "r.went_well"),
                    texts(weekId, "r.could_be_better"),
                    themes(weekId),
                    quotes(weekId),
                    raised);
        });
    }

    private List<Long> recordIds(long weekId) {
        return jdbc.sql("""
                        select r.id from visit_record r join visit_slot s on s.id = r.slot_id
                        where s.week_id = ? and r.status = 'SUBMITTED'
                        """).param(weekId).query(Long.class).list();
    }

    private long count(String sql, long weekId) {
        return jdbc.sql(sql).param(weekId).query(Long.class).single();
    }

    private Figures figures(long weekId, List<Actions.ActionRow> raised) {
        return new Figures(
                count("select count(*) from visit_slot where week_id = ?", weekId),
                count(
                        "select count(*) from visit_assignment a join visit_slot s on s.id = a.slot_id where s.week_id = ?",
                        weekId),
                count(
                        "select count(*) from visit_record r join visit_slot s on s.id = r.slot_id"
                                + " where s.week_id = ? and r.status = 'SUBMITTED'",
                        weekId),
                count("select count(*) from practice_week_team where week_id = ?", weekId),
                count(
                        "select count(distinct s.team_id) from visit_assignment a join visit_slot s on s.id = a.slot_id"
                                + " where s.week_id = ?",
                        weekId),
                count("select count(*) from week_visitor where week_id = ?", weekId),
                count(
                        "select count(*) from family_feedback where week_id = ? and who <> 'CHILD_OR_YOUNG_PERSON'",
                        weekId),
                count(
                        "select count(*) from family_feedback where week_id = ? and who = 'CHILD_OR_YOUNG_PERSON'",
                        weekId),
                count("select count(*) from staff_week_feedback where week_id = ?", weekId),
                raised.size(),
                raised.stream()
                        .filter(a -> a.status().name().equals("DONE")
                                || a.status().name().equals("VERIFIED"))
                        .count());
    }

    /** Distinct answers to one question of the submitted records, most common first. */
    private List<String> texts(long weekId, String column) {
        return jdbc.sql("select " + column + ", count(*) from visit_record r join visit_slot s on s.id = r.slot_id"
                        + " where s.week_id = ? and r.status = 'SUBMITTED' and " + column + " is not null"
                        + " group by " + column + " order by count(*) desc, " + column)
                .param(weekId)
                .query((rs, n) -> rs.getString(1) + (rs.getLong(2) > 1 ? " (" + rs.getLong(2) + " visits)" : ""))
                .list();
    }

    private List<Theme> themes(long weekId) {
        var counts = new LinkedHashMap<String, Long>();
        jdbc.sql("select r.themes from visit_record r join visit_slot s on s.id = r.slot_id"
                        + " where s.week_id = ? and r.status = 'SUBMITTED' and r.themes is not null")
                .param(weekId)
                .query((java.sql.ResultSet rs) -> {
                    for (var theme : rs.getString(1).split(",")) {
                        var tidy = theme.strip().toLowerCase(Locale.UK);
                        if (!tidy.isEmpty()) {
                            counts.merge(tidy, 1L, Long::sum);
                        }
                    }
                });
        var themes = new ArrayList<Theme>();
        counts.forEach((t, c) -> themes.add(new Theme(t, c)));
        themes.sort((a, b) -> a.visits() != b.visits()
                ? Long.compare(b.visits(), a.visits())
                : a.theme().compareTo(b.theme()));
        return themes;
    }

    private List<String> quotes(long weekId) {
        return jdbc.sql("""
                        select coalesce(quote_text, went_well, could_be_better, anything_else) from family_feedback
                        where week_id = ? and quote_approved = true and may_quote = true order by received_at
                        """).param(weekId).query(String.class).list();
    }
}
