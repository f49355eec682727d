package org.praxis.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.praxis.organisation.DirectorateKind;
import org.praxis.organisation.EmploymentType;
import org.praxis.organisation.JobRole;
import org.praxis.organisation.TeamType;
import org.praxis.organisation.VisitorKind;

/**
 * The demo council, generated the same way every time from a fixed seed. Names are made by pairing
 * common first names and surnames at random: nobody real is described.
 */
final class DemoCouncil {

    static final String PASSWORD = "praxis-demo";
    static final List<String> DEMO_USERNAMES = List.of(
            "admin",
            "qa.lead",
            "leader",
            "manager",
            "practitioner",
            "visitor",
            "lindsey.okafor",
            "complaints.manager",
            "councillor");

    record ServiceAreaPlan(DirectorateKind kind, String name, List<TeamPlan> teams) {}

    record TeamPlan(String name, TeamType type, int size) {}

    record StaffPlan(
            String fullName, String email, JobRole role, String team, EmploymentType employment, LocalDate start) {}

    record VisitorPlan(String fullName, String organisation, VisitorKind kind, String email, boolean cleared) {}

    static final String CHILDREN = "Children's Services";
    static final String ADULTS = "Adults' Health and Social Care";

    static List<ServiceAreaPlan> serviceAreas() {
        return List.of(
                new ServiceAreaPlan(
                        DirectorateKind.CHILDREN,
                        "Front door and assessment",
                        List.of(
                                new TeamPlan("MASH", TeamType.MASH_FRONT_DOOR, 18),
                                new TeamPlan("Assessment Team North", TeamType.DUTY_AND_ASSESSMENT, 14),
                                new TeamPlan("Assessment Team South", TeamType.DUTY_AND_ASSESSMENT, 14))),
                new ServiceAreaPlan(
                        DirectorateKind.CHILDREN,
                        "Safeguarding and family support",
                        List.of(
                                new TeamPlan("Child in Need Team 1", TeamType.CHILD_IN_NEED, 13),
                                new TeamPlan("Child in Need Team 2", TeamType.CHILD_IN_NEED, 13),
                                new TeamPlan("Child Protection Team East", TeamType.CHILD_PROTECTION, 14),
                                new TeamPlan("Child Protection Team West", TeamType.CHILD_PROTECTION, 14),
                                new TeamPlan("Child Protection Team Central", TeamType.CHILD_PROTECTION, 15),
                                new TeamPlan("Family Support Hub", TeamType.CHILD_IN_NEED, 15),
                                new TeamPlan("Edge of Care", TeamType.EDGE_OF_CARE, 12),
                                new TeamPlan("Disabled Children's Team", TeamType.DISABLED_CHILDREN, 12))),
                new ServiceAreaPlan(
                        DirectorateKind.CHILDREN,
                        "Children in care",
                        List.of(
                                new TeamPlan("Children in Care Team 1", TeamType.CHILDREN_IN_CARE, 16),
                                new TeamPlan("Children in Care Team 2", TeamType.CHILDREN_IN_CARE, 16),
                                new TeamPlan("Leaving Care", TeamType.CARE_LEAVERS, 13),
                                new TeamPlan("Fostering Service", TeamType.FOSTERING, 13),
                                new TeamPlan("Adoption Northbridge", TeamType.ADOPTION, 10))),
                new ServiceAreaPlan(
                        DirectorateKind.CHILDREN,
                        "Practice development",
                        List.of(new TeamPlan("Children's Quality Assurance", TeamType.SUPPORT, 6))),
                new ServiceAreaPlan(
                        DirectorateKind.ADULTS,
                        "Access and enablement",
                        List.of(
                                new TeamPlan("Adults Contact and Response", TeamType.CONTACT_AND_RESPONSE, 14),
                                new TeamPlan("Reablement Service", TeamType.REABLEMENT, 16),
                                new TeamPlan("Hospital Discharge Team", TeamType.HOSPITAL, 14),
                                new TeamPlan("Reablement Service East", TeamType.REABLEMENT, 14))),
                new ServiceAreaPlan(
                        DirectorateKind.ADULTS,
                        "Community social work",
                        List.of(
                                new TeamPlan("Long Term Support North", TeamType.LONG_TERM, 16),
                                new TeamPlan("Long Term Support South", TeamType.LONG_TERM, 16),
                                new TeamPlan("Community Mental Health Team", TeamType.MENTAL_HEALTH, 13),
                                new TeamPlan("Learning Disability Team", TeamType.LEARNING_DISABILITY, 13),
                                new TeamPlan("Sight and Hearing Service", TeamType.SIGHT_AND_HEARING, 8))),
                new ServiceAreaPlan(
                        DirectorateKind.ADULTS,
                        "Safeguarding adults",
                        List.of(
                                new TeamPlan("Safeguarding Adults Team", TeamType.SAFEGUARDING_ADULTS, 12),
                                new TeamPlan("Deprivation of Liberty Safeguards", TeamType.SAFEGUARDING_ADULTS, 9))),
                new ServiceAreaPlan(
                        DirectorateKind.ADULTS,
                        "Principal social work",
                        List.of(
                                new TeamPlan("Adults' Quality Assurance", TeamType.SUPPORT, 6),
                                new TeamPlan("Directorate Leadership", TeamType.SUPPORT, 8))));
    }

