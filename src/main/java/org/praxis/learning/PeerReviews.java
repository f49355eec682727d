package org.praxis.learning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Peer reviews (a kind of learning review, such as a "My Time" review with a neighbouring council) published in a
 * period, with their lessons: the annual health check draws on them rather than keeping a copy.
 */
@Service
@Transactional(readOnly = true)
public class PeerReviews {

    public record PeerReview(long id, String title, String author, LocalDate publishedOn, List<String> lessons) {}

    private final JdbcClient jdbc;

    PeerReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Those published from {@code from} to {@code to}, both included, newest first, each with its lessons in order. */
    public List<PeerReview> publishedBetween(LocalDate from, LocalDate to) {
        var reviews = new LinkedHashMap<Long, PeerReview>();
        jdbc.sql("""
                        select r.id, r.title, r.author, r.published_on, f.lesson
                        from learning_review r left join learning_finding f on f.review_id = r.id
                        where r.kind = 'PEER_REVIEW' and r.published_on >= ? and r.published_on <= ?
                        order by r.published_on desc, r.id, f.position
                        """).params(from, to).query((java.sql.ResultSet rs) -> {
            var review = reviews.computeIfAbsent(rs.getLong(1), id -> {
                try {
                    return new PeerReview(
                            id, rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), new ArrayList<>());
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            if (rs.getString(5) != null) {
                review.lessons().add(rs.getString(5));
            }
        });
        return List.copyOf(reviews.values());
    }
}
