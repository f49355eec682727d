package org.praxis.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.praxis.accesslog.AccessLog;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.RecordAccess;
import org.praxis.identity.RecordRefused;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.organisation.OrganisationDirectory.StaffRecord;
import org.praxis.web.NotFound;
import org.praxis.web.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervision sessions from the screens: recording one (check who may record for the supervisee, then write), opening
 * one's record (only the supervisee, the supervisor and the supervisee's managers; each opening is in the access log),
 * and a person's own supervision.
 */
@Service
class Supervision {

    /** A session as its page shows it; {@code notes} only for those who may read the record. */
    record SessionView(
            long id,
            String supervisee,
            String supervisor,
            LocalDate heldOn,
            SupervisionKind kind,
            String notes,
            boolean imported) {}

    private final WorkforceRecords records;
    private final OrganisationDirectory organisation;
    private final AccessLog accessLog;
    private final Clock clock;

    Supervision(WorkforceRecords records, OrganisationDirectory organisation, AccessLog accessLog, Clock clock) {
        this.records = records;
        this.organisation = organisation;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The people the user may record supervision for, in post, by name. */
    @Transactional(readOnly = true)
    List<StaffRecord> superviseesFor(CurrentUser user) {
        var details = records.staffDetails();
        var today = LocalDate.now(clock);
        return organisation.staffRecords().stream()
                .filter(s -> InPost.on(s, details, today))
                .filter(s -> RecordAccess.mayRecordSupervisionFor(user, s.teamId()))
                .sorted(Comparator.comparing(StaffRecord::fullName))
                .toList();
    }

    /** Everyone in post who may supervise: active staff, by name. */
    @Transactional(readOnly = true)
    List<StaffRecord> supervisors() {
        var details = records.staffDetails();
        var today = LocalDate.now(clock);
        return organisation.staffRecords().stream()
                .filter(s -> InPost.on(s, details, today))
                .sorted(Comparator.comparing(StaffRecord::fullName))
                .toList();
    }

    @Transactional
    long record(
            CurrentUser user,
            long superviseeId,
            long supervisorId,
            LocalDate heldOn,
            SupervisionKind kind,
            String notes) {
        var details = records.staffDetails();
        var supervisee = organisation.staffRecords().stream()
                .filter(s -> s.id() == superviseeId && InPost.on(s, details, heldOn))
                .findFirst()
                .orElseThrow(() -> new Refused("supervisee", "Select the person supervised"));
        if (!RecordAccess.mayRecordSupervisionFor(user, supervisee.teamId())) {
            throw new RecordRefused("Supervision of staff member", superviseeId, "Not in the user's teams");
        }
        if (supervisorId == superviseeId) {
            throw new Refused("supervisor", "Someone cannot supervise themselves: select their supervisor");
        }
        if (heldOn.isAfter(LocalDate.now(clock))) {
            throw new Refused("heldOn", "The date of the session must be today or in the past");
        }
        long id = records.recordSessions(
                        List.of(new WorkforceRecords.Session(superviseeId, supervisorId, heldOn, kind, notes)),
                        WorkforceRecords.Source.SCREEN,
                        user.username())[0];
        accessLog.changed("Supervision record", id);
        return id;
    }

    /** A session's record, for the supervisee, the supervisor or the supervisee's managers; logged. */
    @Transactional
    SessionView open(CurrentUser user, long id) {
        var session = records.session(id).orElseThrow(NotFound::new);
        var people = organisation.staffMembers(List.of(session.superviseeId(), session.supervisorId()));
        var supervisee = people.get(session.superviseeId());
        if (!RecordAccess.mayReadSupervision(
                user,
                session.superviseeId(),
                session.supervisorId(),
                supervisee == null ? null : supervisee.teamId())) {
            throw new RecordRefused("Supervision record", id, "Not the supervisee, supervisor or their manager");
        }
        accessLog.viewed("Supervision record", id);
        return view(session, people);
    }

    /** The user's own sessions, newest first (their own record: no access log entry). */
    @Transactional(readOnly = true)
    List<SessionView> mine(CurrentUser user) {
        if (user.staffId() == null) {
            return List.of();
        }
        var sessions = records.sessionsOf(user.staffId());
        var people = organisation.staffMembers(sessions.stream()
                .flatMap(s -> java.util.stream.Stream.of(s.superviseeId(), s.supervisorId()))
                .distinct()
                .toList());
        return sessions.stream().map(s -> view(s, people)).toList();
    }

    private static SessionView view(
            WorkforceRecords.StoredSession s, java.util.Map<Long, OrganisationDirectory.StaffSummary> people) {
        return new SessionView(
                s.id(),
                name(people.get(s.superviseeId())),
                name(people.get(s.supervisorId())),
                s.heldOn(),
                s.kind(),
                s.notes(),
                !"SCREEN".equals(s.source()));
    }

    private static String name(OrganisationDirectory.StaffSummary s) {
        return s == null ? "" : s.fullName();
    }
}