    private static final String[] FIRST = {
        "Aisha", "Amara", "Ben", "Bethany", "Callum", "Chloe", "Daniel", "Deepa", "Eleanor", "Emeka", "Farah",
        "Fiona", "George", "Grace", "Hamza", "Hannah", "Imran", "Isla", "Jack", "Jasmine", "Kofi", "Katie",
        "Liam", "Leah", "Mohammed", "Megan", "Nathan", "Niamh", "Oliver", "Olivia", "Priya", "Patrick", "Rachel",
        "Rahul", "Sophie", "Samuel", "Tariq", "Thea", "Usman", "Victoria", "William", "Yasmin", "Zara", "Adam",
        "Bronwen", "Conor", "Dami", "Ewa", "Harpreet", "Joanne", "Marek", "Nadia", "Rhys", "Siobhan", "Tomasz"
    };
    private static final String[] LAST = {
        "Ahmed",
        "Baker",
        "Begum",
        "Campbell",
        "Chowdhury",
        "Clarke",
        "Davies",
        "Evans",
        "Fletcher",
        "Green",
        "Hall",
        "Hussain",
        "Jackson",
        "Jones",
        "Kaur",
        "Khan",
        "Kowalski",
        "Lewis",
        "Mensah",
        "Morris",
        "Murphy",
        "Nowak",
        "Okafor",
        "O'Brien",
        "Owusu",
        "Patel",
        "Phillips",
        "Price",
        "Roberts",
        "Robinson",
        "Shah",
        "Singh",
        "Smith",
        "Taylor",
        "Thomas",
        "Turner",
        "Walker",
        "Ward",
        "Williams",
        "Wilson",
        "Wright",
        "Young"
    };

    /** About 400 staff: teams of mixed roles; about 18% agency, a few bank staff, apprentices and ASYEs. */
    static List<StaffPlan> staff() {
        var random = new Random(20261122L);
        var emails = new HashSet<String>();
        var plans = new ArrayList<StaffPlan>();
        for (var area : serviceAreas()) {
            for (var team : area.teams()) {
                for (int i = 0; i < team.size(); i++) {
                    var role = roleFor(team, i, random);
                    var name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
                    var employment = employmentFor(role, random);
                    var start = LocalDate.of(2026, 9, 1).minusDays(startDaysAgo(role, random));
                    plans.add(new StaffPlan(name, uniqueEmail(name, emails), role, team.name(), employment, start));
                }
            }
        }
        return plans;
    }

    private static JobRole roleFor(TeamPlan team, int index, Random random) {
        if (team.type() == TeamType.SUPPORT) {
            if (team.name().equals("Directorate Leadership")) {
                return index < 2 ? JobRole.DIRECTOR : index < 6 ? JobRole.HEAD_OF_SERVICE : JobRole.BUSINESS_SUPPORT;
            }
            return index == 0
                    ? JobRole.PRINCIPAL_SOCIAL_WORKER
                    : index < 4 ? JobRole.QUALITY_ASSURANCE_OFFICER : JobRole.BUSINESS_SUPPORT;
        }
        if (index == 0) {
            return JobRole.TEAM_MANAGER;
        }
        if (index <= 2) {
            return JobRole.SENIOR_PRACTITIONER;
        }
        int r = random.nextInt(100);
        boolean adults = TeamType.forKind(DirectorateKind.ADULTS).contains(team.type());
        if (r < 10) return JobRole.ASYE;
        if (r < 16) return JobRole.SOCIAL_WORK_APPRENTICE;
        if (r < 26)
            return adults
                    ? (team.type() == TeamType.REABLEMENT ? JobRole.REABLEMENT_OFFICER : JobRole.OCCUPATIONAL_THERAPIST)
                    : JobRole.FAMILY_SUPPORT_WORKER;
        if (r < 32) return adults ? JobRole.SOCIAL_CARE_ASSESSOR : JobRole.FAMILY_SUPPORT_WORKER;
        if (r < 36) return JobRole.BUSINESS_SUPPORT;
        return JobRole.SOCIAL_WORKER;
    }

