package org.praxis.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.praxis.organisation.JobRole;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.organisation.OrganisationDirectory.StaffRecord;
import org.praxis.workforce.WorkforceFigures.Period;
import org.praxis.workforce.WorkforceFigures.SupervisionCompliance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether each person's one-to-one supervision is within the policy's interval: who is overdue (a manager's list for
 * their teams) and compliance by team.
 */
@Service
@Transactional(readOnly = true)
class SupervisionStatus {

    /** A person's supervision on a day: due is the last one-to-one (or the start date) plus their interval. */
    record Person(
            long staffId,
            String fullName,
            Long teamId,
            JobRole jobRole,
            LocalDate lastOneToOne,
            LocalDate due,
            int intervalWeeks,
            boolean overdue) {}

    private final OrganisationDirectory organisation;
    private final WorkforceRecords records;
    private final WorkforcePolicy policy;
    private final JdbcClient jdbc;
    private final Clock clock;

    SupervisionStatus(
            OrganisationDirectory organisation,
            WorkforceRecords records,
            WorkforcePolicy policy,
            JdbcClient jdbc,
            Clock clock) {
        this.organisation = organisation;
        this.records = records;
        this.policy = policy;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Everyone in post in these teams today, overdue first, then by due date and name. */
    List<Person> teams(Collection<Long> teamIds) {
        var day = today();
        var details = records.staffDetails();
        var last = records.lastOneToOne(day);
        return organisation.staffRecords().stream()
                .filter(s -> s.teamId() != null && teamIds.contains(s.teamId()) && InPost.on(s, details, day))
                .map(s -> person(s, last.get(s.id()), day))
                .sorted(Comparator.comparing(Person::overdue)
                        .reversed()
                        .thenComparing(Person::due, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Person::fullName))
                .toList();
    }

    /** One person today. */
    Person of(StaffRecord staff) {
        var day = today();
        return person(staff, records.lastOneToOne(day).get(staff.id()), day);
    }

    private Person person(StaffRecord s, LocalDate last, LocalDate day) {
        int weeks = policy.intervalWeeks(s, day);
        var from = last != null ? last : s.startDate();
        var due = from == null ? null : from.plusWeeks(weeks);
        return new Person(
                s.id(), s.fullName(), s.teamId(), s.jobRole(), last, due, weeks, due == null || due.isBefore(day));
    }

    /** Compliance over the period: the council first (teamId null), then each team with staff in post, by name. */
    List<SupervisionCompliance> compliance(Period period) {
        var details = records.staffDetails();
        var last = records.lastOneToOne(period.to());
        var held = records.oneToOnesBetween(period.from(), period.to());
        var others = otherSessionsByTeam(period);
        var teams = organisation.teams();
        var byTeam = new LinkedHashMap<Long, int[]>();
        var council = new int[4];
        for (var s : organisation.staffRecords()) {
            if (!InPost.on(s, details, period.to())) {
                continue;
            }
            var person = person(s, last.get(s.id()), period.to());
            int expected = expected(s, period);
            int sessions =
                    Math.min(expected, held.getOrDefault(s.id(), List.of()).size());
            for (var counts : new int[][] {council, byTeam.computeIfAbsent(s.teamId(), k -> new int[4])}) {
                counts[0]++;
                counts[1] += person.overdue() ? 0 : 1;
                counts[2] += expected;
                counts[3] += sessions;
            }
        }
        var result = new ArrayList<SupervisionCompliance>();
        int allOthers = others.values().stream().mapToInt(Integer::intValue).sum();
        result.add(
                new SupervisionCompliance(null, "Council", council[0], council[1], council[2], council[3], allOthers));
        byTeam.entrySet().stream()
                .filter(e -> e.getKey() != null)
                .map(e -> new SupervisionCompliance(
                        e.getKey(),
                        teams.containsKey(e.getKey()) ? teams.get(e.getKey()).name() : "",
                        e.getValue()[0],
                        e.getValue()[1],
                        e.getValue()[2],
                        e.getValue()[3],
                        others.getOrDefault(e.getKey(), 0)))
                .sorted(Comparator.comparing(SupervisionCompliance::teamName))
                .forEach(result::add);
        return result;
    }

    /** Sessions due in the period: each interval (as the policy stood on its first day) that ended within it. */
    private int expected(StaffRecord s, Period period) {
        var t = s.startDate() != null && s.startDate().isAfter(period.from()) ? s.startDate() : period.from();
        int n = 0;
        while (true) {
            var next = t.plusWeeks(policy.intervalWeeks(s, t));
            if (next.isAfter(period.to().plusDays(1))) {
                return n;
            }
            n++;
            t = next;
        }
    }

    private Map<Long, Integer> otherSessionsByTeam(Period period) {
        var teamOf = new java.util.HashMap<Long, Long>();
        organisation.staffRecords().forEach(s -> teamOf.put(s.id(), s.teamId()));
        var counts = new java.util.HashMap<Long, Integer>();
        jdbc.sql("""
                        select supervisee_id, count(*) from workforce_supervision
                        where kind <> 'ONE_TO_ONE' and held_on between ? and ? group by supervisee_id""").params(period.from(), period.to()).query((java.sql.ResultSet rs) -> {
            var team = teamOf.get(rs.getLong(1));
            counts.merge(team == null ? -1L : team, rs.getInt(2), Integer::sum);
        });
        return counts;
    }
}
