package org.praxis.surveys;

import java.math.BigDecimal;
import java.util.Map;
import org.praxis.web.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** National figures the QA lead enters for a survey (for example from the national health check), per question. */
@Service
@Transactional
class NationalFigures {

    private final JdbcClient jdbc;

    NationalFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Map<String, BigDecimal> of(long surveyId) {
        var figures = new java.util.HashMap<String, BigDecimal>();
        jdbc.sql("select question_code, agreeing_percent from survey_national_figure where survey_id = ?")
                .param(surveyId)
                .query((java.sql.ResultSet rs) -> {
                    figures.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return figures;
    }

    @Transactional(readOnly = true)
    String source(long surveyId) {
        return jdbc.sql("select max(source) from survey_national_figure where survey_id = ?")
                .param(surveyId)
                .query(String.class)
                .optional()
                .orElse("");
    }

    /** Replaces the survey's national figures: a blank figure removes it. Every figure is checked before any is kept. */
    void replace(long surveyId, Map<String, BigDecimal> figures, String source) {
        figures.forEach((code, percent) -> {
            if (percent != null && (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
                throw new Refused("n-" + code, "The national figure must be a percentage from 0 to 100");
            }
        });
        if (figures.values().stream().anyMatch(java.util.Objects::nonNull) && (source == null || source.isBlank())) {
            throw new Refused("source", "Enter where the national figures come from");
        }
        jdbc.sql("delete from survey_national_figure where survey_id = ?")
                .param(surveyId)
                .update();
        figures.forEach((code, percent) -> {
            if (percent != null) {
                jdbc.sql("insert into survey_national_figure (survey_id, question_code, agreeing_percent, source)"
                                + " values (?, ?, ?, ?)")
                        .params(surveyId, code, percent, source.strip())
                        .update();
            }
        });
    }
}
