package org.praxis.learning;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.praxis.actions.ActionStatus;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Role;
import org.praxis.identity.StaffAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leaders' synopsis: the last reviews published, their lessons in a sentence each, what has been done about
 * their recommendations (actions by status, overdue ones named) and the evidence of change. Directors record that they
 * have read it. A fixed number of queries whatever the number of reviews.
 */
@Service
class Synopsis {

    static final int MOST_REVIEWS = 20;

    record Lesson(Reviews.Finding finding, EvidenceOfChange.Evidence evidence) {}

    record Overdue(String title, String owner, LocalDate due, String recommendation) {}

    record ReviewSummary(
            long id,
            String title,
            String kind,
            LocalDate published,
            List<Lesson> lessons,
            int recommendations,
            int recommendationsDone,
            int recommendationsWithoutAction,
            Map<ActionStatus, Integer> actionsByStatus,
            List<Overdue> overdue) {

        public int actions() {
            return actionsByStatus.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** "2 open, 1 in progress, 3 verified" */
        public String actionsInWords() {
            return actionsByStatus.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey().label().toLowerCase(java.util.Locale.UK))
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }

    record Reader(String name, LocalDateTime lastRead) {}

    private final JdbcClient jdbc;
    private final Reviews reviews;
    private final EvidenceOfChange evidence;
    private final StaffAccounts accounts;
    private final Clock clock;

    Synopsis(JdbcClient jdbc, Reviews reviews, EvidenceOfChange evidence, StaffAccounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.reviews = reviews;
        this.evidence = evidence;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The last {@code count} published reviews (1 to {@value #MOST_REVIEWS}), newest first. */
    @Transactional(readOnly = true)
    List<ReviewSummary> lastReviews(int count) {
        record Row(long id, String title, ReviewKind kind, LocalDate published) {}
        var rows = jdbc.sql("select id, title, kind, published_on from learning_review"
                        + " where published_on is not null and status in ('PUBLISHED', 'CLOSED')"
                        + " order by published_on desc, id desc fetch first :n rows only")
                .param("n", Math.max(1, Math.min(MOST_REVIEWS, count)))
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        ReviewKind.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class)))
                .list();
        var ids = rows.stream().map(Row::id).toList();
        var findings = reviews.findings(ids);
        var recommendations = reviews.recommendations(ids);
        var published = new HashMap<Long, LocalDate>();
        rows.forEach(r -> published.put(r.id(), r.published()));
        var evidenceOf =
                evidence.of(findings.values().stream().flatMap(List::stream).toList(), published);
        var summaries = new ArrayList<ReviewSummary>();
        for (var r : rows) {
            var recs = recommendations.getOrDefault(r.id(), List.of());
            var byStatus = new EnumMap<ActionStatus, Integer>(ActionStatus.class);
            var overdue = new ArrayList<Overdue>();
            for (var rec : recs) {
                for (var a : rec.actions()) {
                    byStatus.merge(a.status(), 1, Integer::sum);
                    if (a.overdue()) {
                        overdue.add(new Overdue(a.title(), a.owner(), a.dueDate(), rec.number()));
                    }
                }
            }
            summaries.add(new ReviewSummary(
                    r.id(),
                    r.title(),
                    r.kind().label(),
                    r.published(),
                    findings.getOrDefault(r.id(), List.of()).stream()
                            .map(f -> new Lesson(f, evidenceOf.get(f.id())))
                            .toList(),
                    recs.size(),
                    (int) recs.stream()
                            .filter(m -> m.progress() == Reviews.Progress.DONE)
                            .count(),
                    (int) recs.stream()
                            .filter(m -> m.progress() == Reviews.Progress.NO_ACTION)
                            .count(),
                    byStatus,
                    overdue));
        }
        return summaries;
    }

    /** A leader records that they have read the synopsis as it stood. */
    @Transactional
    void read(CurrentUser reader, int reviewsShown) {
        jdbc.sql("insert into learning_synopsis_read (user_id, read_at, reviews_shown) values (?, ?, ?)")
                .params(reader.userId(), Timestamp.from(clock.instant()), reviewsShown)
                .update();
    }

    /** Every leader (director) and when they last recorded reading the synopsis; never, where they have not. */
    @Transactional(readOnly = true)
    List<Reader> readers() {
        var leaders = accounts.withAnyRole(Set.of(Role.LEADER));
        var last = new HashMap<Long, LocalDateTime>();
        if (!leaders.isEmpty()) {
            jdbc.sql(
                            "select user_id, max(read_at) from learning_synopsis_read where user_id in (:ids) group by user_id")
                    .param(
                            "ids",
                            leaders.stream()
                                    .map(StaffAccounts.StaffAccount::userId)
                                    .toList())
                    .query(rs -> {
                        last.put(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime());
                    });
        }
        return leaders.stream()
                .map(l -> new Reader(l.name(), last.get(l.userId())))
                .sorted(java.util.Comparator.comparing(Reader::name))
                .toList();
    }
}
