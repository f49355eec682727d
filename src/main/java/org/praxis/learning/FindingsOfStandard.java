package org.praxis.learning;

import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.RecordAccess;
import org.praxis.standards.StandardCitations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviews' findings that bear on a standard (the 25 newest), on the standard's page, for those who may read
 * learning reviews.
 */
@Component
class FindingsOfStandard implements StandardCitations {

    private final JdbcClient jdbc;

    FindingsOfStandard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String heading() {
        return "Learning from reviews that bears on it";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Citation> of(long standardId, CurrentUser reader) {
        if (!RecordAccess.mayReadLearning(reader)) {
            return List.of();
        }
        return jdbc.sql("""
                        select r.id, f.id, r.title, f.lesson from learning_finding_standard fs
                            join learning_finding f on f.id = fs.finding_id
                            join learning_review r on r.id = f.review_id
                        where fs.standard_id = :standard
                        order by r.published_on desc, r.id desc, f.position fetch first 25 rows only
                        """)
                .param("standard", standardId)
                .query((rs, n) -> new Citation(
                        rs.getString(3) + ": " + rs.getString(4),
                        "/learning/reviews/" + rs.getLong(1) + "#finding-" + rs.getLong(2)))
                .list();
    }
}
