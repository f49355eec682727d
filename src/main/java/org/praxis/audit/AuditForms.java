package org.praxis.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.praxis.accesslog.AccessLog;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.RecordAccess;
import org.praxis.identity.RecordAccess.AuditAccess;
import org.praxis.identity.RecordRefused;
import org.praxis.register.SamplingFrame;
import org.praxis.web.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

/**
 * One audit: who may open it and how, saving (by hand or automatically) without overwriting anyone, submitting, and
 * the practitioner's reply. Every opening is written to the access log with the case view it includes.
 */
@Service
class AuditForms {

    record Audit(
            long id,
            long programmeId,
            String programme,
            LocalDate dueDate,
            long templateVersionId,
            long caseId,
            String reference,
            Long teamId,
            Long workerStaffId,
            Long auditorUserId,
            String status,
            int lockVersion,
            LocalDateTime updatedAt,
            String updatedBy,
            LocalDateTime submittedAt,
            Map<String, String> overall,
            String practitionerReply,
            LocalDateTime repliedAt,
            String savedFrom) {

        boolean submitted() {
            return status.equals("SUBMITTED") || status.equals("MODERATED");
        }

        /** The facts identity's audit rules need. */
        RecordAccess.AuditParties parties() {
            // A case taken out of the sample is no longer its auditor's to open: QA leads read it.
            return new RecordAccess.AuditParties(
                    status.equals("REMOVED") ? null : auditorUserId, workerStaffId, teamId, submitted());
        }
    }

    record Opened(
            Audit audit,
            AuditTemplates.TemplateVersion template,
            Map<Long, String> answers,
            Map<Long, String> numbers,
            SamplingFrame.CaseSummary caseSummary,
            AuditAccess access) {}

    /** What happened to a save: saved (with the new version), or not, with the reasons in the page's order. */
    record Outcome(boolean saved, int lockVersion, LocalDateTime at, List<Problem> problems) {}

    private static final String COLUMNS = """
            a.id, a.programme_id, p.name as programme, p.due_date, p.template_version_id, a.case_id, a.case_reference,
            a.team_id, a.worker_staff_id, a.auditor_user_id, a.status, a.lock_version, a.updated_at, a.updated_by,
            a.submitted_at, a.overall_grade, a.strengths, a.strength_tags, a.areas_for_development, a.development_tags,
            a.difference_made, a.conversation_date, a.conversation_with, a.practitioner_reflections,
            a.person_spoken_to, a.family_view, a.practitioner_reply, a.practitioner_replied_at, a.saved_from
            """;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTemplates templates;
    private final SamplingFrame frame;
    private final AccessLog accessLog;
    private final ApplicationEventPublisher events;
    private final StandardResults results;

