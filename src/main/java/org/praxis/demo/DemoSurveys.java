package org.praxis.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.praxis.organisation.EmploymentType;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.organisation.OrganisationDirectory.StaffRecord;
import org.praxis.surveys.SurveyRecords;
import org.springframework.stereotype.Component;

/**
 * The demo's staff surveys: two years of the healthy workplace survey and of the social work health check, answered
 * by about two people in three (fewer agency and bank staff), so that small teams fall below the minimum and are
 * hidden; an engagement survey open now, which the demo practitioner has still to answer; free text, some waiting
 * for review; national figures beside last year's health check. Answers are made up from a fixed seed: each team
 * leans its own way, and things got a little better from one year to the next.
 */
@Component
class DemoSurveys {

    private static final List<String> COMMENTS = List.of(
            "More quiet rooms for difficult phone calls would help.",
            "Protected time for supervision has made a real difference this year.",
            "Caseloads in our team are still too high after two vacancies.",
            "Please keep the reflective practice groups going.",
            "Agency colleagues should be invited to team training too.",
            "The new laptops are much better for visits.",
            "It would help to have fewer meetings on Mondays.",
            "Managers have been approachable when cases are worrying.",
            "Parking near the office makes late visits hard.",
            "The practice week was a good chance to be heard by leaders.");

    private final SurveyRecords records;
    private final OrganisationDirectory organisation;
    private final Clock clock;

    DemoSurveys(SurveyRecords records, OrganisationDirectory organisation, Clock clock) {
        this.records = records;
        this.organisation = organisation;
        this.clock = clock;
    }

    void load() {
        var today = LocalDate.now(clock);
        var staff =
                organisation.staffRecords().stream().filter(StaffRecord::active).toList();
        int lastYear = latestHealthCheckYear(today);
        for (int year : List.of(lastYear - 1, lastYear)) {
            boolean latest = year == lastYear;
            var opens = LocalDate.of(year, Month.MARCH, 2);
            ran(
                    new SurveyRecords.Past(
                            "Healthy workplace survey " + year,
                            "HEALTHY_WORKPLACE",
                            opens,
                            opens.plusDays(20),
                            true,
                            true,
                            false,
                            true),
                    staff,
                    year,
                    latest ? 0.05 : 0.0,
                    false);
            var check = LocalDate.of(year, Month.OCTOBER, 14);
            long id = ran(
                    new SurveyRecords.Past(
                            "Social work health check " + year,
                            "HEALTH_CHECK",
                            check,
                            check.plusDays(27),
                            true,
                            true,
                            false,
                            true),
                    staff,
                    year * 7,
                    latest ? 0.06 : 0.0,
                    latest);
            if (latest) {
                records.nationalFigures(
                        id,
                        Map.of(
                                "HC3A", new BigDecimal("52.0"),
                                "HC5A", new BigDecimal("71.0"),
                                "HC6A", new BigDecimal("48.0"),
                                "S3", new BigDecimal("55.0"),
                                "S5", new BigDecimal("69.0")),
                        "National social work health check (made-up figures for the demo)");
            }
        }
        records.sendToEveryone(
                "Employee engagement survey " + today.getYear(), "ENGAGEMENT", today.plusDays(14), "qa.lead");
    }

    /** The latest health check is the last whose survey has closed (on 10 November); the demo has the year before too. */
    static int latestHealthCheckYear(LocalDate today) {
        return today.isAfter(LocalDate.of(today.getYear(), Month.NOVEMBER, 10)) ? today.getYear() : today.getYear() - 1;
    }

    /** A survey that ran: who answered drawn from the seed, their answers leaning by team, better by {@code lift}. */
    private long ran(SurveyRecords.Past past, List<StaffRecord> staff, long seed, double lift, boolean published) {
        var random = new Random(seed);
        var areaOf = new java.util.HashMap<Long, Long>();
        organisation.teams().forEach((id, team) -> areaOf.put(id, team.serviceAreaId()));
        var questions = records.closedQuestions(past.bankKind());
        var answered = new HashSet<Long>();
        var responses = new ArrayList<SurveyRecords.Response>();
        int comments = 0;
        for (var person : staff) {
            double answers = person.employmentType() == EmploymentType.PERMANENT ? 0.72 : 0.45;
            if (random.nextDouble() >= answers) {
                continue;
            }
            answered.add(person.id());
            // Each team leans its own way (from its id, so both years agree), agency and bank staff a little lower.
            double agree = 0.45
                    + (person.teamId() == null ? 0 : (person.teamId() * 37 % 30) / 100.0)
                    + lift
                    - (person.employmentType() == EmploymentType.PERMANENT ? 0 : 0.08);
            var options = new int[questions.size()];
            for (int q = 0; q < questions.size(); q++) {
                var question = questions.get(q);
                if (question.options().size() == 5) {
                    options[q] = random.nextDouble() < agree ? 3 + random.nextInt(2) : random.nextInt(3);
                } else {
                    options[q] = random.nextInt(question.options().size());
                }
            }
            var comment = random.nextDouble() < 0.08 ? COMMENTS.get(comments++ % COMMENTS.size()) : null;
            responses.add(new SurveyRecords.Response(
                    person.teamId(),
                    areaOf.get(person.teamId()),
                    person.jobRole(),
                    person.employmentType(),
                    options,
                    comment));
        }
        return records.recordClosed(
                past, staff.stream().map(StaffRecord::id).toList(), answered, responses, published, "qa.lead");
    }
}
