package org.praxis.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.praxis.documents.SpreadsheetWriter;
import org.praxis.organisation.JobRole;

/**
 * Generates Northbridge's Annex A workbook: synthetic children (numbers only, no names), as messy as the real ones
 * councils export. Title rows, heading variants, codes with and without their letter, dates as Excel serials and as
 * text, #N/A, non-breaking spaces, an extra column, a team name that needs mapping and two rows with real problems.
 * {@code scale} 1 is about 3,000 rows; the benchmarks use larger scales.
 */
final class DemoAnnexA {

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String NBSP = "\u00A0";

    private final Random random;
    private final LocalDate asAt;
    private final int scale;
    private final Map<String, List<String>> workers = new HashMap<>();
    private int nextChild = 1_000_000;
    private final boolean monthBefore;

    private DemoAnnexA(LocalDate asAt, int scale, long seed, boolean monthBefore) {
        this.monthBefore = monthBefore;
        this.asAt = asAt;
        this.scale = scale;
        this.random = new Random(seed);
        for (var plan : DemoCouncil.staff()) {
            if (plan.role() == JobRole.SOCIAL_WORKER
                    || plan.role() == JobRole.SENIOR_PRACTITIONER
                    || plan.role() == JobRole.ASYE) {
                workers.computeIfAbsent(plan.team(), t -> new ArrayList<>()).add(plan.fullName());
            }
        }
    }

    /** Writes the workbook for the as-at date; the same scale and date always give the same file. */
    static void write(OutputStream out, LocalDate asAt, int scale, long seed) throws IOException {
        new DemoAnnexA(asAt, scale, seed, false).writeAll(out);
    }

    /**
     * The same council's lists a month earlier: the same children in the same teams (the same seed), less the few
     * who came in this month, plus the few whose cases ended. So "what changed" between the demo's two snapshots is
     * a believable month, not a third of the caseload moving team (two unrelated draws gave the same child
     * numbers different teams).
     */
    static void writeMonthBefore(OutputStream out, LocalDate asAt, int scale, long seed) throws IOException {
        new DemoAnnexA(asAt, scale, seed, true).writeAll(out);
    }

    /** A child's row, or nothing in the month it is not on the lists (about 1 in 25 new, 1 in 30 ended). */
    private void row(SpreadsheetWriter book, List<?> cells) throws IOException {
        if (!cells.isEmpty() && cells.getFirst() instanceof Long child) {
            int turn = Long.hashCode(child * 0x9E3779B97F4A7C15L) & 0x7fffffff;
            boolean newThisMonth = turn % 25 == 0;
            boolean endedThisMonth = turn % 30 == 1;
            if (monthBefore ? newThisMonth : endedThisMonth) {
                return;
            }
        }
        book.row(cells);
    }

    private void writeAll(OutputStream out) throws IOException {
        try (var book = new SpreadsheetWriter(out)) {
            book.startSheet("Front_Sheet");
            row(book, List.of("Annex A - Child level data"));
            row(book, List.of("Northbridge City Council: generated demonstration data, no real children"));
            contacts(book);
            earlyHelp(book);
            referrals(book);
            assessments(book);
            section47(book);
            childrenInNeed(book);
            childProtection(book);
            childrenInCare(book);
            careLeavers(book);
            adoption(book);
            adopters(book);
        }
    }

    private int rows(int perScale) {
        return perScale * scale;
    }

    private void header(SpreadsheetWriter book, String sheet, String title, String... headings) throws IOException {
        book.startSheet(sheet);
        row(book, List.of(title));
        row(book, List.of((Object[]) headings));
    }

    /** Case systems number children; Excel keeps the numbers as numbers. */
    private Long child() {
        return (long) nextChild++;
    }

    private String gender() {
        int g = random.nextInt(100);
        var label = g < 49 ? "Male" : g < 97 ? "Female" : g < 99 ? "Not stated/recorded (or unborn)" : "Neither";
        var letter = g < 49 ? "a) " : g < 97 ? "b) " : g < 99 ? "c) " : "d) ";
        return random.nextBoolean() ? letter + label : label;
    }

