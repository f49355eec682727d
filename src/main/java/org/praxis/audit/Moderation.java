package org.praxis.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.praxis.accesslog.AccessLog;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.RecordAccess;
import org.praxis.identity.RecordRefused;
import org.praxis.identity.StaffAccounts;
import org.praxis.register.SamplingFrame;
import org.praxis.statistics.Agreement;
import org.praxis.web.ListPage;
import org.praxis.web.PageOf;
import org.praxis.web.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderation: a share of submitted audits drawn at random, graded again by a quality assurance lead who has not
 * seen the auditor's grades, then a final grade agreed with a note; and how well auditors and moderators agree.
 */
@Service
class Moderation {

    record State(
            Long moderatorUserId,
            Grade moderatorGrade,
            String moderatorNote,
            LocalDateTime gradedAt,
            Grade finalGrade,
            String agreementNote,
            LocalDateTime agreedAt) {

        public boolean graded() {
            return moderatorGrade != null;
        }

        public boolean agreed() {
            return finalGrade != null;
        }
    }

    record QueueRow(
            long auditId, String reference, String programme, Long auditorUserId, String auditor, boolean graded) {}

    record AgreementRow(String group, Agreement agreement) {}

    record Opened(
            AuditForms.Audit audit,
            AuditTemplates.TemplateVersion template,
            Map<Long, String> answers,
            Map<Long, String> numbers,
            SamplingFrame.CaseSummary caseSummary,
            Optional<State> state) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccessLog accessLog;
    private final StaffAccounts accounts;
    private final AuditForms forms;
    private final SamplingFrame frame;
    private final ApplicationEventPublisher events;

    Moderation(
            JdbcClient jdbc,
            Clock clock,
            AccessLog accessLog,
            StaffAccounts accounts,
            AuditForms forms,
            SamplingFrame frame,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accessLog = accessLog;
        this.accounts = accounts;
        this.forms = forms;
        this.frame = frame;
        this.events = events;
    }

    /** The audit as the moderator sees it, with the case beside it; both views are logged. */
    @Transactional
    Optional<Opened> open(long id, CurrentUser user) {
        var found = forms.audit(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var audit = found.get();
        checkModerator(audit, user);
        accessLog.viewed("Audit", id);
        var template = forms.templateOf(audit);
        return Optional.of(new Opened(
                audit,
                template,
                forms.answers(id),
                AuditForms.numbers(template),
                frame.summary(audit.caseId(), user).orElse(null),
                state(id)));
    }

    /**
     * Tops the programme's moderation sample up to its rate of the audits submitted so far, drawing at random
     * from those not yet drawn. Returns how many were drawn now.
     */
    @Transactional
    int draw(long programmeId) {
        var programme = jdbc.sql("select moderation_percent, seed from audit_programme where id = :id")
                .param("id", programmeId)
                .query((rs, n) -> new long[] {rs.getInt(1), rs.getLong(2)})
                .single();
        var submitted = jdbc.sql("select id, for_moderation from audit where programme_id = :id"
                        + " and status in ('SUBMITTED', 'MODERATED') order by id")
                .param("id", programmeId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBoolean(2)})
                .list();
        int target = (int) Math.ceil(submitted.size() * programme[0] / 100.0);
        var candidates = new ArrayList<Long>();
        int already = 0;
        for (var row : submitted) {
            if ((Boolean) row[1]) {
                already++;
            } else {
                candidates.add((Long) row[0]);
            }
        }
        int wanted = Math.min(candidates.size(), Math.max(0, target - already));
        // Seeded from the programme and how far it has got, so a draw can be explained and repeated.
        var random = new SplittableRandom(programme[1] * 31 + submitted.size());
        for (int i = 0; i < wanted; i++) {
            int j = i + random.nextInt(candidates.size() - i);
            var swap = candidates.get(i);
            candidates.set(i, candidates.get(j));
            candidates.set(j, swap);
            jdbc.sql("update audit set for_moderation = true where id = :id")
                    .param("id", candidates.get(i))
                    .update();
        }
        return wanted;
    }

    Optional<State> state(long auditId) {
        return jdbc.sql("select * from audit_moderation where audit_id = :id")
                .param("id", auditId)
                .query((rs, n) -> new State(
                        rs.getLong("moderator_user_id"),
                        Grade.parse(rs.getString("moderator_grade")).orElse(null),
                        rs.getString("moderator_note"),
                        rs.getTimestamp("graded_at").toLocalDateTime(),
                        Grade.parse(rs.getString("final_grade")).orElse(null),
                        rs.getString("agreement_note"),
                        rs.getTimestamp("agreed_at") == null
                                ? null
                                : rs.getTimestamp("agreed_at").toLocalDateTime()))
                .optional();
    }

    /** Quality assurance leads moderate audits they did not do themselves. */
    void checkModerator(AuditForms.Audit audit, CurrentUser user) {
        if (!RecordAccess.mayModerate(user, audit.parties())) {
            throw new RecordRefused(
                    "Audit moderation", audit.id(), "Moderated by a quality assurance lead who did not do the audit");
        }
    }