    private static EmploymentType employmentFor(JobRole role, Random random) {
        if (role == JobRole.SOCIAL_WORK_APPRENTICE || role == JobRole.ASYE || role == JobRole.DIRECTOR) {
            return EmploymentType.PERMANENT;
        }
        int r = random.nextInt(100);
        return r < 21 ? EmploymentType.AGENCY : r < 25 ? EmploymentType.BANK : EmploymentType.PERMANENT;
    }

    private static int startDaysAgo(JobRole role, Random random) {
        return switch (role) {
            case ASYE -> random.nextInt(330);
            case SOCIAL_WORK_APPRENTICE -> random.nextInt(700);
            default -> 30 + random.nextInt(5000);
        };
    }

    private static String uniqueEmail(String name, Set<String> used) {
        var base = name.toLowerCase(Locale.ROOT).replace("'", "").replace(' ', '.');
        var email = base + "@northbridge.example.gov.uk";
        for (int n = 2; !used.add(email); n++) {
            email = base + n + "@northbridge.example.gov.uk";
        }
        return email;
    }

    static List<VisitorPlan> visitors() {
        return List.of(
                new VisitorPlan(
                        "Cllr Margaret Ellison",
                        "Northbridge City Council",
                        VisitorKind.COUNCILLOR,
                        "margaret.ellison@councillors.northbridge.example.gov.uk",
                        false),
                new VisitorPlan(
                        "Cllr Sunil Varma",
                        "Northbridge City Council",
                        VisitorKind.COUNCILLOR,
                        "sunil.varma@councillors.northbridge.example.gov.uk",
                        false),
                new VisitorPlan(
                        "Cllr Joan Okoro",
                        "Northbridge City Council",
                        VisitorKind.COUNCILLOR,
                        "joan.okoro@councillors.northbridge.example.gov.uk",
                        false),
                new VisitorPlan("Cllr Peter Hale", "Northbridge City Council", VisitorKind.COUNCILLOR, null, false),
                new VisitorPlan(
                        "DI Karen Booth",
                        "Northbridge Police, Public Protection Unit",
                        VisitorKind.POLICE,
                        "karen.booth@police.example.uk",
                        true),
                new VisitorPlan(
                        "PC Liam Forde", "Northbridge Police, Neighbourhood Team", VisitorKind.POLICE, null, false),
                new VisitorPlan(
                        "Ruth Adeyemi",
                        "Northbridge NHS Trust, Designated Nurse for Safeguarding",
                        VisitorKind.NHS,
                        "ruth.adeyemi@nhs.example.uk",
                        true),
                new VisitorPlan("Dr Alan Mercer", "Northbridge Integrated Care Board", VisitorKind.NHS, null, true),
                new VisitorPlan(
                        "Helen Crane",
                        "Riverside Academy, Executive Principal",
                        VisitorKind.SCHOOL,
                        "h.crane@riverside.example.sch.uk",
                        false),
                new VisitorPlan(
                        "Marcus Reid",
                        "St Anne's Primary School, Designated Safeguarding Lead",
                        VisitorKind.SCHOOL,
                        null,
                        false));
    }

    /** A sign-in name from a made-up person's name: "Cllr Sunil Varma" becomes "sunil.varma". */
    static String username(String fullName) {
        var words = java.util.Arrays.stream(fullName.toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^a-z ]", "")
                        .split(" +"))
                .filter(w -> !java.util.Set.of("cllr", "dr", "di", "pc").contains(w))
                .toList();
        return String.join(".", words);
    }

    private DemoCouncil() {}
}
