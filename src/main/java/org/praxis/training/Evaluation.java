package org.praxis.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.praxis.audit.StandardResults;
import org.praxis.standards.StandardsManual;
import org.praxis.statistics.Share;
import org.praxis.statistics.SmallNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Did a session help? Attendees' confidence before and after (shown only from enough answers that nobody's can be
 * told apart), and the course's standards in its teams: the 12 months before the session against the months after,
 * read as the learning module reads a review's before and after (the one reading in {@link SmallNumbers#change}).
 */
@Service
class Evaluation {

    /** Confidence answers of a session; {@code shown} false when there are too few to show. */
    record Confidence(
            int answers,
            boolean shown,
            double meanBefore,
            double meanAfter,
            Share confidentBefore,
            Share confidentAfter,
            SmallNumbers.Change change) {}

    /** One linked standard before and after; a share is null when its group is too small to show. */
    record StandardAfter(long standardId, String label, Share before, Share after, String reading) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final StandardResults results;
    private final StandardsManual standards;
    private final SmallNumbers smallNumbers;

    Evaluation(
            JdbcClient jdbc,
            Clock clock,
            StandardResults results,
            StandardsManual standards,
            SmallNumbers smallNumbers) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.results = results;
        this.standards = standards;
        this.smallNumbers = smallNumbers;
    }

    /** The attendees' answers, counted in one query. "Confident" is 4 or 5 on the scale of 1 to 5. */
    @Transactional(readOnly = true)
    Confidence confidence(long sessionId) {
        return jdbc.sql("""
                        select count(*), coalesce(sum(confidence_before), 0), coalesce(sum(confidence_after), 0),
                            coalesce(sum(case when confidence_before >= 4 then 1 else 0 end), 0),
                            coalesce(sum(case when confidence_after >= 4 then 1 else 0 end), 0)
                        from training_attendance
                        where session_id = ? and attended = true
                            and confidence_before is not null and confidence_after is not null
                        """)
                .param(sessionId)
                .query((rs, n) -> {
                    int answers = rs.getInt(1);
                    if (smallNumbers.group(answers) == SmallNumbers.Visibility.SUPPRESSED) {
                        return new Confidence(answers, false, Double.NaN, Double.NaN, null, null, null);
                    }
                    var before = Share.of(rs.getInt(4), answers);
                    var after = Share.of(rs.getInt(5), answers);
                    return new Confidence(
                            answers,
                            true,
                            (double) rs.getLong(2) / answers,
                            (double) rs.getLong(3) / answers,
                            before,
                            after,
                            smallNumbers.change(before, after, "answers"));
                })
                .single();
    }

    /**
     * The course's standards in its target teams (every team when it names none): the 12 months before the session's
     * month against the months after it, up to this month. One query for the audit counts.
     */
    @Transactional(readOnly = true)
    List<StandardAfter> standardsAfter(Courses.Course course, LocalDate sessionDay) {
        if (course.standardIds().isEmpty()) {
            return List.of();
        }
        var month = YearMonth.from(sessionDay);
        var thisMonth = YearMonth.from(LocalDate.now(clock));
        var labels = standards.current(null, null).stream()
                .collect(Collectors.toMap(StandardsManual.Standard::id, StandardsManual.Standard::label));
        var subjects = course.standardIds().stream()
                .map(StandardResults.Subject::standard)
                .toList();
        var months = results.months(subjects, month.minusMonths(12), thisMonth.plusMonths(1));
        var found = new ArrayList<StandardAfter>();
        for (var standardId : Courses.sorted(course.standardIds())) {
            var subject = StandardResults.Subject.standard(standardId);
            var before = tally(months, subject, month.minusMonths(12), month, course.teamIds());
            var after = tally(months, subject, month.plusMonths(1), thisMonth.plusMonths(1), course.teamIds());
            var label = labels.getOrDefault(standardId, "A standard no longer in the manual");
            if (!month.isBefore(thisMonth)) {
                found.add(new StandardAfter(
                        standardId,
                        label,
                        shown(before, course),
                        null,
                        "Not yet: the months after the session have not ended"));
                continue;
            }
            var beforeShown = shown(before, course);
            var afterShown = shown(after, course);
            var reading = beforeShown == null || afterShown == null
                    ? "Not shown: fewer than " + smallNumbers.fewestShown() + " audits in the teams"
                    : smallNumbers.change(beforeShown, afterShown, "audits").words();
            found.add(new StandardAfter(standardId, label, beforeShown, afterShown, reading));
        }
        return found;
    }

    private static StandardResults.Tally tally(
            StandardResults.Months months,
            StandardResults.Subject subject,
            YearMonth from,
            YearMonth until,
            Set<Long> teams) {
        if (teams.isEmpty()) {
            return months.tally(subject, from, until, null);
        }
        var byTeam = months.byTeam(subject, from, until);
        int audits = 0;
        int good = 0;
        for (var team : teams) {
            var t = byTeam.getOrDefault(team, StandardResults.Tally.NONE);
            audits += t.audits();
            good += t.goodOrBetter();
        }
        return new StandardResults.Tally(audits, good);
    }

    /** A few teams' share is suppressed when small; the whole council's never is (it singles nobody out). */
    private Share shown(StandardResults.Tally tally, Courses.Course course) {
        if (!course.teamIds().isEmpty() && smallNumbers.group(tally.audits()) == SmallNumbers.Visibility.SUPPRESSED) {
            return null;
        }
        return tally.share();
    }
}
