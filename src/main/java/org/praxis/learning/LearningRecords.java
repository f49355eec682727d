package org.praxis.learning;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.praxis.standards.CareService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews recorded from outside the screens, by the same rules: a council's past reviews, the demo council's and the
 * benchmarks'. Actions for the recommendations are raised in the action tracker with source {@value #SOURCE} and the
 * recommendation's id.
 */
@Service
public class LearningRecords {

    public static final String SOURCE = Reviews.SOURCE;

    /** A review: kind, service and status by their names ({@code SAR}, {@code ADULTS}, {@code PUBLISHED}). */
    public record ReviewPlan(
            String title,
            String kind,
            String service,
            String author,
            LocalDate commissionedOn,
            LocalDate publishedOn,
            String status,
            String link,
            String summary) {}

    /** A recommendation as the review numbers it. */
    public record RecommendationPlan(String number, String text) {}

    private final Reviews reviews;
    private final LearningThemes themes;

    LearningRecords(Reviews reviews, LearningThemes themes) {
        this.reviews = reviews;
        this.themes = themes;
    }

    @Transactional
    public long addReview(ReviewPlan plan, String by) {
        return reviews.add(
                new Reviews.Details(
                        plan.title(),
                        ReviewKind.valueOf(plan.kind()),
                        CareService.valueOf(plan.service()),
                        plan.author(),
                        plan.commissionedOn(),
                        plan.publishedOn(),
                        ReviewStatus.valueOf(plan.status()),
                        plan.link(),
                        plan.summary()),
                by);
    }

    /** A finding filed under themes named as on the council's list, bearing on these standards and questions. */
    @Transactional
    public long addFinding(
            long reviewId, String lesson, Set<String> themeNames, Set<Long> standardIds, Set<Long> questionIds) {
        var byName = new HashMap<String, Long>();
        themes.all().forEach(t -> byName.put(Reviews.key(t.name()), t.id()));
        var themeIds = themeNames.stream()
                .map(n -> {
                    var id = byName.get(Reviews.key(n));
                    if (id == null) {
                        throw new IllegalArgumentException("No learning theme called " + n);
                    }
                    return id;
                })
                .collect(Collectors.toSet());
        return reviews.addFinding(reviewId, new Reviews.FindingLinks(lesson, null, themeIds, standardIds, questionIds));
    }

    /** Recommendations following from a finding (or none), returned as their ids in the order given. */
    @Transactional
    public List<Long> addRecommendations(
            long reviewId, Long findingId, List<RecommendationPlan> recommendations, String by) {
        reviews.addRecommendations(
                reviewId,
                recommendations.stream()
                        .map(r -> new Reviews.NewRecommendation(r.number(), r.text(), findingId))
                        .toList(),
                by);
        var numbers = recommendations.stream().map(RecommendationPlan::number).toList();
        return reviews.recommendations(reviewId).stream()
                .filter(r -> numbers.contains(r.number()))
                .sorted(java.util.Comparator.comparingInt(r -> numbers.indexOf(r.number())))
                .map(Reviews.Recommendation::id)
                .toList();
    }

    @Transactional
    public void linkCase(long reviewId, String caseReference, String by) {
        reviews.addCase(reviewId, caseReference, by);
    }
}
