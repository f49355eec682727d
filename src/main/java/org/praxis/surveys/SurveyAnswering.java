package org.praxis.surveys;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.praxis.identity.RecordRefused;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.web.NotFound;
import org.praxis.web.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Answering a survey, signed in or through a single-use link. In one transaction the invitation is marked answered
 * and the answers are written apart from it: a response with a random id, the survey's declared groups only, and no
 * time; free text as comments with no link to the response (decision 0033).
 */
@Service
@Transactional
class SurveyAnswering {

    /** Whom an answer is from, as far as this service needs to know to refuse a second one. */
    record Invitation(long surveyId, long staffId) {}

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final JdbcClient jdbc;
    private final Surveys surveys;
    private final QuestionBanks banks;
    private final OrganisationDirectory organisation;

    SurveyAnswering(JdbcClient jdbc, Surveys surveys, QuestionBanks banks, OrganisationDirectory organisation) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.banks = banks;
        this.organisation = organisation;
    }

    /** The invitation a single-use link stands for, while it has not been used. */
    @Transactional(readOnly = true)
    Optional<Invitation> byLink(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select survey_id, staff_id from survey_invitation where token_hash = ? and responded = false")
                .param(Surveys.hash(token))
                .query((rs, n) -> new Invitation(rs.getLong(1), rs.getLong(2)))
                .optional();
    }

    /** The survey, if this person may answer it now; refused with the reason otherwise. */
    @Transactional(readOnly = true)
    Surveys.Survey answerable(Invitation invitation) {
        var survey = surveys.survey(invitation.surveyId()).orElseThrow(NotFound::new);
        var responded = jdbc.sql("select responded from survey_invitation where survey_id = ? and staff_id = ?")
                .params(invitation.surveyId(), invitation.staffId())
                .query(Boolean.class)
                .optional()
                .orElseThrow(() -> new RecordRefused("Survey", invitation.surveyId(), "not sent to this person"));
        if (responded) {
            throw new Refused("You have answered this survey already. Thank you");
        }
        switch (survey.stage(surveys.today())) {
            case SENT ->
                throw new Refused("This survey opens on " + survey.opensOn().format(DAY));
            case CLOSED ->
                throw new Refused(
                        "This survey closed on " + survey.closesOn().format(DAY) + ": answers are no longer taken");
            default -> {}
        }
        return survey;
    }

    List<Question> questions(Surveys.Survey survey) {
        return banks.questions(survey.versionId());
    }

    /**
     * Records the answers, or the problems with them in {@code errors} and nothing written. The invitation is marked
     * answered only if nobody (another tab) did so first, so a person's answers count once.
     */
    boolean answer(Invitation invitation, SurveyAnswers answers, Errors errors) {
        var survey = answerable(invitation);
        var questions = questions(survey);
        answers.check(errors, questions);
        if (errors.hasErrors()) {
            return false;
        }
        int marked = jdbc.sql("update survey_invitation set responded = true, token_hash = null"
                        + " where survey_id = ? and staff_id = ? and responded = false")
                .params(invitation.surveyId(), invitation.staffId())
                .update();
        if (marked != 1) {
            throw new Refused("You have answered this survey already. Thank you");
        }
        var person = organisation.staffRecord(invitation.staffId()).orElseThrow(NotFound::new);
        var serviceArea = person.teamId() == null
                ? null
                : organisation.team(person.teamId()).map(t -> t.serviceAreaId()).orElse(null);
        var groups = survey.groups();
        jdbc.sql("insert into survey_response (id, survey_id, team_id, service_area_id, job_role, employment_type,"
                        + " answers) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID().toString(),
                        survey.id(),
                        groups.team() ? person.teamId() : null,
                        groups.service() ? serviceArea : null,
                        groups.role() && person.jobRole() != null
                                ? person.jobRole().name()
                                : null,
                        groups.employment() && person.employmentType() != null
                                ? person.employmentType().name()
                                : null,
                        answers.stored(questions))
                .update();
        for (var q : questions) {
            var text = answers.text(q);
            if (!q.kind().closed() && !text.isEmpty()) {
                jdbc.sql("insert into survey_comment (id, survey_id, question_id, body, status) values (?, ?, ?, ?, ?)")
                        .params(UUID.randomUUID().toString(), survey.id(), q.id(), text, "WAITING")
                        .update();
            }
        }
        return true;
    }
}