    private static final String[] ETHNICITY = {
        "a) WBRI", "a) WBRI", "a) WBRI", "a) WBRI", "a) WBRI", "WIRI", "WOTH", "b) MWBC", "MWBA", "c) AIND", "APKN",
        "ABAN", "d) BCRB", "BAFR", "CHNE", "OOTH", "NOBT", "REFU"
    };

    private String ethnicity() {
        return ETHNICITY[random.nextInt(ETHNICITY.length)];
    }

    private String yesNo(int yesPercent) {
        boolean yes = random.nextInt(100) < yesPercent;
        return switch (random.nextInt(3)) {
            case 0 -> yes ? "a) Yes" : "b) No";
            case 1 -> yes ? "Yes" : "No";
            default -> yes ? "Y" : "N";
        };
    }

    private LocalDate birth(int minAge, int maxAge) {
        return asAt.minusDays(minAge * 365L + random.nextInt(Math.max(1, (maxAge - minAge) * 365)));
    }

    private LocalDate daysBefore(int from, int to) {
        return asAt.minusDays(from + random.nextInt(Math.max(1, to - from)));
    }

    /** Most dates arrive as Excel serial numbers; some systems write text. */
    private static Object serial(LocalDate date) {
        return date == null ? "" : ChronoUnit.DAYS.between(EXCEL_EPOCH, date);
    }

    private static String uk(LocalDate date) {
        return date == null ? "" : date.format(UK);
    }

    private static Object age(LocalDate birth, LocalDate at) {
        return birth.isAfter(at)
                ? -1
                : (Object) (long) java.time.Period.between(birth, at).getYears();
    }

