package org.praxis.practiceweek;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.praxis.accesslog.AccessLog;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Role;
import org.praxis.web.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The visit slots team managers offer for a week. */
@Service
public class VisitSlots {

    public record Offer(
            long teamId,
            Activity activity,
            LocalDateTime startsAt,
            int minutes,
            String location,
            int capacity,
            boolean caseData,
            boolean familyConsent,
            String details) {}

    record Slot(
            long id,
            long weekId,
            long teamId,
            String team,
            long serviceAreaId,
            Activity activity,
            LocalDateTime startsAt,
            int minutes,
            String location,
            int capacity,
            boolean caseData,
            String details,
            String offeredBy) {

        LocalDateTime endsAt() {
            return startsAt.plusMinutes(minutes);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccessLog accessLog;

    VisitSlots(JdbcClient jdbc, Clock clock, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    /** Teams of the week the user may offer slots for: every team for a QA lead, their own for a manager. */
    List<PracticeWeeks.TeamTakingPart> teamsFor(List<PracticeWeeks.TeamTakingPart> teams, CurrentUser user) {
        return teams.stream()
                .filter(t -> user.has(Role.QA_LEAD) || (user.has(Role.MANAGER) && user.inScope(t.id())))
                .toList();
    }

    @Transactional
    long offer(PracticeWeeks.Week week, Offer offer, String username) {
        if (!week.includes(offer.startsAt().toLocalDate())) {
            throw new Refused(
                    "day",
                    "The slot must be during the week, between " + PracticeWeekPages.day(week.firstDay()) + " and "
                            + PracticeWeekPages.day(week.lastDay()));
        }
        if (offer.activity() == Activity.MEET_FAMILY && !offer.familyConsent()) {
            throw new Refused("familyConsent", "A family can only be met when they have agreed: confirm their consent");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into visit_slot (week_id, team_id, activity, starts_at, minutes, location, capacity,
                            case_data, family_consent, details, offered_by, offered_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        week.id(),
                        offer.teamId(),
                        offer.activity().name(),
                        offer.startsAt(),
                        offer.minutes(),
                        offer.location(),
                        offer.capacity(),
                        offer.caseData(),
                        offer.familyConsent(),
                        offer.details(),
                        username,
                        Timestamp.from(clock.instant()))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        accessLog.changed("Visit slot", id);
        return id;
    }

    /** Takes a slot back, with anyone already placed on it. */
    @Transactional
    void withdraw(long slotId) {
        jdbc.sql("delete from visit_assignment where slot_id = ?").param(slotId).update();
        jdbc.sql("delete from visit_slot where id = ?").param(slotId).update();
        accessLog.changed("Visit slot", slotId);
    }

    private static final String SELECT = """
            select s.id, s.week_id, s.team_id, t.name, t.service_area_id, s.activity, s.starts_at, s.minutes,
                s.location, s.capacity, s.case_data, s.details, s.offered_by
            from visit_slot s join team_directory t on t.id = s.team_id
            """;

    private static Slot slot(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Slot(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getLong(5),
                Activity.valueOf(rs.getString(6)),
                rs.getObject(7, LocalDateTime.class),
                rs.getInt(8),
                rs.getString(9),
                rs.getInt(10),
                rs.getBoolean(11),
                rs.getString(12),
                rs.getString(13));
    }

    @Transactional(readOnly = true)
    List<Slot> ofWeek(long weekId) {
        return jdbc.sql(SELECT + " where s.week_id = ? order by s.starts_at, t.name, s.id")
                .param(weekId)
                .query((rs, n) -> slot(rs))
                .list();
    }

    @Transactional(readOnly = true)
    List<Slot> ofTeam(long weekId, long teamId) {
        return jdbc.sql(SELECT + " where s.week_id = ? and s.team_id = ? order by s.starts_at, s.id")
                .params(weekId, teamId)
                .query((rs, n) -> slot(rs))
                .list();
    }

    @Transactional(readOnly = true)
    Optional<Slot> slot(long slotId) {
        return jdbc.sql(SELECT + " where s.id = ?")
                .param(slotId)
                .query((rs, n) -> slot(rs))
                .optional();
    }
}
