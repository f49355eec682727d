package org.praxis.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.praxis.organisation.EmploymentType;
import org.praxis.organisation.JobRole;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.organisation.OrganisationDirectory.StaffRecord;
import org.praxis.organisation.OrganisationSetup;
import org.praxis.workforce.SupervisionKind;
import org.praxis.workforce.WorkforceRecords;
import org.praxis.workforce.WorkforceRecords.Session;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's workforce health, all made up, over the two years the demo's health checks look at, so that both have
 * figures: one-to-one supervision (patchier in the first year; most teams about monthly since, the demo
 * manager's team and two others lapsing, so overdue lists and compliance differ), monthly reflective practice, HR's
 * FTE figures and sickness absence, eight leavers, apprentices' cohorts and progress, and each team's
 * establishment with a few vacancies.
 */
@Component
class WorkforceDemo {

    private static final String DEMO = "demo";
    private static final List<String> NOTES = List.of(
            "Talked through the week's visits and one family where the plan is drifting; agreed to ask for a legal"
                    + " planning meeting.",
            "Caseload reviewed: two cases to close, one to transfer. Reflected on a difficult conversation with a"
                    + " parent and how it went.",
            "Discussed wellbeing and leave, the assessment due next week, and the training on analysing risk.",
            "Reviewed the chronology for one child and the voice of the child in the last assessment.");
    private static final List<String> UNIVERSITIES = List.of("Northbridge University", "Riverside Open University");

    private final OrganisationDirectory directory;
    private final OrganisationSetup organisation;
    private final WorkforceRecords records;
    private final JdbcClient jdbc;
    private final Clock clock;

    WorkforceDemo(
            OrganisationDirectory directory,
            OrganisationSetup organisation,
            WorkforceRecords records,
            JdbcClient jdbc,
            Clock clock) {
        this.directory = directory;
        this.organisation = organisation;
        this.records = records;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void load() {
        var today = LocalDate.now(clock);
        var random = new Random(20261202L);
        var leavers = leavers(today);
        var staff = directory.staffRecords().stream()
                .filter(s -> s.active() && s.teamId() != null)
                .toList();
        var teams = directory.activeTeams();
        var lapsing = lapsingTeams(teams);
        supervision(staff, lapsing, today, random);
        hr(staff, leavers, today, random);
        establishment(staff, teams, random);
    }

    /** The demo manager's team, and the second and fifth teams by name: their supervision lapsed in the autumn. */
    private Set<Long> lapsingTeams(List<OrganisationDirectory.TeamSummary> teams) {
        var lapsing = new java.util.HashSet<Long>();
        jdbc.sql("select team_id from account_directory where username = 'manager' and team_id is not null")
                .query(Long.class)
                .optional()
                .ifPresent(lapsing::add);
        if (teams.size() > 4) {
            lapsing.add(teams.get(1).id());
            lapsing.add(teams.get(4).id());
        }
        return lapsing;
    }

    private void supervision(List<StaffRecord> staff, Set<Long> lapsing, LocalDate today, Random random) {
        var since = since(today);
        var byTeam = new HashMap<Long, List<StaffRecord>>();
        staff.forEach(
                s -> byTeam.computeIfAbsent(s.teamId(), k -> new ArrayList<>()).add(s));
        var heads = staff.stream()
                .filter(s -> s.jobRole() == JobRole.HEAD_OF_SERVICE)
                .map(StaffRecord::id)
                .toList();
        var sessions = new ArrayList<Session>();
        for (var entry : byTeam.entrySet()) {
            var team = entry.getValue();
            var manager = team.stream()
                    .filter(s -> s.jobRole() == JobRole.TEAM_MANAGER)
                    .map(StaffRecord::id)
                    .findFirst()
                    .orElse(heads.isEmpty() ? team.getFirst().id() : heads.getFirst());
            // Lapsing teams stopped about ten weeks ago; the rest are up to date but for the odd person.
            var stopped = lapsing.contains(entry.getKey()) ? today.minusWeeks(10) : today;
            for (var person : team) {
                long supervisor = person.id() == manager
                        ? (heads.isEmpty() ? manager : heads.get((int) (person.id() % heads.size())))
                        : manager;
                if (supervisor == person.id() || person.jobRole() == JobRole.DIRECTOR) {
                    continue;
                }
                boolean newlyQualified = person.jobRole() == JobRole.ASYE;
                int weeks = newlyQualified ? 2 : 4;
                var day = weekday(since.plusDays(random.nextInt(21)));
                if (person.startDate() != null && day.isBefore(person.startDate())) {
                    day = weekday(person.startDate().plusDays(3));
                }
                boolean missesOne = random.nextInt(10) == 0;
                while (!day.isAfter(stopped.minusDays(1)) && !day.isAfter(today.minusDays(1))) {
                    // The first year was patchier (about one session in five missed): the health check shows it
                    // improve.
                    boolean firstYear = day.isBefore(since.plusYears(1));
                    if (!(missesOne && day.isAfter(today.minusWeeks(9))) && !(firstYear && random.nextInt(5) == 0)) {
                        sessions.add(new Session(
                                person.id(),
                                supervisor,
                                day,
                                SupervisionKind.ONE_TO_ONE,
                                random.nextInt(3) == 0 ? NOTES.get(random.nextInt(NOTES.size())) : null));
                    }
                    day = weekday(day.plusWeeks(weeks).plusDays(random.nextInt(5) - 1));
                }
            }
            // Reflective practice for the whole team once a month, the manager leading.
            int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(since, today);
            for (int month = months; month >= 0; month -= 1) {
                var day = weekday(today.minusMonths(month).with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY)));
                if (day.isAfter(today.minusDays(1)) || random.nextInt(4) == 0) {
                    continue;
                }
                for (var person : team) {
                    if (person.id() != manager && random.nextInt(3) > 0) {
                        sessions.add(new Session(person.id(), manager, day, SupervisionKind.REFLECTIVE_PRACTICE, null));
                    }
                }
            }
        }
        records.recordSessions(sessions, WorkforceRecords.Source.DEMO, DEMO);
    }

    /** Eight people who left over the last two years (made up), with HR's leaving date and reason. */
    private Map<Long, LocalDate> leavers(LocalDate today) {
        var teams = directory.activeTeams();
        var reasons = List.of("Moved to another council", "Retired", "Career change", "Moved away");
        var planned = new ArrayList<OrganisationSetup.NewStaffMember>();
        for (int i = 0; i < 8; i++) {
            planned.add(new OrganisationSetup.NewStaffMember(
                    "Former Worker " + (i + 1),
                    "former.worker" + (i + 1) + "@northbridge.example.gov.uk",
                    JobRole.SOCIAL_WORKER,
                    teams.get((i * 5) % teams.size()).id(),
                    EmploymentType.PERMANENT,
                    today.minusYears(3 + i % 4)));
        }
        var ids = organisation.addStaff(planned);
        var left = new HashMap<Long, LocalDate>();
        var details = new ArrayList<WorkforceRecords.StaffDetails>();
        for (int i = 0; i < planned.size(); i++) {
            long id = ids.get(planned.get(i).workEmail());
            var day = today.minusDays(20 + 75L * i);
            left.put(id, day);
            details.add(new WorkforceRecords.StaffDetails(
                    id, BigDecimal.ONE, day, reasons.get(i % reasons.size()), null, null, null));
        }
        records.saveStaffDetails(details, DEMO);
        return left;
    }

    /** HR's FTE (one in eight part time), apprentices' cohorts and progress, and sickness absence each year. */
    private void hr(List<StaffRecord> staff, Map<Long, LocalDate> leavers, LocalDate today, Random random) {
        var since = since(today);
        var details = new ArrayList<WorkforceRecords.StaffDetails>();
        var spells = new ArrayList<WorkforceRecords.SicknessSpell>();
        var progress = List.of("On track", "On track", "On track", "Behind", "On a break");
        for (var s : staff) {
            if (leavers.containsKey(s.id())) {
                continue;
            }
            var fte = random.nextInt(8) == 0 ? new BigDecimal(random.nextBoolean() ? "0.6" : "0.8") : BigDecimal.ONE;
            boolean apprentice = s.jobRole() == JobRole.SOCIAL_WORK_APPRENTICE;
            details.add(new WorkforceRecords.StaffDetails(
                    s.id(),
                    fte,
                    null,
                    null,
                    apprentice
                            ? String.valueOf(
                                    s.startDate() == null
                                            ? today.getYear()
                                            : s.startDate().getYear())
                            : null,
                    apprentice ? UNIVERSITIES.get(random.nextInt(UNIVERSITIES.size())) : null,
                    apprentice ? progress.get(random.nextInt(progress.size())) : null));
            // About one in three has some sickness each year: mostly a few days, the odd long spell; a little more in
            // the first year.
            for (var year = since; year.isBefore(today.minusDays(30)); year = year.plusYears(1)) {
                if (random.nextInt(year.equals(since) ? 2 : 3) == 0) {
                    var first = weekday(year.plusDays(random.nextInt(330)));
                    if (first.isAfter(today.minusDays(10))) {
                        continue;
                    }
                    int days = random.nextInt(12) == 0 ? 15 + random.nextInt(25) : 1 + random.nextInt(4);
                    var last = first.plusDays(days + days / 5 * 2 - 1L);
                    spells.add(new WorkforceRecords.SicknessSpell(s.id(), first, last, BigDecimal.valueOf(days)));
                }
            }
        }
        records.saveStaffDetails(details, DEMO);
        records.saveSickness(spells, DEMO);
    }

    /** Posts per team: the team's headcount, plus a vacancy or two in about a third of teams. */
    private void establishment(List<StaffRecord> staff, List<OrganisationDirectory.TeamSummary> teams, Random random) {
        var headcount = new HashMap<Long, Integer>();
        staff.forEach(s -> headcount.merge(s.teamId(), 1, Integer::sum));
        teams.stream()
                .sorted(Comparator.comparing(OrganisationDirectory.TeamSummary::name))
                .forEach(team -> {
                    int posts =
                            headcount.getOrDefault(team.id(), 0) + (random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0);
                    if (posts > 0) {
                        records.saveEstablishment(team.id(), BigDecimal.valueOf(posts), DEMO);
                    }
                });
    }

    /**
     * The demo's records start in the November two health checks back: each health check takes the twelve months to
     * its survey's close (10 November), so the latest and the one before both have a full year of figures.
     */
    private static LocalDate since(LocalDate today) {
        return LocalDate.of(DemoSurveys.latestHealthCheckYear(today) - 2, 11, 11);
    }

    private static LocalDate weekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }
}
