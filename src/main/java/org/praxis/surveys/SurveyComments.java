package org.praxis.surveys;

import java.util.List;
import org.praxis.web.ListPage;
import org.praxis.web.NotFound;
import org.praxis.web.PageOf;
import org.praxis.web.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Free-text answers. Each waits for the QA lead's review: published (shown with the results, as written) or
 * withheld (it names someone, or would identify its writer). They come in the order of their random ids, not the
 * order they were written.
 */
@Service
@Transactional
class SurveyComments {

    enum Status {
        WAITING("Waiting for review", "yellow"),
        PUBLISHED("Published", "green"),
        WITHHELD("Withheld", "grey");

        private final String label;
        private final String colour;

        Status(String label, String colour) {
            this.label = label;
            this.colour = colour;
        }

        public String label() {
            return label;
        }

        public String colour() {
            return colour;
        }
    }

    record Comment(String id, long questionId, String question, String body, Status status, int lockVersion) {}

    private static final String COMMENT = "select c.id, c.question_id, q.text, c.body, c.status, c.lock_version"
            + " from survey_comment c join survey_question q on q.id = c.question_id";

    private final JdbcClient jdbc;

    SurveyComments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    PageOf<Comment> toReview(long surveyId, Status status, ListPage page) {
        long total = jdbc.sql("select count(*) from survey_comment where survey_id = ? and status = ?")
                .params(surveyId, status.name())
                .query(Long.class)
                .single();
        var items = jdbc.sql(COMMENT + " where c.survey_id = :s and c.status = :status order by c.id"
                        + " offset :o rows fetch next :n rows only")
                .param("s", surveyId)
                .param("status", status.name())
                .param("o", page.offset())
                .param("n", page.size())
                .query(SurveyComments::comment)
                .list();
        return page.of(items, total);
    }

    @Transactional(readOnly = true)
    long waiting(long surveyId) {
        return jdbc.sql("select count(*) from survey_comment where survey_id = ? and status = 'WAITING'")
                .param(surveyId)
                .query(Long.class)
                .single();
    }

    /** The published comments of a survey, for its results. */
    @Transactional(readOnly = true)
    List<Comment> published(long surveyId, int limit) {
        return jdbc.sql(COMMENT + " where c.survey_id = ? and c.status = 'PUBLISHED' order by q.position, c.id"
                        + " fetch first " + limit + " rows only")
                .param(surveyId)
                .query(SurveyComments::comment)
                .list();
    }

    void decide(long surveyId, String commentId, Status decision, int lockVersion, String username) {
        if (decision == Status.WAITING) {
            throw new Refused("decision", "Select publish or withhold");
        }
        int changed = jdbc.sql("update survey_comment set status = ?, reviewed_by = ?, lock_version = lock_version + 1"
                        + " where id = ? and survey_id = ? and lock_version = ?")
                .params(decision.name(), username, commentId, surveyId, lockVersion)
                .update();
        if (changed == 0) {
            if (jdbc.sql("select count(*) from survey_comment where id = ? and survey_id = ?")
                            .params(commentId, surveyId)
                            .query(Integer.class)
                            .single()
                    == 0) {
                throw new NotFound();
            }
            throw new Refused("Someone reviewed this comment after you opened the page: look at it again");
        }
    }

    private static Comment comment(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Comment(
                rs.getString(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                Status.valueOf(rs.getString(5)),
                rs.getInt(6));
    }
}
