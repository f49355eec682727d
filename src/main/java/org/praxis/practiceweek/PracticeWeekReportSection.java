package org.praxis.practiceweek;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.praxis.documents.ReportPeriod;
import org.praxis.documents.ReportSection;
import org.praxis.documents.ReportSectionSource;
import org.praxis.documents.SectionReadings;
import org.praxis.statistics.Share;
import org.praxis.statistics.SmallNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Practice Week section of the composed reports: the weeks that began in the quarter, how far they reached (teams
 * visited of the teams taking part, visits recorded of those planned), who was heard, and the themes the visitors
 * recorded, against the last quarter before it that had a Practice Week. Two aggregate queries and one over the
 * quarter's themes; no visit is named.
 */
@Component
class PracticeWeekReportSection implements ReportSectionSource {

    static final String KEY = "practice-week";
    private static final int THEMES = 8;

    /** A week's reach. */
    record WeekFigures(
            long id,
            String name,
            LocalDate firstDay,
            int teams,
            int teamsVisited,
            int visitsPlanned,
            int visitsRecorded,
            int familiesHeard,
            int staffHeard) {}

    private final JdbcClient jdbc;
    private final SmallNumbers rules;

    PracticeWeekReportSection(JdbcClient jdbc, SmallNumbers rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    @Transactional(readOnly = true)
    public ReportSection section(ReportPeriod period) {
        // the quarter's weeks, and those of the two years before it for the comparison
        var weeks = jdbc.sql("""
                        select w.id, w.name, w.first_day,
                            (select count(*) from practice_week_team t where t.week_id = w.id),
                            (select count(distinct s.team_id) from visit_record r join visit_slot s on s.id = r.slot_id
                                where s.week_id = w.id and r.status = 'SUBMITTED'),
                            (select count(*) from visit_assignment a join visit_slot s on s.id = a.slot_id
                                where s.week_id = w.id),
                            (select count(*) from visit_record r join visit_slot s on s.id = r.slot_id
                                where s.week_id = w.id and r.status = 'SUBMITTED'),
                            (select count(*) from family_feedback f where f.week_id = w.id),
                            (select count(*) from staff_week_feedback f where f.week_id = w.id)
                        from practice_week w
                        where w.first_day >= ? and w.first_day <= ?
                        order by w.first_day, w.id
                        """)
                .params(period.from().minusYears(2), period.to())
                .query((rs, n) -> new WeekFigures(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getInt(9)))
                .list();
        var now = weeks.stream()
                .filter(w -> ReportPeriod.containing(w.firstDay()).equals(period))
                .toList();
        var earlier =
                weeks.stream().filter(w -> w.firstDay().isBefore(period.from())).toList();
        var lastQuarter = earlier.isEmpty()
                ? null
                : ReportPeriod.containing(earlier.getLast().firstDay());
        var before = lastQuarter == null
                ? List.<WeekFigures>of()
                : earlier.stream()
                        .filter(w -> ReportPeriod.containing(w.firstDay()).equals(lastQuarter))
                        .toList();
        return compose(period, now, lastQuarter, before, now.isEmpty() ? Map.of() : themes(period));
    }

    ReportSection compose(
            ReportPeriod period,
            List<WeekFigures> now,
            ReportPeriod lastQuarter,
            List<WeekFigures> before,
            Map<String, Integer> themes) {
        var title = "Practice Week";
        if (now.isEmpty()) {
            return SectionReadings.nothing(
                    KEY, title, "No Practice Week was held in " + period.label() + ".", "/practice-week");
        }
        var beforeLabel = lastQuarter == null
                ? "an earlier quarter"
                : "the last Practice Week (" + lastQuarter.shortLabel() + ")";
        var teams = Share.of(sum(now, WeekFigures::teamsVisited), sum(now, WeekFigures::teams));
        var teamsBefore = Share.of(sum(before, WeekFigures::teamsVisited), sum(before, WeekFigures::teams));
        var visits = Share.of(sum(now, WeekFigures::visitsRecorded), sum(now, WeekFigures::visitsPlanned));
        var visitsBefore = Share.of(sum(before, WeekFigures::visitsRecorded), sum(before, WeekFigures::visitsPlanned));
        var teamsReading = SectionReadings.share(rules, teams, teamsBefore, beforeLabel, "teams", true);
        var visitsReading = SectionReadings.share(rules, visits, visitsBefore, beforeLabel, "visits", true);
        int heard = sum(now, WeekFigures::familiesHeard);
        var heardReading = SectionReadings.activity(
                heard, before.isEmpty() ? null : (long) sum(before, WeekFigures::familiesHeard), beforeLabel);
        var headlines = List.of(
                new ReportSection.Headline(
                        "teams-visited",
                        "Teams visited",
                        teams.known()
                                ? sum(now, WeekFigures::teamsVisited) + " of " + teams.size()
                                : "No teams taking part",
                        teams.known()
                                ? Share.percent(teams.value()) + " of the teams taking part had a visit recorded"
                                : "no teams were taking part",
                        teamsReading.words(),
                        teamsReading.trend(),
                        "/practice-week/" + now.getLast().id() + "/report"),
                new ReportSection.Headline(
                        "visits-done",
                        "Visits done of those planned",
                        visits.known()
                                ? sum(now, WeekFigures::visitsRecorded) + " of " + visits.size()
                                : "None planned",
                        visits.known()
                                ? Share.percent(visits.value()) + " of planned visits have a submitted record"
                                : "no visits were planned",
                        visitsReading.words(),
                        visitsReading.trend(),
                        "/practice-week/" + now.getLast().id() + "/report"),
                new ReportSection.Headline(
                        "families-heard",
                        "Families, children and adults who gave feedback",
                        String.valueOf(heard),
                        "feedback forms received during the week" + (now.size() > 1 ? "s" : ""),
                        heardReading.words(),
                        heardReading.trend(),
                        "/practice-week/" + now.getLast().id() + "/report"));
        var weekRows = now.stream()
                .map(w -> List.of(
                        w.name(),
                        w.firstDay().toString(),
                        w.teamsVisited() + " of " + w.teams(),
                        w.visitsRecorded() + " of " + w.visitsPlanned(),
                        String.valueOf(w.familiesHeard()),
                        String.valueOf(w.staffHeard())))
                .toList();
        var weekTable = new ReportSection.Table(
                "Practice Weeks in " + period.shortLabel(),
                List.of(
                        "Week",
                        "First day",
                        "Teams visited",
                        "Visits recorded of planned",
                        "Families heard",
                        "Staff feedback"),
                weekRows);
        var charts = new ArrayList<ReportSection.Chart>();
        var themeList = themes.entrySet().stream().limit(THEMES).toList();
        if (!themeList.isEmpty()) {
            charts.add(new ReportSection.Chart(
                    "Themes the visitors recorded",
                    "Bar chart of the themes most often recorded in the quarter's visit records; the most common, "
                            + themeList.getFirst().getKey() + ", in "
                            + themeList.getFirst().getValue() + " visits.",
                    ReportSection.Chart.Kind.BARS,
                    "Visits",
                    themeList.stream()
                            .map(e -> new ReportSection.Chart.Point(e.getKey(), (double) e.getValue(), null, null))
                            .toList(),
                    new ReportSection.Table(
                            "Themes recorded in visits",
                            List.of("Theme", "Visits"),
                            themeList.stream()
                                    .map(e -> List.of(e.getKey(), String.valueOf(e.getValue())))
                                    .toList())));
        }
        var summary = (now.size() == 1 ? "One Practice Week" : now.size() + " Practice Weeks") + " began in "
                + period.label() + ". Visits were recorded in " + sum(now, WeekFigures::teamsVisited) + " of the "
                + teams.size() + " teams taking part, and " + sum(now, WeekFigures::visitsRecorded) + " of "
                + visits.size() + " planned visits have a record (" + SectionReadings.inSentence(visitsReading.words())
                + "). " + heard + " families, children and adults gave feedback"
                + (themeList.isEmpty()
                        ? "."
                        : "; the themes recorded most often were "
                                + String.join(
                                        ", ",
                                        themeList.stream()
                                                .limit(3)
                                                .map(Map.Entry::getKey)
                                                .toList()) + ".");
        return new ReportSection(KEY, title, summary, "/practice-week", headlines, charts, List.of(weekTable));
    }

    /** The themes of the quarter's submitted visit records, counted case-insensitively, most frequent first. */
    private Map<String, Integer> themes(ReportPeriod period) {
        var counts = new LinkedHashMap<String, Integer>();
        jdbc.sql("""
                        select r.themes from visit_record r join visit_slot s on s.id = r.slot_id
                            join practice_week w on w.id = s.week_id
                        where w.first_day >= ? and w.first_day <= ? and r.status = 'SUBMITTED' and r.themes is not null
                        """).params(period.from(), period.to()).query((java.sql.ResultSet rs) -> {
            for (var theme : rs.getString(1).split(",")) {
                var tidy = theme.strip().toLowerCase(Locale.UK);
                if (!tidy.isEmpty()) {
                    counts.merge(tidy, 1, Integer::sum);
                }
            }
        });
        var sorted = new LinkedHashMap<String, Integer>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static int sum(List<WeekFigures> weeks, java.util.function.ToIntFunction<WeekFigures> figure) {
        return weeks.stream().mapToInt(figure).sum();
    }
}
