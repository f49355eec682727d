package org.praxis.surveys;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.praxis.organisation.EmploymentType;
import org.praxis.organisation.JobRole;
import org.praxis.web.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Surveys as they happened, for the demo council and the benchmark: a closed survey with who was asked and who
 * answered, and (apart, as answering keeps them) the answers. Nothing here is reachable from a screen.
 */
@Service
@Transactional
public class SurveyRecords {

    /** A survey that ran: its bank by kind (the latest published version), dates and the groups it declared. */
    public record Past(
            String title,
            String bankKind,
            LocalDate opensOn,
            LocalDate closesOn,
            boolean byTeam,
            boolean byService,
            boolean byRole,
            boolean byEmployment) {}

    /** One person's answers, with only the groups the survey declared: options from 0, one per closed question. */
    public record Response(
            Long teamId, Long serviceAreaId, JobRole role, EmploymentType employment, int[] options, String comment) {}

    private final JdbcClient jdbc;
    private final QuestionBanks banks;
    private final Surveys surveys;

    SurveyRecords(JdbcClient jdbc, QuestionBanks banks, Surveys surveys) {
        this.jdbc = jdbc;
        this.banks = banks;
        this.surveys = surveys;
    }

    /** The closed questions of a bank kind's latest published version, in order: what a response's options answer. */
    @Transactional(readOnly = true)
    public List<Question> closedQuestions(String bankKind) {
        return banks.questions(latest(bankKind)).stream()
                .filter(q -> q.kind().closed())
                .toList();
    }

    /**
     * Writes a survey that ran: invitations for {@code asked}, those in {@code answered} marked as answered, and the
     * responses with their free text ({@code commentsPublished}: already reviewed and published, else waiting).
     */
    public long recordClosed(
            Past past,
            Collection<Long> asked,
            Set<Long> answered,
            List<Response> responses,
            boolean commentsPublished,
            String username) {
        long versionId = latest(past.bankKind());
        var questions = banks.questions(versionId);
        var closed = questions.stream().filter(q -> q.kind().closed()).toList();
        var freeText = questions.stream().filter(q -> !q.kind().closed()).findFirst();
        long id = surveys.create(
                new Surveys.Details(
                        past.title(),
                        versionId,
                        past.opensOn(),
                        past.closesOn(),
                        new Surveys.Audience(Set.of(), Set.of(), Set.of()),
                        new Surveys.Groups(past.byTeam(), past.byService(), past.byRole(), past.byEmployment())),
                username,
                false);
        jdbc.sql("update survey set sent_at = ?, sent_by = ?, invited = ? where id = ?")
                .params(Timestamp.valueOf(past.opensOn().atTime(9, 0)), username, asked.size(), id)
                .update();
        for (long staffId : asked) {
            jdbc.sql("insert into survey_invitation (survey_id, staff_id, responded) values (?, ?, ?)")
                    .params(id, staffId, answered.contains(staffId))
                    .update();
        }
        for (var response : responses) {
            var stored = new StringBuilder();
            for (int i = 0; i < closed.size(); i++) {
                stored.append(closed.get(i).code(response.options()[i]));
            }
            jdbc.sql("insert into survey_response (id, survey_id, team_id, service_area_id, job_role, employment_type,"
                            + " answers) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            UUID.randomUUID().toString(),
                            id,
                            past.byTeam() ? response.teamId() : null,
                            past.byService() ? response.serviceAreaId() : null,
                            past.byRole() && response.role() != null
                                    ? response.role().name()
                                    : null,
                            past.byEmployment() && response.employment() != null
                                    ? response.employment().name()
                                    : null,
                            stored.toString())
                    .update();
            if (response.comment() != null && freeText.isPresent()) {
                jdbc.sql("insert into survey_comment (id, survey_id, question_id, body, status) values (?, ?, ?, ?, ?)")
                        .params(
                                UUID.randomUUID().toString(),
                                id,
                                freeText.get().id(),
                                response.comment(),
                                commentsPublished ? "PUBLISHED" : "WAITING")
                        .update();
            }
        }
        return id;
    }

    /** Sets up and sends a survey to everyone, open from today, as the QA lead would from the screens. */
    public long sendToEveryone(String title, String bankKind, LocalDate closesOn, String username) {
        long id = surveys.create(
                new Surveys.Details(
                        title,
                        latest(bankKind),
                        surveys.today(),
                        closesOn,
                        new Surveys.Audience(Set.of(), Set.of(), Set.of()),
                        new Surveys.Groups(true, true, false, true)),
                username);
        surveys.send(id, surveys.survey(id).orElseThrow().lockVersion(), username);
        return id;
    }

    /** National figures for a survey's questions by code, from a named source. */
    public void nationalFigures(long surveyId, java.util.Map<String, java.math.BigDecimal> figures, String source) {
        jdbc.sql("delete from survey_national_figure where survey_id = ?")
                .param(surveyId)
                .update();
        figures.forEach((code, percent) -> jdbc.sql("insert into survey_national_figure (survey_id, question_code,"
                        + " agreeing_percent, source) values (?, ?, ?, ?)")
                .params(surveyId, code, percent, source)
                .update());
    }

    /** A question bank of this many agreement questions (spread over the eight standards), published: for the bench. */
    public long generatedBank(String name, int questions) {
        long bankId = banks.createBank(name, QuestionBanks.BankKind.OTHER, "Generated for measuring speed");
        long versionId = banks.versions(bankId).getFirst().id();
        for (int i = 0; i < questions; i++) {
            banks.addQuestion(
                    versionId,
                    new QuestionBanks.NewQuestion(
                            "Generated statement " + (i + 1),
                            QuestionKind.AGREEMENT,
                            List.of(),
                            EmployerStandard.values()[i % 8]));
        }
        banks.publish(versionId, "generator");
        return bankId;
    }

    private long latest(String bankKind) {
        return jdbc.sql("select v.id from survey_bank_version v join survey_question_bank b on b.id = v.bank_id"
                        + " where b.kind = ? and v.published_at is not null"
                        + " order by b.id desc, v.version_number desc fetch first 1 rows only")
                .param(bankKind)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFound("Question bank", bankKind));
    }
}
