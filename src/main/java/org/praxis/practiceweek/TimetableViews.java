package org.praxis.practiceweek;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The timetable as people read it: the whole week for the QA lead, a visitor's own visits, a team's visitors. */
@Service
class TimetableViews {

    record Seat(int place, Long weekVisitorId, String visitor, boolean pinned) {}

    record SlotWithVisitors(VisitSlots.Slot slot, List<Seat> seats) {

        public String times() {
            return PracticeWeekPages.times(slot.startsAt(), slot.endsAt());
        }

        public String timeAndDay() {
            return PracticeWeekPages.shortDay(slot.startsAt().toLocalDate()) + " "
                    + PracticeWeekPages.time(slot.startsAt());
        }

        public long filled() {
            return seats.stream().filter(s -> s.weekVisitorId() != null).count();
        }
    }

    /** One visit in someone's timetable. */
    record Visit(
            long slotId,
            int place,
            String team,
            Activity activity,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            String location,
            String details,
            String visitors,
            boolean recordSent) {

        public String times() {
            return PracticeWeekPages.times(startsAt, endsAt);
        }
    }

    private final JdbcClient jdbc;
    private final VisitSlots slots;

    TimetableViews(JdbcClient jdbc, VisitSlots slots) {
        this.jdbc = jdbc;
        this.slots = slots;
    }

    /** Every slot of the week with its places, filled or not, in time order. */
    @Transactional(readOnly = true)
    List<SlotWithVisitors> week(long weekId) {
        var filled = new HashMap<Long, Map<Integer, Seat>>();
        jdbc.sql("""
                        select a.slot_id, a.place, a.week_visitor_id, v.name, a.pinned
                        from visit_assignment a join visit_slot s on s.id = a.slot_id
                        join week_visitor v on v.id = a.week_visitor_id
                        where s.week_id = ?
                        """).param(weekId).query((java.sql.ResultSet rs) -> {
            filled.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                    .put(rs.getInt(2), new Seat(rs.getInt(2), rs.getLong(3), rs.getString(4), rs.getBoolean(5)));
        });
        var result = new ArrayList<SlotWithVisitors>();
        for (var slot : slots.ofWeek(weekId)) {
            var seats = new ArrayList<Seat>();
            var mine = filled.getOrDefault(slot.id(), Map.of());
            for (int i = 0; i < slot.capacity(); i++) {
                seats.add(mine.getOrDefault(i, new Seat(i, null, null, false)));
            }
            result.add(new SlotWithVisitors(slot, seats));
        }
        return result;
    }

    private static final String VISITS = """
            select s.id, a.place, t.name, s.activity, s.starts_at, s.minutes, s.location, s.details,
                (select count(*) from visit_assignment o where o.slot_id = s.id),
                (select count(*) from visit_record r where r.slot_id = s.id and r.week_visitor_id = v.id
                    and r.status = 'SUBMITTED')
            from visit_assignment a join visit_slot s on s.id = a.slot_id join team_directory t on t.id = s.team_id
            join week_visitor v on v.id = a.week_visitor_id
            """;

    @Transactional(readOnly = true)
    List<Visit> visitsOf(long weekId, long userId) {
        return jdbc.sql(VISITS + " where v.week_id = ? and v.user_id = ? order by s.starts_at")
                .params(weekId, userId)
                .query((rs, n) -> visit(rs, null))
                .list();
    }

    /** The team's slots that have visitors, each with who is coming. */
    @Transactional(readOnly = true)
    List<Visit> visitsToTeam(long weekId, long teamId) {
        var names = new HashMap<Long, List<String>>();
        jdbc.sql("""
                        select a.slot_id, v.name from visit_assignment a join visit_slot s on s.id = a.slot_id
                        join week_visitor v on v.id = a.week_visitor_id
                        where s.week_id = ? and s.team_id = ? order by v.name
                        """).params(weekId, teamId).query((java.sql.ResultSet rs) -> {
            names.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        return slots.ofTeam(weekId, teamId).stream()
                .filter(s -> names.containsKey(s.id()))
                .map(s -> new Visit(
                        s.id(),
                        0,
                        s.team(),
                        s.activity(),
                        s.startsAt(),
                        s.endsAt(),
                        s.location(),
                        s.details(),
                        String.join(", ", names.get(s.id())),
                        false))
                .toList();
    }

    private static Visit visit(java.sql.ResultSet rs, String visitors) throws java.sql.SQLException {
        var start = rs.getObject(5, LocalDateTime.class);
        return new Visit(
                rs.getLong(1),
                rs.getInt(2),
                rs.getString(3),
                Activity.valueOf(rs.getString(4)),
                start,
                start.plusMinutes(rs.getInt(6)),
                rs.getString(7),
                rs.getString(8),
                visitors,
                rs.getInt(10) > 0);
    }
}
