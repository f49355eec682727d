package org.praxis.surveys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.praxis.web.NotFound;
import org.praxis.web.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Question banks and their versions. A published version is never changed, so every survey sent from it keeps the
 * questions it asked; a change is a new draft version, copied from the latest, then published.
 */
@Service
@Transactional
class QuestionBanks {

    enum BankKind {
        HEALTHY_WORKPLACE("Healthy workplace"),
        ENGAGEMENT("Engagement"),
        HEALTH_CHECK("Social work health check"),
        OTHER("Other");

        private final String label;

        BankKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    record Bank(long id, String name, BankKind kind, String description) {}

    record Version(long id, long bankId, String bankName, int number, LocalDateTime publishedAt, String publishedBy) {

        public boolean published() {
            return publishedAt != null;
        }

        public String label() {
            return bankName + ", version " + number;
        }
    }

    record NewQuestion(String text, QuestionKind kind, List<String> choices, EmployerStandard standard) {}

    private static final String VERSION = "select v.id, v.bank_id, b.name, v.version_number, v.published_at,"
            + " v.published_by from survey_bank_version v join survey_question_bank b on b.id = v.bank_id";

    private final JdbcClient jdbc;
    private final Clock clock;

    QuestionBanks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Bank> banks() {
        return jdbc.sql("select id, name, kind, description from survey_question_bank order by name")
                .query(QuestionBanks::bank)
                .list();
    }

    @Transactional(readOnly = true)
    Optional<Bank> bank(long id) {
        return jdbc.sql("select id, name, kind, description from survey_question_bank where id = ?")
                .param(id)
                .query(QuestionBanks::bank)
                .optional();
    }

    @Transactional(readOnly = true)
    List<Version> versions(long bankId) {
        return jdbc.sql(VERSION + " where v.bank_id = ? order by v.version_number desc")
                .param(bankId)
                .query(QuestionBanks::version)
                .list();
    }

    /** Every published version, newest first within each bank: what a survey may be sent from. */
    @Transactional(readOnly = true)
    List<Version> publishedVersions() {
        return jdbc.sql(VERSION + " where v.published_at is not null order by b.name, v.version_number desc")
                .query(QuestionBanks::version)
                .list();
    }

    @Transactional(readOnly = true)
    Optional<Version> version(long versionId) {
        return jdbc.sql(VERSION + " where v.id = ?")
                .param(versionId)
                .query(QuestionBanks::version)
                .optional();
    }

    @Transactional(readOnly = true)
    List<Question> questions(long versionId) {
        return jdbc.sql("select id, position, code, text, kind, choices, employer_standard from survey_question"
                        + " where version_id = ? order by position")
                .param(versionId)
                .query(QuestionBanks::question)
                .list();
    }