    private String worker(String team) {
        var names = workers.getOrDefault(team, List.of());
        if (names.isEmpty() || random.nextInt(40) == 0) {
            return "#N/A";
        }
        return names.get(random.nextInt(names.size()));
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private void contacts(SpreadsheetWriter book) throws IOException {
        header(
                book,
                "List_1",
                "List 1: Contacts",
                "Child Unique ID",
                "Gender",
                "Ethnicity",
                "Date of Birth",
                "Age of Child (Years)",
                "Date of Contact",
                "Contact Source");
        for (int i = 0; i < rows(1000); i++) {
            var unborn = random.nextInt(50) == 0;
            var birth = unborn ? asAt.plusDays(20 + random.nextInt(150)) : birth(0, 17);
            var contact = daysBefore(0, 180);
            if (!unborn && contact.isBefore(birth)) {
                contact = birth.plusDays(1);
            }
            row(
                    book,
                    List.of(
                            child(),
                            gender(),
                            ethnicity(),
                            serial(birth),
                            age(birth, asAt),
                            serial(contact),
                            pick(
                                    "a) 1A: Individual",
                                    "Police",
                                    "c) 3A: Schools",
                                    "Health services",
                                    "e) 5A: Housing",
                                    "Anonymous")));
        }
    }

    private void earlyHelp(SpreadsheetWriter book) throws IOException {
        // This system writes dates as text.
        header(
                book,
                "List_2",
                "List 2: Early Help",
                "Child Unique ID",
                "Gender",
                "Ethnicity",
                "Date of Birth",
                "Age of Child (Years)",
                "Assessment start date",
                "Assessment completion date",
                "Organisation completing assessment");
        for (int i = 0; i < rows(250); i++) {
            var birth = birth(0, 17);
            var start = notBefore(birth, daysBefore(5, 180));
            var done = random.nextInt(3) == 0 ? null : min(start.plusDays(10 + random.nextInt(50)), asAt);
            row(
                    book,
                    List.of(
                            child(),
                            gender(),
                            ethnicity(),
                            uk(birth),
                            age(birth, asAt),
                            uk(start),
                            uk(done),
                            pick(
                                    "Northbridge Family Hub",
                                    "Riverside Primary School",
                                    "Health visiting",
                                    "Early Help Team")));
        }
    }

    /** Work with a born child starts after the birth. */
    private static LocalDate notBefore(LocalDate birth, LocalDate date) {
        return date.isBefore(birth) ? birth.plusDays(1) : date;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private void referrals(SpreadsheetWriter book) throws IOException {
        // Heading variants: "Date of Referral", "Age", a trailing space and no question mark.
        header(
                book,
                "List 3",
                "List 3: Referral",
                "Child Unique ID",
                "Gender",
                "Ethnicity",
                "Date of Birth",
                "Age",
                "Date of Referral",
                "Referral Source",
                "Referral NFA ",
                "Number of Referrals in Last 12 Months",
                "Allocated Team",
                "Allocated Worker");
        var teams = new String[] {"MASH", "Assessment Team North", "Assessment Team South"};
        for (int i = 0; i < rows(500); i++) {
            var birth = birth(0, 17);
            var referral = daysBefore(0, 180);
            if (referral.isBefore(birth)) {
                referral = birth.plusDays(3);
            }
            var team = teams[random.nextInt(teams.length)];
            var id = child();
            int previous = random.nextInt(100) < 22 ? 1 + random.nextInt(2) : 0;
            row(
                    book,
                    List.of(
                            id,
                            gender(),
                            ethnicity(),
                            serial(birth),
                            age(birth, asAt),
                            serial(referral),
                            pick("Police", "Schools", "Health services", "Individual"),
                            yesNo(15),
                            previous,
                            i % 97 == 5 ? team.replace(" ", NBSP) : team,
                            worker(team)));
            if (random.nextInt(20) == 0 && referral.isBefore(asAt.minusDays(40))) {
                // The same child referred again within the six months.
                row(
                        book,
                        List.of(
                                id,
                                gender(),
                                ethnicity(),
                                serial(birth),
                                age(birth, asAt),
                                serial(referral.plusDays(30)),
                                "Police",
                                yesNo(10),
                                previous + 1,
                                team,
                                worker(team)));
            }
        }
        if (scale == 1) {
            // A real problem: a referral recorded a year before the child was born (pre-birth work starts during the
            // pregnancy, so only a start more than 40 weeks before the birth is wrong).
            var birth = asAt.minusYears(3);
            row(
                    book,
                    List.of(
                            child(),
                            "Female",
                            "WBRI",
                            serial(birth),
                            3L,
                            serial(birth.minusYears(1)),
                            "Police",
                            "No",
                            0,
                            "MASH",
                            worker("MASH")));
        }
    }

    private void assessments(SpreadsheetWriter book) throws IOException {
        header(
                book,
                "List_4",
                "List 4: Assessments",
                "Child Unique ID",
                "Gender",
                "Ethnicity",
                "Date of Birth",
                "Age of Child (Years)",
                "Does the Child have a Disability",
                "Continuous Assessment Start Date" + NBSP,
                "Child Seen During Continuous Assessment",
                "Continuous Assessment Date of Authorisation",
                "Was the child assessed as requiring LA children's social care support",
                "Allocated Team",
                "Allocated Worker");
        var teams = new String[] {"Assessment Team North", "Assessment Team South"};
        for (int i = 0; i < rows(400); i++) {
            var birth = birth(0, 17);
            var start = notBefore(birth, daysBefore(10, 180));
            var authorised = start.plusDays(15 + random.nextInt(random.nextInt(5) == 0 ? 70 : 45));
            if (authorised.isAfter(asAt)) {
                authorised = null;
            }
            var team = teams[random.nextInt(teams.length)];
            row(
                    book,
                    List.of(
                            child(),
                            gender(),
                            ethnicity(),
                            serial(birth),
                            age(birth, asAt),
                            yesNo(8),
                            serial(start),
                            yesNo(95),
                            serial(authorised),
                            yesNo(60),
                            team,
                            worker(team)));
        }
    }

    private void section47(SpreadsheetWriter book) throws IOException {
        header(
                book,
                "List_5",
                "List 5: Section 47 enquiries and Initial Child Protection Conferences",
                "child unique id",
                "gender",
                "ethnicity",
                "date of birth",
                "age of child (years)",
                "does the child have a disability",
                "strategy discussion initiating section 47 enquiry start date",
                "was an initial child protection conference deemed unnecessary?",
                "date of initial child protection conference",
                "did the initial child protection conference result in a child protection plan",
                "number of section 47 enquiries in the last 12 months",
                "number of ICPCs in the last 12 months",
                "allocated team",
                "allocated worker");
        var teams = new String[] {
            "Assessment Team North",
            "Assessment Team South",
            "Child Protection Team East",
            "Child Protection Team West",
            "Child Protection Team Central"
        };
        for (int i = 0; i < rows(150); i++) {
            var birth = birth(0, 17);
            var strategy = notBefore(birth, daysBefore(20, 180));
            boolean conference = random.nextInt(100) < 45;
            var icpc = conference ? strategy.plusDays(8 + random.nextInt(random.nextInt(4) == 0 ? 30 : 14)) : null;
            var team = teams[random.nextInt(teams.length)];
            row(
                    book,
                    List.of(
                            child(),
                            gender(),
                            ethnicity(),
                            serial(birth),
                            age(birth, asAt),
                            yesNo(8),
                            serial(strategy),
                            conference ? "b) No" : "a) Yes",
                            serial(icpc),
                            conference ? yesNo(85) : "",
                            (long) random.nextInt(2),
                            (long) random.nextInt(2),
                            team,
                            worker(team)));
        }
    }

    private void childrenInNeed(SpreadsheetWriter book) throws IOException {
        // An extra column the template does not have, and a team written the way one system abbreviates it.
        header(
                book,
                "List_6",
                "List 6: Children in Need",
                "Child Unique ID",
                "Gender",
                "Ethnicity",
                "Date of Birth",
                "Age of Child (Years)",
                "Does the Child have a Disability",
                "CIN Start Date",
                "Primary Need Code",
                "Date Child Was Last Seen",
                "CIN Closure Date",
                "Reason for Closure",
                "Case status",
                "Locality",
                "Allocated Team",
                "Allocated Worker");
        var teams = new String[] {
            "Child in Need Team 1",
            "Child in Need Team 2",
            "Family Support Hub",
            "Disabled Children's Team",
            "Edge of Care"
        };
        for (int i = 0; i < rows(300); i++) {
            var birth = birth(0, 17);
            var start = notBefore(birth, daysBefore(20, 700));
            var closed = random.nextInt(4) == 0 ? min(start.plusDays(60 + random.nextInt(300)), asAt) : null;
            var seen = min(asAt.minusDays(random.nextInt(60)), closed == null ? asAt : closed);
            if (seen.isBefore(start)) {
                seen = start;
            }
            var team = teams[random.nextInt(teams.length)];
            var written = team.equals("Child in Need Team 1") && random.nextInt(3) == 0 ? "CIN Team 1" : team;
            row(
                    book,
                    List.of(
                            child(),
                            gender(),
                            ethnicity(),
                            serial(birth),
                            age(birth, asAt),
                            yesNo(12),
                            serial(start),
                            pick(
                                    "N1 - Abuse or neglect",
                                    "N2 - Child's disability",
                                    "N4 - Family in acute stress",
                                    "N5 - Family dysfunction"),
                            serial(seen),
                            serial(closed),
                            closed == null
                                    ? ""
                                    : pick("RC8 - Case closed after assessment", "RC7 - Transferred to services"),
                            closed == null ? "d) Other CIN" : "Closed",
                            pick("North", "South", "Central"),
                            written,
                            worker(team)));
        }
    }

    private void childProtection(SpreadsheetWriter book) throws IOException {
        header(
                book,
                "List_7",
                "List 7: Child protection",
                "Child Unique ID",
                "Gender",
                "Ethnicity",
                "Date of Birth",
                "Age of Child (Years)",
                "Does the Child have a Disability",
                "Child Protection Plan Start Date",
                "Initial Category of Abuse",
                "Latest Category of Abuse",
                "Date of Last Statutory Visit",
                "Was the Child Seen Alone?",
                "Date of latest review conference",
                "Child Protection Plan End Date",
                "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
                "Number of Previous Child Protection Plans",
                "Allocated Team",
                "Allocated Worker");
        var teams = new String[] {
            "Child Protection Team East", "Child Protection Team West", "Child Protection Team Central"
        };
        for (int i = 0; i < rows(150); i++) {
            var birth = birth(0, 16);
            var start = daysBefore(10, random.nextInt(8) == 0 ? 1000 : 400);
            if (start.isBefore(birth)) {
                start = birth.plusDays(10);
            }
            var ended = random.nextInt(100) < 30 ? min(start.plusDays(90 + random.nextInt(800)), asAt) : null;
            var visit = ended == null
                    ? asAt.minusDays(random.nextInt(random.nextInt(6) == 0 ? 160 : 40))
                    : ended.minusDays(random.nextInt(20));
            if (visit.isBefore(start)) {
                visit = start;
            }
            var team = teams[random.nextInt(teams.length)];
            var category = pick("a) Neglect", "b) Physical abuse", "Sexual abuse", "d) Emotional abuse", "Multiple");
            int previous = random.nextInt(100) < 18 ? 1 + random.nextInt(2) : 0;
            row(
                    book,
                    List.of(
                            child(),
                            gender(),
                            ethnicity(),
                            serial(birth),
                            age(birth, asAt),
                            yesNo(6),
                            serial(start),
                            category,
                            category,
                            i == 3 && scale == 1 ? "31/02/2025" : serial(visit),
                            yesNo(70),
                            serial(min(start.plusDays(90), asAt)),
                            serial(ended),
                            yesNo(4),
                            (long) previous,
                            team,
                            worker(team)));
        }
    }

    private void childrenInCare(SpreadsheetWriter book) throws IOException {
        header(
                book,
                "List_8",
                "List 8: Children in care",
                "Child Unique ID",
                "Gender",
                "Ethnicity",
                "Date of Birth",
                "Age of Child (Years)",
                "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)",
                "Does the Child have a Disability",
                "Date Started to be Looked After",
                "Child’s Category of Need",
                "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)",
                "Start date of current legal status",
                "Child’s Legal Status",
                "Date of Latest Statutory Review",
                "Date of Last Social Work Visit",
                "What is the permanence plan for this child?",
                "Date of Last IRO Visit / Contact to the Child",
                "Date of Last Health Assessment",
                "Date of Last Dental Check",
                "Number of Placements in the Last 12 months",
                "Date Ceased to be Looked After ",
                "Reason Ceased to be Looked After",
                "Start Date of Most Recent Placement",
                "Placement Type",
                "Placement Provider",
                "Placement postcode",
                "URN of Placement",
                "Placement Location",
                "LA of Placement",
                "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
                "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months",
                "Was the child offered a Return Interview after their last missing episode (Y/N)?",
                "Did the child accept a Return Interview after their last missing episode (Y/N)?",
                "Allocated Team",
                "Allocated Worker");
        var teams = new String[] {"Children in Care Team 1", "Children in Care Team 2"};
        for (int i = 0; i < rows(180); i++) {
            var birth = birth(0, 17);
            var start = daysBefore(30, 2500);
            if (start.isBefore(birth)) {
                start = birth.plusDays(5);
            }
            var ceased = random.nextInt(10) == 0 ? min(start.plusDays(200), asAt) : null;
            var visit = asAt.minusDays(random.nextInt(random.nextInt(8) == 0 ? 150 : 45));
            if (visit.isBefore(start)) {
                visit = start;
            }
            int placements = 1 + (random.nextInt(100) < 12 ? 2 + random.nextInt(3) : random.nextInt(2));
            var team = teams[random.nextInt(teams.length)];
            var uasc = random.nextInt(100) < 7;
            row(
                    book,
                    List.of(
                            child(),
                            gender(),
                            uasc ? "OOTH" : ethnicity(),
                            serial(birth),
                            age(birth, asAt),
                            uasc ? "a) Yes" : "b) No",
                            yesNo(10),
                            serial(start),
                            "N1 - Abuse or neglect",
                            yesNo(5),
                            serial(start),
                            pick("C2: Full care order", "C1: Interim care order", "V2: Section 20"),
                            serial(daysBefore(10, 180)),
                            serial(visit),
                            pick(
                                    "a) Return to family",
                                    "c) Long term fostering",
                                    "Adoption",
                                    "Special guardianship order"),
                            serial(daysBefore(10, 150)),
                            serial(daysBefore(30, 360)),
                            serial(daysBefore(30, 360)),
                            (long) placements,
                            serial(ceased),
                            ceased == null ? "" : "E13: Left care to live with parents",
                            serial(daysBefore(20, 300)),
                            pick(
                                    "U4: Foster placement with other foster carer - long term",
                                    "U3: Foster placement - relative",
                                    "K2: Children's home"),
                            pick("PR1: Own provision by the LA", "PR4: Private provision"),
                            "NB1 2XX",
                            "SC" + (400_000 + random.nextInt(100_000)),
                            pick("a) In", "b) Out"),
                            "Northbridge",
                            (long) random.nextInt(3),
                            (long) random.nextInt(2),
                            "",
                            "",
                            team,
                            worker(team)));
        }
    }

    private void careLeavers(SpreadsheetWriter book) throws IOException {
        header(
                book,
                "List_9",
                "List 9: Care leavers",
                "Child Unique ID",
                "Gender",
                "Ethnicity",
                "Date of Birth",
                "Age of Child (Years)",
                "Does the Child have a Disability",
                "Allocated Team",
                "Allocated Worker",
                "Eligibility Category",
                "LA In Touch ",
                "Type of Accommodation",
                "Suitability of Accommodation",
                "Activity Status");
        for (int i = 0; i < rows(60); i++) {
            var birth = birth(18, 21);
            row(
                    book,
                    List.of(
                            child(),
                            gender(),
                            ethnicity(),
                            uk(birth),
                            age(birth, asAt),
                            yesNo(8),
                            "Leaving Care",
                            worker("Leaving Care"),
                            pick("c) Former relevant child", "Relevant child"),
                            yesNo(92),
                            pick("D: Independent living", "B: Parents/relatives", "E: Supported accommodation"),
                            pick("a) Suitable", "Suitable", "b) Not suitable"),
                            pick(
                                    "F2: Full time in further education",
                                    "G6: Not in education, employment or training",
                                    "E1: Full time employment")));
        }
    }

    private void adoption(SpreadsheetWriter book) throws IOException {
        // This list's system writes ISO dates.
        header(
                book,
                "List_10",
                "List 10: Adoption",
                "Child Unique ID",
                "Family identifier",
                "Gender",
                "Ethnicity",
                "Date of Birth",
                "Age of Child (Years)",
                "Does the Child have a Disability",
                "Date the Child Entered Care",
                "Date of Decision that Child Should be Placed for Adoption",
                "Date of Placement Order",
                "Date of Matching Child and Prospective Adopters",
                "Date Placed for Adoption",
                "Date of Adoption Order ",
                "Date of Decision that Child Should No Longer be Placed for Adoption",
                "Reason Why Child No Longer Placed for Adoption",
                "Date the child was placed for fostering in FFA or concurrent planning placement");
        for (int i = 0; i < rows(20); i++) {
            var birth = birth(0, 5);
            var entered = birth.plusDays(random.nextInt(200));
            var decision = min(entered.plusDays(120), asAt);
            var order = random.nextInt(3) == 0 ? min(decision.plusDays(250), asAt) : null;
            row(
                    book,
                    List.of(
                            child(),
                            "F" + (100 + i),
                            gender(),
                            ethnicity(),
                            birth.toString(),
                            age(birth, asAt),
                            yesNo(5),
                            entered.toString(),
                            decision.toString(),
                            min(decision.plusDays(60), asAt).toString(),
                            "",
                            "",
                            order == null ? "" : order.toString(),
                            "",
                            "",
                            ""));
        }
    }

    private void adopters(SpreadsheetWriter book) throws IOException {
        header(
                book,
                "List_11",
                "List 11: Adopters",
                "Individual adopter identifier",
                "Family identifier",
                "Gender",
                "Ethnicity",
                "Disability",
                "Is the (prospective) adopter fostering for adoption?",
                "Date enquiry received",
                "Date Stage 1 started");
        for (int i = 0; i < rows(10); i++) {
            var enquiry = daysBefore(30, 500);
            row(
                    book,
                    List.of(
                            "A" + (5000 + i),
                            "F" + (100 + i / 2),
                            gender(),
                            ethnicity(),
                            yesNo(3),
                            yesNo(10),
                            serial(enquiry),
                            serial(enquiry.plusDays(30))));
        }
    }
}
