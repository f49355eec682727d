package org.praxis.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.praxis.audit.StandardResults;
import org.praxis.statistics.Share;
import org.praxis.statistics.SmallNumbers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Has the learning changed practice? For each finding, the share of audited cases good or better on each standard
 * and question it is linked to, in the year before the review was published and in the year since (or the months
 * since, while a year has not passed), each with its 95% interval and the number of audits, and a reading that claims
 * no more than the intervals allow (decision 0031). The month of publication is left out of both: practice in it is
 * neither before nor after. Windows of the same length compare like with like, and a review's evidence stops moving
 * once its year is over.
 */
@Service
class EvidenceOfChange {

    /** One linked standard or question: before, since, and what the change says. */
    record Measure(String label, boolean withdrawn, Share before, Share after, SmallNumbers.Change change) {}

    /** A finding's evidence: the windows compared, each measure, and the reading in words. */
    record Evidence(
            LocalDate published,
            YearMonth beforeFrom,
            YearMonth afterUntil,
            List<Measure> measures,
            SmallNumbers.Reading reading,
            String words) {

        public boolean measured() {
            return !measures.isEmpty() && published != null;
        }

        /** "April 2025 to March 2026" */
        public String beforeWindow() {
            return month(beforeFrom) + " to "
                    + month(
                            published == null
                                    ? beforeFrom
                                    : YearMonth.from(published).minusMonths(1));
        }

        public String afterWindow() {
            return published == null
                    ? ""
                    : month(YearMonth.from(published).plusMonths(1)) + " to " + month(afterUntil.minusMonths(1));
        }

        private static String month(YearMonth m) {
            return m.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " "
                    + m.getYear();
        }
    }

    private final StandardResults results;
    private final SmallNumbers rules;
    private final Clock clock;
    private final int monthsBefore;
    private final Map<Long, String> questionLabels = new java.util.concurrent.ConcurrentHashMap<>();

    EvidenceOfChange(
            StandardResults results,
            SmallNumbers rules,
            Clock clock,
            @Value("${praxis.learning.months-compared:12}") int monthsBefore) {
        this.results = results;
        this.rules = rules;
        this.clock = clock;
        this.monthsBefore = monthsBefore;
    }

    /**
     * The evidence for each of these findings, by finding id, with the reviews' publication dates. One query for all
     * the audits' monthly counts, and one for the questions' wording when a finding names questions.
     */
    @Transactional(readOnly = true)
    Map<Long, Evidence> of(Collection<Reviews.Finding> findings, Map<Long, LocalDate> publishedOn) {
        var today = YearMonth.now(clock);
        var now = today.plusMonths(1);
        var subjects = new ArrayList<StandardResults.Subject>();
        YearMonth earliest = now;
        for (var f : findings) {
            var published = publishedOn.get(f.reviewId());
            if (published == null) {
                continue;
            }
            f.standards().forEach(s -> subjects.add(StandardResults.Subject.standard(s.id())));
            f.questionIds().forEach(q -> subjects.add(StandardResults.Subject.question(q)));
            var from = YearMonth.from(published).minusMonths(monthsBefore);
            earliest = from.isBefore(earliest) ? from : earliest;
        }
        var months = results.months(subjects, earliest, now);
        var labels = questionLabels(findings);
        var evidence = new LinkedHashMap<Long, Evidence>();
        for (var f : findings) {
            var published = publishedOn.get(f.reviewId());
            var measures = new ArrayList<Measure>();
            YearMonth from =
                    published == null ? today : YearMonth.from(published).minusMonths(monthsBefore);
            var until =
                    published == null ? now : min(now, YearMonth.from(published).plusMonths(monthsBefore + 1));
            if (published != null) {
                var month = YearMonth.from(published);
                for (var s : f.standards()) {
                    measures.add(measure(
                            s.label(),
                            s.withdrawn(),
                            months,
                            StandardResults.Subject.standard(s.id()),
                            from,
                            month,
                            until));
                }
                for (var q : f.questionIds()) {
                    measures.add(measure(
                            labels.getOrDefault(q, "Question no longer published"),
                            false,
                            months,
                            StandardResults.Subject.question(q),
                            from,
                            month,
                            until));
                }
            }
            var reading = reading(published, measures);
            evidence.put(f.id(), new Evidence(published, from, until, measures, reading.reading(), reading.words()));
        }
        return evidence;
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }

    private Measure measure(
            String label,
            boolean withdrawn,
            StandardResults.Months months,
            StandardResults.Subject subject,
            YearMonth from,
            YearMonth published,
            YearMonth until) {
        var before = months.tally(subject, from, published, null).share();
        var after = months.tally(subject, published.plusMonths(1), until, null).share();
        return new Measure(label, withdrawn, before, after, rules.change(before, after, "audits"));
    }

    record Words(SmallNumbers.Reading reading, String words) {}

    /**
     * The finding's reading in words. Improved only when every judged measure improved; worse when any got worse; and
     * when some improved and others cannot yet be told apart from chance, both are said.
     */
    static Words reading(LocalDate published, List<Measure> measures) {
        if (published == null) {
            return new Words(SmallNumbers.Reading.TOO_FEW, "Not published yet: nothing to compare");
        }
        if (measures.isEmpty()) {
            return new Words(
                    SmallNumbers.Reading.TOO_FEW,
                    "Not linked to a practice standard or audit question: nothing to measure");
        }
        var judged = measures.stream()
                .filter(m -> m.change().reading() != SmallNumbers.Reading.TOO_FEW)
                .toList();
        if (judged.isEmpty()) {
            return new Words(SmallNumbers.Reading.TOO_FEW, "Too few audits to judge yet");
        }
        var worse = names(judged, SmallNumbers.Reading.WORSE);
        var improved = names(judged, SmallNumbers.Reading.IMPROVED);
        var unclear = names(judged, SmallNumbers.Reading.NO_CLEAR_CHANGE);
        if (!worse.isEmpty()) {
            return new Words(SmallNumbers.Reading.WORSE, "Worse since the review on " + String.join("; ", worse));
        }
        if (!improved.isEmpty() && unclear.isEmpty()) {
            return new Words(
                    SmallNumbers.Reading.IMPROVED,
                    "Improved" + (judged.size() < measures.size() ? " (where there are enough audits to judge)" : ""));
        }
        if (!improved.isEmpty()) {
            return new Words(
                    SmallNumbers.Reading.NO_CLEAR_CHANGE,
                    "Improved on " + String.join("; ", improved) + "; no clear change yet on "
                            + String.join("; ", unclear));
        }
        return new Words(SmallNumbers.Reading.NO_CLEAR_CHANGE, "No clear change yet: the intervals overlap");
    }

    private static List<String> names(List<Measure> measures, SmallNumbers.Reading reading) {
        return measures.stream()
                .filter(m -> m.change().reading() == reading)
                .map(Measure::label)
                .toList();
    }

    private Map<Long, String> questionLabels(Collection<Reviews.Finding> findings) {
        var wanted = findings.stream()
                .flatMap(f -> f.questionIds().stream())
                .filter(q -> !questionLabels.containsKey(q))
                .toList();
        if (!wanted.isEmpty()) {
            // Published questions never change wording (a change is a new version), so their labels may be kept.
            results.publishedQuestions().forEach(q -> questionLabels.put(q.id(), q.label()));
        }
        var labels = new HashMap<Long, String>();
        findings.stream().flatMap(f -> f.questionIds().stream()).forEach(q -> labels.put(q, questionLabels.get(q)));
        labels.values().removeIf(java.util.Objects::isNull);
        return labels;
    }
}