    /** A new bank with an empty draft version 1. */
    long createBank(String name, BankKind kind, String description) {
        var tidy = name.strip();
        if (jdbc.sql("select count(*) from survey_question_bank where lower(name) = lower(?)")
                        .param(tidy)
                        .query(Integer.class)
                        .single()
                > 0) {
            throw new Refused("name", "A question bank called " + tidy + " already exists");
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into survey_question_bank (name, kind, description) values (?, ?, ?)")
                .params(tidy, kind.name(), description == null || description.isBlank() ? null : description.strip())
                .update(keys, "id");
        long bankId = keys.getKey().longValue();
        jdbc.sql("insert into survey_bank_version (bank_id, version_number) values (?, 1)")
                .param(bankId)
                .update();
        return bankId;
    }

    /** A draft copied from the bank's latest version; refused while a draft is open. */
    long startNewVersion(long bankId) {
        var versions = versions(bankId);
        if (versions.isEmpty()) {
            throw new NotFound();
        }
        var latest = versions.getFirst();
        if (!latest.published()) {
            throw new Refused("Version " + latest.number() + " is still a draft: change it, or publish it first");
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into survey_bank_version (bank_id, version_number) values (?, ?)")
                .params(bankId, latest.number() + 1)
                .update(keys, "id");
        long draft = keys.getKey().longValue();
        jdbc.sql("insert into survey_question (version_id, position, code, text, kind, choices, employer_standard)"
                        + " select ?, position, code, text, kind, choices, employer_standard from survey_question"
                        + " where version_id = ?")
                .params(draft, latest.id())
                .update();
        return draft;
    }

    void addQuestion(long versionId, NewQuestion question) {
        var version = draft(versionId);
        if (question.kind() == QuestionKind.CHOICE && question.choices().size() < 2) {
            throw new Refused("choices", "Enter at least two choices, one on each line");
        }
        if (question.choices().size() > 20) {
            throw new Refused("choices", "Enter no more than 20 choices");
        }
        if (question.choices().stream()
                        .map(c -> c.toLowerCase(java.util.Locale.UK))
                        .distinct()
                        .count()
                < question.choices().size()) {
            throw new Refused("choices", "Each choice must be different");
        }
        var questions = questions(versionId);
        var text = question.text().strip().replaceAll("\\s+", " ");
        questions.stream()
                .filter(q -> q.text().replaceAll("\\s+", " ").equalsIgnoreCase(text))
                .findFirst()
                .ifPresent(q -> {
                    throw new Refused("text", "Question " + q.code() + " asks this already");
                });
        if (questions.stream().filter(q -> q.kind().closed()).count() >= 400
                && question.kind().closed()) {
            throw new Refused("kind", "A version can hold no more than 400 questions to agree with or choose from");
        }
        int position = questions.size() + 1;
        // A new question gets a code no earlier version used, so it is never compared with a different question.
        var code = "V" + version.number() + "Q" + position;
        while (jdbc.sql("select count(*) from survey_question q join survey_bank_version v on v.id = q.version_id"
                                + " where v.bank_id = ? and q.code = ?")
                        .params(version.bankId(), code)
                        .query(Integer.class)
                        .single()
                > 0) {
            code = code + "X";
        }
        jdbc.sql("insert into survey_question (version_id, position, code, text, kind, choices, employer_standard)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        versionId,
                        position,
                        code,
                        question.text().strip(),
                        question.kind().name(),
                        question.kind() == QuestionKind.CHOICE ? String.join("\n", question.choices()) : null,
                        question.standard() == null ? null : question.standard().number())
                .update();
    }

    void removeQuestion(long versionId, long questionId) {
        draft(versionId);
        var position = jdbc.sql("select position from survey_question where id = ? and version_id = ?")
                .params(questionId, versionId)
                .query(Integer.class)
                .optional()
                .orElseThrow(NotFound::new);
        jdbc.sql("delete from survey_question where id = ?").param(questionId).update();
        // Two steps, so that no moment holds two questions at one position (the unique rule is checked per row).
        jdbc.sql("update survey_question set position = -position where version_id = ? and position > ?")
                .params(versionId, position)
                .update();
        jdbc.sql("update survey_question set position = -position - 1 where version_id = ? and position < 0")
                .param(versionId)
                .update();
    }

    void publish(long versionId, String username) {
        draft(versionId);
        if (questions(versionId).stream().noneMatch(q -> q.kind().closed())) {
            throw new Refused("Add at least one question to agree with or choose from before publishing");
        }
        jdbc.sql("update survey_bank_version set published_at = ?, published_by = ? where id = ?")
                .params(Timestamp.from(clock.instant()), username, versionId)
                .update();
    }

    private Version draft(long versionId) {
        var version = version(versionId).orElseThrow(NotFound::new);
        if (version.published()) {
            throw new Refused("Version " + version.number() + " is published and cannot change: start a new version");
        }
        return version;
    }

    private static Bank bank(ResultSet rs, int n) throws SQLException {
        return new Bank(rs.getLong(1), rs.getString(2), BankKind.valueOf(rs.getString(3)), rs.getString(4));
    }

    private static Version version(ResultSet rs, int n) throws SQLException {
        var published = rs.getTimestamp(5);
        return new Version(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getInt(4),
                published == null ? null : published.toLocalDateTime(),
                rs.getString(6));
    }

    static Question question(ResultSet rs, int n) throws SQLException {
        return new Question(
                rs.getLong(1),
                rs.getInt(2),
                rs.getString(3),
                rs.getString(4),
                QuestionKind.valueOf(rs.getString(5)),
                Question.choicesFrom(rs.getString(6)),
                EmployerStandard.numbered((Integer) rs.getObject(7, Integer.class))
                        .orElse(null));
    }
}
