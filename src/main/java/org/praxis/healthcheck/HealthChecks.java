package org.praxis.healthcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.praxis.actions.Actions;
import org.praxis.statistics.SmallNumbers;
import org.praxis.surveys.EmployerStandard;
import org.praxis.surveys.SurveyResults;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year's health check, put together from the modules that own its figures: the health check survey by employer
 * standard (surveys), the workforce's own figures for each standard ({@link WorkforceEvidence}), what changed since
 * the year before, and the action plan from the tracker with its agreement with the trade unions.
 */
@Service
@Transactional(readOnly = true)
class HealthChecks {

    /** One employer standard: what staff said, and what the council's own figures show. */
    record Section(EmployerStandard standard, SurveyResults.StandardResult survey, List<String> evidence) {

        public String surveyText() {
            if (survey == null
                    || survey.agreeing() == null
                    || !survey.agreeing().known()) {
                return "No health check survey answers for this standard.";
            }
            return org.praxis.statistics.Share.percent(survey.agreeing().value()) + " of staff agreed (95% interval "
                    + org.praxis.statistics.Share.percent(survey.agreeing().lower()) + " to "
                    + org.praxis.statistics.Share.percent(survey.agreeing().upper()) + ")"
                    + (survey.lastYear() == null
                            ? "."
                            : "; "
                                    + org.praxis.statistics.Share.percent(
                                            survey.lastYear().value()) + " the year before: " + survey.change() + ".");
        }
    }

    record HealthCheck(
            int year,
            SurveyResults.HealthCheckResults survey,
            List<org.praxis.learning.PeerReviews.PeerReview> peerReviews,
            List<Section> sections,
            List<String> changes,
            List<Actions.ActionRow> actions,
            HealthCheckPlans.Plan plan) {}

    private final SurveyResults surveys;
    private final WorkforceEvidence workforce;
    private final Actions actions;
    private final HealthCheckPlans plans;
    private final org.praxis.learning.PeerReviews peerReviews;

    HealthChecks(
            SurveyResults surveys,
            WorkforceEvidence workforce,
            Actions actions,
            HealthCheckPlans plans,
            org.praxis.learning.PeerReviews peerReviews) {
        this.peerReviews = peerReviews;
        this.surveys = surveys;
        this.workforce = workforce;
        this.actions = actions;
        this.plans = plans;
    }

    /**
     * The last day of the twelve months the council's figures are taken over: the day the health check survey closed,
     * so that staff's answers and the figures are of the same year.
     */
    private static java.time.LocalDate until(SurveyResults.HealthCheckResults survey, int year) {
        return survey == null ? java.time.LocalDate.of(year, 12, 31) : survey.closesOn();
    }

    /** The years with a health check: those whose health check survey has closed, newest first. */
    List<Integer> years() {
        return surveys.healthCheckYears();
    }

    /** Whether the year has a health check, without putting it together. */
    boolean exists(int year) {
        return years().contains(year);
    }

    Optional<HealthCheck> year(int year) {
        var years = years();
        if (!years.contains(year)) {
            return Optional.empty();
        }
        boolean latest = years.getFirst() == year;
        var survey = surveys.healthCheck(year).orElse(null);
        var until = until(survey, year);
        // Read once each: the council's figures for the year (with today's caseloads on the latest) and the year
        // before.
        var figures = workforce.year(until, latest);
        var sections = new ArrayList<Section>();
        var changes = new ArrayList<String>();
        for (var standard : EmployerStandard.values()) {
            var result = survey == null
                    ? null
                    : survey.standards().stream()
                            .filter(s -> s.standard() == standard)
                            .findFirst()
                            .orElse(null);
            sections.add(new Section(standard, result, workforce.evidence(standard, figures)));
            if (result != null
                    && result.lastYear() != null
                    && (result.reading() == SmallNumbers.Reading.IMPROVED
                            || result.reading() == SmallNumbers.Reading.WORSE)) {
                changes.add(standard.label() + ": staff agreement "
                        + result.change().toLowerCase(java.util.Locale.UK)
                        + ", from "
                        + org.praxis.statistics.Share.percent(result.lastYear().value()) + " to "
                        + org.praxis.statistics.Share.percent(result.agreeing().value()) + ".");
            }
        }
        changes.addAll(workforce.changes(figures, workforce.year(until.minusYears(1), false)));
        return Optional.of(new HealthCheck(
                year,
                survey,
                peerReviews.publishedBetween(until.minusYears(1).plusDays(1), until),
                sections,
                changes,
                actions.forSource(HealthCheckPlans.SOURCE, year),
                plans.plan(year).orElse(null)));
    }
}
