package org.praxis.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.praxis.organisation.JobRole;

/**
 * Northbridge's adults' case list as its case management system exports it: one CSV, its own headings (which the
 * QA lead maps once), synthetic people known only by a number.
 */
final class DemoAdultCaseList {

    static final List<String> HEADINGS = List.of(
            "Person ID",
            "Team",
            "Worker",
            "Service Type",
            "Start Date",
            "Last Review",
            "Gender",
            "Ethnicity",
            "Primary Support Reason",
            "DOB");

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Map<String, String[]> TYPES_BY_TEAM = Map.of(
            "Adults Contact and Response", new String[] {"Adults' assessment", "Carer's support"},
            "Reablement Service", new String[] {"Reablement"},
            "Reablement Service East", new String[] {"Reablement"},
            "Hospital Discharge Team", new String[] {"Reablement", "Adults' assessment"},
            "Long Term Support North", new String[] {"Long-term support", "LTS", "Review"},
            "Long Term Support South", new String[] {"Long-term support", "LTS", "Review"},
            "Community Mental Health Team", new String[] {"Long-term support"},
            "Learning Disability Team", new String[] {"Long-term support", "Carer's support"},
            "Sight and Hearing Service", new String[] {"Long-term support"},
            "Safeguarding Adults Team", new String[] {"Safeguarding enquiry", "S42 enquiry"});

    /** The CSV text for the as-at date; about 600 open cases. */
    static String csv(LocalDate asAt) {
        var random = new Random(20261122L);
        var workers = new HashMap<String, List<String>>();
        for (var plan : DemoCouncil.staff()) {
            if (TYPES_BY_TEAM.containsKey(plan.team())
                    && plan.role() != JobRole.TEAM_MANAGER
                    && plan.role() != JobRole.BUSINESS_SUPPORT) {
                workers.computeIfAbsent(plan.team(), t -> new ArrayList<>()).add(plan.fullName());
            }
        }
        var teams = TYPES_BY_TEAM.keySet().stream().sorted().toList();
        var out = new StringBuilder(String.join(",", HEADINGS)).append("\r\n");
        for (int i = 0; i < 600; i++) {
            var team = teams.get(random.nextInt(teams.size()));
            var types = TYPES_BY_TEAM.get(team);
            var names = workers.getOrDefault(team, List.of());
            var worker = names.isEmpty() ? "" : names.get(random.nextInt(names.size()));
            var start = asAt.minusDays(10 + random.nextInt(1500));
            var review = start.plusDays(random.nextInt((int) Math.max(1, asAt.toEpochDay() - start.toEpochDay())));
            var birth = asAt.minusYears(18 + random.nextInt(80)).minusDays(random.nextInt(365));
            out.append(String.join(
                            ",",
                            String.valueOf(7_000_000 + i),
                            team,
                            '"' + worker + '"',
                            '"' + types[random.nextInt(types.length)] + '"',
                            start.format(UK),
                            random.nextInt(12) == 0 ? "" : review.format(UK),
                            random.nextBoolean() ? "Female" : "Male",
                            random.nextInt(5) == 0 ? "Asian or Asian British" : "White British",
                            random.nextInt(3) == 0
                                    ? "Physical support"
                                    : random.nextBoolean() ? "Memory and cognition" : "Mental health support",
                            birth.format(UK)))
                    .append("\r\n");
        }
        return out.toString();
    }

    private DemoAdultCaseList() {}
}