    AuditForms(
            JdbcClient jdbc,
            Clock clock,
            AuditTemplates templates,
            SamplingFrame frame,
            AccessLog accessLog,
            ApplicationEventPublisher events,
            StandardResults results) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.templates = templates;
        this.frame = frame;
        this.accessLog = accessLog;
        this.events = events;
        this.results = results;
    }

    Optional<Audit> audit(long id) {
        return jdbc.sql("select " + COLUMNS + " from audit a join audit_programme p on p.id = a.programme_id"
                        + " where a.id = :id")
                .param("id", id)
                .query(AuditForms::audit)
                .optional();
    }

    /** The audits of a case (by its reference, whichever snapshot they were drawn from), newest first. */
    List<Audit> ofCase(String caseReference) {
        return jdbc.sql("select " + COLUMNS + " from audit a join audit_programme p on p.id = a.programme_id"
                        + " where a.case_reference = :reference order by p.due_date desc, a.id desc"
                        + " fetch first 50 rows only")
                .param("reference", caseReference)
                .query(AuditForms::audit)
                .list();
    }

    private static Audit audit(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        {
            var overall = new LinkedHashMap<String, String>();
            overall.put("overallGrade", rs.getString("overall_grade"));
            overall.put("strengths", rs.getString("strengths"));
            overall.put("strengthTags", rs.getString("strength_tags"));
            overall.put("areasForDevelopment", rs.getString("areas_for_development"));
            overall.put("developmentTags", rs.getString("development_tags"));
            overall.put("differenceMade", rs.getString("difference_made"));
            var date = rs.getObject("conversation_date", LocalDate.class);
            overall.put("conversationDate", date == null ? null : date.toString());
            overall.put("conversationWith", rs.getString("conversation_with"));
            overall.put("practitionerReflections", rs.getString("practitioner_reflections"));
            overall.put("personSpokenTo", rs.getString("person_spoken_to"));
            overall.put("familyView", rs.getString("family_view"));
            var submitted = rs.getTimestamp("submitted_at");
            var replied = rs.getTimestamp("practitioner_replied_at");
            return new Audit(
                    rs.getLong("id"),
                    rs.getLong("programme_id"),
                    rs.getString("programme"),
                    rs.getObject("due_date", LocalDate.class),
                    rs.getLong("template_version_id"),
                    rs.getLong("case_id"),
                    rs.getString("case_reference"),
                    rs.getObject("team_id", Long.class),
                    rs.getObject("worker_staff_id", Long.class),
                    rs.getObject("auditor_user_id", Long.class),
                    rs.getString("status"),
                    rs.getInt("lock_version"),
                    rs.getTimestamp("updated_at").toLocalDateTime(),
                    rs.getString("updated_by"),
                    submitted == null ? null : submitted.toLocalDateTime(),
                    overall,
                    rs.getString("practitioner_reply"),
                    replied == null ? null : replied.toLocalDateTime(),
                    rs.getString("saved_from"));
        }
    }

    /** How this user may see the audit, if at all (the rule is identity's). */
    static Optional<AuditAccess> access(Audit audit, CurrentUser user) {
        return RecordAccess.audit(user, audit.parties());
    }

    /** Opens the audit with the case beside it; refusals are logged and raised as access denied. */
    @Transactional
    Optional<Opened> open(long id, CurrentUser user) {
        var found = audit(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var audit = found.get();
        var access = access(audit, user);
        if (access.isEmpty()) {
            throw new RecordRefused("Audit", id, "Audit not assigned to or visible by this user");
        }
        accessLog.viewed("Audit", id);
        var template = templates.version(audit.templateVersionId()).orElseThrow();
        // The assigned auditor sees the case whatever their own team (peer audit by a manager of another team).
        boolean auditor =
                audit.parties().auditorUserId() != null && audit.parties().auditorUserId() == user.userId();
        var summary = frame.summary(audit.caseId(), user, auditor).orElse(null);
        return Optional.of(new Opened(audit, template, answers(id), numbers(template), summary, access.get()));
    }

    AuditTemplates.TemplateVersion templateOf(Audit audit) {
        return templates.version(audit.templateVersionId()).orElseThrow();
    }

    Map<Long, String> answers(long auditId) {
        var answers = new HashMap<Long, String>();
        jdbc.sql("select question_id, answer from audit_answer where audit_id = :id")
                .param("id", auditId)
                .query((rs, n) -> answers.put(rs.getLong(1), rs.getString(2)))
                .list();
        return answers;
    }

    /** "2.3" for the third question of the second section: how the form and its messages number questions. */
    static Map<Long, String> numbers(AuditTemplates.TemplateVersion template) {
        var numbers = new HashMap<Long, String>();
        int s = 0;
        for (var section : template.sections()) {
            s++;
            int q = 0;
            for (var question : section.questions()) {
                numbers.put(question.id(), s + "." + (++q));
            }
        }
        return numbers;
    }

    /**
     * Saves what the auditor has written, or submits it. Nothing is written when a value is wrong, when the audit
     * was saved by someone else since {@code lockVersion}, or when it is no longer theirs to change; the reasons are
     * recorded in {@code result}, a binding of {@code written}, so the form can show each on its field.
     */
    @Transactional
    Outcome save(
            long id,
            int lockVersion,
            String page,
            AuditAnswers written,
            BindingResult result,
            CurrentUser user,
            boolean submit) {
        var audit = audit(id).orElseThrow();
        var access = access(audit, user);
        if (access.isEmpty()) {
            throw new RecordRefused("Audit", id, "Audit not assigned to or visible by this user");
        }
        if (access.get() != AuditAccess.EDIT) {
            result.reject(
                    "refused",
                    audit.submitted()
                            ? "This audit has been submitted, so it can no longer be changed."
                            : "This audit is not assigned to you.");
            return refused(audit, written, result);
        }
        if (lockVersion != audit.lockVersion() && !samePage(page, audit)) {
            return conflict(audit, written, result);
        }
        var template = templates.version(audit.templateVersionId()).orElseThrow();
        written.check(result, template.questions(), numbers(template), submit);
        if (result.hasErrors()) {
            return refused(audit, written, result);
        }
        var now = clock.instant();
        var o = written.overall();
        int updated = jdbc.sql("""
                        update audit set overall_grade = :grade, strengths = :strengths, strength_tags = :strengthTags,
                            areas_for_development = :areas, development_tags = :developmentTags,
                            difference_made = :difference, conversation_date = :conversationDate,
                            conversation_with = :conversationWith, practitioner_reflections = :reflections,
                            person_spoken_to = :spokenTo, family_view = :familyView, status = :status,
                            lock_version = lock_version + 1, updated_at = :now, updated_by = :by,
                            submitted_at = :submittedAt, saved_from = :page
                        where id = :id and (lock_version = :lock or saved_from = :page)
                            and status in ('ASSIGNED', 'IN_PROGRESS')
                        """)
                .param("grade", blankToNull(o.get("overallGrade")))
                .param("strengths", blankToNull(o.get("strengths")))
                .param("strengthTags", blankToNull(o.get("strengthTags")))
                .param("areas", blankToNull(o.get("areasForDevelopment")))
                .param("developmentTags", blankToNull(o.get("developmentTags")))
                .param("difference", blankToNull(o.get("differenceMade")))
                .param("conversationDate", written.conversationDate())
                .param("conversationWith", blankToNull(o.get("conversationWith")))
                .param("reflections", blankToNull(o.get("practitionerReflections")))
                .param("spokenTo", blankToNull(o.get("personSpokenTo")))
                .param("familyView", blankToNull(o.get("familyView")))
                .param("status", submit ? "SUBMITTED" : "IN_PROGRESS")
                .param("now", Timestamp.from(now))
                .param("by", user.displayName())
                .param("submittedAt", submit ? Timestamp.from(now) : null)
                .param("id", id)
                .param("lock", lockVersion)
                .param("page", page)
                .update();
        if (updated == 0) {
            return conflict(audit(id).orElseThrow(), written, result);
        }
        int saved = jdbc.sql("select lock_version from audit where id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
        jdbc.sql("delete from audit_answer where audit_id = :id")
                .param("id", id)
                .update();
        for (var e : written.answers(template.questions()).entrySet()) {
            if (e.getValue() != null && !e.getValue().isBlank()) {
                jdbc.sql("insert into audit_answer (audit_id, question_id, answer) values (?, ?, ?)")
                        .params(id, e.getKey(), e.getValue().strip())
                        .update();
            }
        }
        if (submit) {
            results.count(List.of(id));
            accessLog.changed("Audit", id);
            events.publishEvent(new AuditSubmitted(id, audit.reference(), audit.workerStaffId(), audit.teamId()));
        }
        return new Outcome(true, saved, LocalDateTime.ofInstant(now, clock.getZone()), List.of());
    }

    /** The practitioner's reply to a submitted audit of their case (checked by {@link ReplyForm}); the auditor is told. */
    @Transactional
    void reply(long id, String text, CurrentUser user) {
        var audit = audit(id).orElseThrow();
        if (access(audit, user).orElse(null) != AuditAccess.REPLY) {
            throw new RecordRefused("Audit", id, "Only the practitioner whose case it is may reply");
        }
        jdbc.sql("update audit set practitioner_reply = :reply, practitioner_replied_at = :at where id = :id")
                .param("reply", text.strip())
                .param("at", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
        accessLog.changed("Audit", id);
        events.publishEvent(new PractitionerReplied(id, audit.reference(), audit.auditorUserId()));
    }

    /**
     * The last save came from this same opening of the form (its autosave, whose answer the page may not have had
     * yet when the person pressed a button): what this save holds is newer, so it is not a conflict.
     */
    private static boolean samePage(String page, Audit audit) {
        return page != null && !page.isBlank() && page.equals(audit.savedFrom());
    }

    /** Someone else saved first: nothing is written, and the person is told who and when. */
    private static Outcome conflict(Audit current, AuditAnswers written, BindingResult result) {
        result.reject(
                "stale",
                (current.updatedBy() == null ? "Someone" : current.updatedBy()) + " saved this audit at "
                        + current.updatedAt().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss"))
                        + ", after you opened it, so your changes have not been saved. What you wrote is"
                        + " still below: open the audit in another tab to compare, then save again.");
        return refused(current, written, result);
    }

    private static Outcome refused(Audit current, AuditAnswers written, BindingResult result) {
        return new Outcome(false, current.lockVersion(), null, written.problemsIn(result));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
