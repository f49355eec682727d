package org.praxis.practiceweek;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.praxis.accesslog.AccessLog;
import org.praxis.web.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing a Practice Week before it starts, and deleting one set up by mistake. A week that has started keeps its
 * dates and teams; a week with records, families' views or actions is never deleted (they would be lost).
 */
@Service
class WeekChanges {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PracticeWeeks weeks;
    private final AccessLog accessLog;

    WeekChanges(JdbcClient jdbc, Clock clock, PracticeWeeks weeks, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.weeks = weeks;
        this.accessLog = accessLog;
    }

    /**
     * Changes the week's name, dates, deadlines, service areas and teams. Refused once the week has started, when an
     * offered slot would fall outside the new dates, or when a team with slots would be taken out. Visitors' free
     * half-days outside the new dates are forgotten.
     */
    @Transactional
    void change(long weekId, PracticeWeeks.NewWeek changed) {
        var week = weeks.found(weekId);
        if (!week.notStarted(LocalDate.now(clock))) {
            throw new Refused("This Practice Week has started, so it can no longer be changed");
        }
        if (week.building()) {
            throw new Refused("Wait until the timetable is built, or stop it, before changing the week");
        }
        var teams = Set.copyOf(weeks.teamsTakingPart(changed));
        var slotsOutside = jdbc.sql(
                        "select count(*) from visit_slot where week_id = ?" + " and (starts_at < ? or starts_at >= ?)")
                .params(
                        weekId,
                        changed.firstDay().atStartOfDay(),
                        changed.lastDay().plusDays(1).atStartOfDay())
                .query(Long.class)
                .single();
        if (slotsOutside > 0) {
            throw new Refused(
                    "firstDay",
                    slotsOutside + (slotsOutside == 1 ? " offered slot falls" : " offered slots fall")
                            + " outside the new dates: ask the teams to withdraw "
                            + (slotsOutside == 1 ? "it" : "them") + " first, or keep the dates");
        }
        var teamsWithSlots =
                jdbc
                        .sql("""
                        select distinct t.name, t.id from visit_slot s join team_directory t on t.id = s.team_id
                        where s.week_id = ? order by t.name
                        """)
                        .param(weekId)
                        .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)})
                        .list()
                        .stream()
                        .filter(t -> !teams.contains((Long) t[1]))
                        .map(t -> (String) t[0])
                        .toList();
        if (!teamsWithSlots.isEmpty()) {
            throw new Refused(
                    "teamIds",
                    String.join(", ", teamsWithSlots)
                            + (teamsWithSlots.size() == 1 ? " has" : " have")
                            + " offered slots, so cannot be taken out of the week");
        }
        jdbc.sql("""
                        update practice_week set name = ?, first_day = ?, last_day = ?, slots_due = ?,
                            availability_due = ? where id = ?
                        """)
                .params(
                        changed.name(),
                        changed.firstDay(),
                        changed.lastDay(),
                        changed.slotsDue(),
                        changed.availabilityDue(),
                        weekId)
                .update();
        jdbc.sql("delete from practice_week_service_area where week_id = ?")
                .param(weekId)
                .update();
        for (var area : changed.serviceAreaIds()) {
            jdbc.sql("insert into practice_week_service_area (week_id, service_area_id) values (?, ?)")
                    .params(weekId, area)
                    .update();
        }
        jdbc.sql("delete from practice_week_team where week_id = ?")
                .param(weekId)
                .update();
        for (var team : teams.stream().sorted().toList()) {
            jdbc.sql("insert into practice_week_team (week_id, team_id) values (?, ?)")
                    .params(weekId, team)
                    .update();
        }
        jdbc.sql("""
                        delete from week_visitor_half_day where (free_day < ? or free_day > ?)
                            and week_visitor_id in (select id from week_visitor where week_id = ?)
                        """).params(changed.firstDay(), changed.lastDay(), weekId).update();
        accessLog.changed("Practice Week", weekId);
    }

    /** Why the week may not be deleted, in words, or empty when it may. */
    @Transactional(readOnly = true)
    List<String> keptBecause(long weekId) {
        var reasons = new java.util.ArrayList<String>();
        long records = count(
                "select count(*) from visit_record r join visit_slot s on s.id = r.slot_id where s.week_id = ?"
                        + " and r.status = 'SUBMITTED'",
                weekId);
        if (records > 0) {
            reasons.add(records + (records == 1 ? " visit record has" : " visit records have") + " been sent");
        }
        long views = count("select count(*) from family_feedback where week_id = ?", weekId);
        if (views > 0) {
            reasons.add("families have sent " + views + (views == 1 ? " view" : " views"));
        }
        long accepted = count(
                "select count(*) from visit_suggested_action a join visit_record r on r.id = a.record_id"
                        + " join visit_slot s on s.id = r.slot_id where s.week_id = ? and a.action_id is not null",
                weekId);
        if (accepted > 0) {
            reasons.add(accepted + (accepted == 1 ? " action has" : " actions have") + " been raised from it");
        }
        return reasons;
    }

    /**
     * Deletes a week set up by mistake, with its slots, visitors, availability and timetable, so that nothing (a later
     * week's report comparing itself with the one before) finds it again. Refused when it holds anything people sent.
     */
    @Transactional
    void delete(long weekId) {
        var week = weeks.found(weekId);
        if (week.building()) {
            throw new Refused("Wait until the timetable is built, or stop it, before deleting the week");
        }
        var kept = keptBecause(weekId);
        if (!kept.isEmpty()) {
            throw new Refused("This week cannot be deleted: " + String.join("; ", kept) + ".");
        }
        var slots = "select id from visit_slot where week_id = ?";
        var visitors = "select id from week_visitor where week_id = ?";
        update(
                "delete from visit_suggested_action where record_id in (select id from visit_record where slot_id in ("
                        + slots + "))",
                weekId);
        update("delete from visit_record where slot_id in (" + slots + ")", weekId);
        update("delete from visit_assignment where slot_id in (" + slots + ")", weekId);
        update("delete from week_visitor_half_day where week_visitor_id in (" + visitors + ")", weekId);
        update("delete from week_visitor_preference where week_visitor_id in (" + visitors + ")", weekId);
        update("delete from week_visitor where week_id = ?", weekId);
        update("delete from visit_slot where week_id = ?", weekId);
        update("delete from staff_week_feedback where week_id = ?", weekId);
        update("delete from practice_week_team where week_id = ?", weekId);
        update("delete from practice_week_service_area where week_id = ?", weekId);
        update("delete from practice_week where id = ?", weekId);
        accessLog.changed("Practice Week", weekId);
    }

    private long count(String sql, long weekId) {
        return jdbc.sql(sql).param(weekId).query(Long.class).single();
    }

    private void update(String sql, long weekId) {
        jdbc.sql(sql).param(weekId).update();
    }
}