    /** The blind grade. Refused once a grade is recorded: the first look is the one that counts. */
    @Transactional
    void grade(AuditForms.Audit audit, CurrentUser user, Grade grade, String note) {
        checkModerator(audit, user);
        if (!audit.submitted()) {
            throw new Refused("Only submitted audits can be moderated");
        }
        if (state(audit.id()).isPresent()) {
            throw new Refused("This audit already has a moderator's grade");
        }
        jdbc.sql("""
                        insert into audit_moderation (audit_id, moderator_user_id, moderator_grade, moderator_note, graded_at)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(audit.id(), user.userId(), grade.name(), note, Timestamp.from(clock.instant()))
                .update();
        jdbc.sql("update audit set for_moderation = true where id = :id")
                .param("id", audit.id())
                .update();
        accessLog.changed("Audit moderation", audit.id());
    }

    /** The final grade, agreed after both grades are seen. */
    @Transactional
    void agree(AuditForms.Audit audit, CurrentUser user, Grade finalGrade, String note) {
        checkModerator(audit, user);
        var state = state(audit.id());
        if (state.isEmpty()) {
            throw new Refused("Grade the audit yourself before agreeing the final grade");
        }
        if (state.get().agreed()) {
            throw new Refused("The final grade has already been agreed");
        }
        jdbc.sql("update audit_moderation set final_grade = ?, agreement_note = ?, agreed_at = ? where audit_id = ?")
                .params(finalGrade.name(), note, Timestamp.from(clock.instant()), audit.id())
                .update();
        jdbc.sql("update audit set status = 'MODERATED' where id = :id")
                .param("id", audit.id())
                .update();
        accessLog.changed("Audit moderation", audit.id());
        events.publishEvent(new ModerationAgreed(
                audit.id(),
                audit.reference(),
                finalGrade,
                user.userId(),
                Grade.parse(audit.overall().get("overallGrade")).orElse(null),
                audit.workerStaffId(),
                audit.teamId(),
                audit.auditorUserId()));
    }

    @Transactional(readOnly = true)
    PageOf<QueueRow> queue(ListPage page) {
        var where = " from audit a join audit_programme p on p.id = a.programme_id"
                + " left join audit_moderation m on m.audit_id = a.id"
                + " where a.for_moderation = true and a.status = 'SUBMITTED'";
        var rows = jdbc.sql("select a.id, a.case_reference, p.name, a.auditor_user_id, m.moderator_grade" + where
                        + " order by a.submitted_at, a.id offset :offset rows fetch next :size rows only")
                .param("offset", page.offset())
                .param("size", page.size())
                .query((rs, n) -> new Object[] {
                    rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class), rs.getString(5)
                })
                .list();
        var names = accounts.byIds(rows.stream()
                .map(r -> (Long) r[3])
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
        var items = rows.stream()
                .map(r -> new QueueRow(
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        (Long) r[3],
                        r[3] == null || !names.containsKey((Long) r[3])
                                ? "Unknown"
                                : names.get((Long) r[3]).name(),
                        r[4] != null))
                .toList();
        return page.of(
                items, jdbc.sql("select count(*)" + where).query(Long.class).single());
    }

    /** Every auditor-moderator pair of grades, with what they are grouped by. */
    private record Pair(long auditorUserId, String programme, LocalDateTime gradedAt, int auditor, int moderator) {}

    private List<Pair> pairs(Long programmeId) {
        var spec = jdbc.sql(
                """
                select a.auditor_user_id, p.name, m.graded_at, a.overall_grade, m.moderator_grade
                from audit_moderation m join audit a on a.id = m.audit_id
                    join audit_programme p on p.id = a.programme_id
                where a.overall_grade is not null""" + (programmeId == null ? "" : " and a.programme_id = :programme") + " order by m.graded_at");
        if (programmeId != null) {
            spec = spec.param("programme", programmeId);
        }
        return spec.query((rs, n) -> new Pair(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toLocalDateTime(),
                        Grade.valueOf(rs.getString(4)).score(),
                        Grade.valueOf(rs.getString(5)).score()))
                .list();
    }

    @Transactional(readOnly = true)
    List<AgreementRow> byAuditor() {
        var pairs = pairs(null);
        var names = accounts.byIds(
                pairs.stream().map(Pair::auditorUserId).distinct().toList());
        return grouped(
                pairs,
                p -> names.containsKey(p.auditorUserId())
                        ? names.get(p.auditorUserId()).name()
                        : "Unknown");
    }

    @Transactional(readOnly = true)
    List<AgreementRow> byProgramme() {
        return grouped(pairs(null), Pair::programme);
    }

    /** By quarter of the moderation, so calibration can be seen improving (or not). */
    @Transactional(readOnly = true)
    List<AgreementRow> byQuarter() {
        return grouped(
                pairs(null), p -> p.gradedAt().getYear() + " Q" + ((p.gradedAt().getMonthValue() - 1) / 3 + 1));
    }

    private static List<AgreementRow> grouped(List<Pair> pairs, Function<Pair, String> key) {
        var groups = new LinkedHashMap<String, List<int[]>>();
        for (var p : pairs) {
            groups.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(new int[] {p.auditor(), p.moderator()});
        }
        var rows = new ArrayList<AgreementRow>();
        for (Map.Entry<String, List<int[]>> e : groups.entrySet()) {
            rows.add(new AgreementRow(e.getKey(), Agreement.of(e.getValue(), Grade.values().length)));
        }
        return rows;
    }
}
