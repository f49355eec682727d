package org.praxis.register.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.praxis.register.CaseType;
import org.praxis.register.reading.Headings;
import org.praxis.register.reading.Values;

/**
 * Ofsted's Annex A (2019 template): its eleven lists, their columns, and what Praxis keeps of each. Names are
 * never in Annex A; the placement postcode is the one column Praxis drops on purpose.
 */
public final class AnnexA {

    /** What a column means to Praxis. */
    public enum Role {
        CHILD_ID,
        GENDER,
        ETHNICITY,
        DATE_OF_BIRTH,
        AGE,
        DISABILITY,
        UASC,
        TEAM,
        WORKER,
        START_DATE,
        END_DATE,
        CONFERENCE_DATE,
        LAST_VISIT_DATE,
        REFERRALS_IN_12_MONTHS,
        PREVIOUS_PLANS,
        PLACEMENTS_IN_12_MONTHS,
        /** Shown on the case page as it was given. */
        DETAIL,
        DETAIL_DATE,
        DETAIL_NUMBER,
        /** Read so it is not reported as unknown, then dropped: not needed, and identifying. */
        DROPPED
    }

    public record Column(String heading, Role role, boolean required, List<String> aliases) {
        public boolean isDate() {
            return switch (role) {
                case DATE_OF_BIRTH, START_DATE, END_DATE, CONFERENCE_DATE, LAST_VISIT_DATE, DETAIL_DATE -> true;
                default -> false;
            };
        }

        public boolean isNumber() {
            return switch (role) {
                case REFERRALS_IN_12_MONTHS, PREVIOUS_PLANS, PLACEMENTS_IN_12_MONTHS, DETAIL_NUMBER -> true;
                default -> false;
            };
        }

        public boolean matches(String key) {
            return Headings.key(heading).equals(key)
                    || aliases.stream().anyMatch(a -> Headings.key(a).equals(key));
        }
    }

    /** One list of the workbook. */
    public record ListSpec(int number, String title, CaseType caseType, boolean oneRowPerChild, List<Column> columns) {

        public String name() {
            return "List " + number + " (" + title + ")";
        }

        public boolean isAdopters() {
            return caseType == null;
        }

        public Optional<Column> column(Role role) {
            return columns.stream().filter(c -> c.role() == role).findFirst();
        }
    }

    private static final Pattern LIST_NUMBER = Pattern.compile("list[\\s_\\-:.]*(\\d{1,2})(?!\\d)");

    public static final List<ListSpec> LISTS = List.of(
            list(1, "Contacts", CaseType.CONTACT, false)
                    .child()
                    .col("Date of Contact", Role.START_DATE, true)
                    .col("Contact Source", Role.DETAIL)
                    .build(),
            list(2, "Early help", CaseType.EARLY_HELP, false)
                    .child()
                    .col("Assessment start date", Role.START_DATE, true)
                    .col("Assessment completion date", Role.END_DATE, false)
                    .col("Organisation completing assessment", Role.DETAIL)
                    .build(),
            list(3, "Referrals", CaseType.REFERRAL, false)
                    .child()
                    .col("Date of referral", Role.START_DATE, true)
                    .col("Referral Source", Role.DETAIL)
                    .col("Referral NFA?", Role.DETAIL)
                    .col("Number of Referrals in Last 12 Months", Role.REFERRALS_IN_12_MONTHS, true)
                    .allocation()
                    .build(),
            list(4, "Assessments", CaseType.ASSESSMENT, false)
                    .child()
                    .disability()
                    .col("Continuous Assessment Start Date", Role.START_DATE, true, "Assessment start date")
                    .col("Child Seen During Continuous Assessment", Role.DETAIL)
                    .col(
                            "Continuous Assessment Date of Authorisation",
                            Role.END_DATE,
                            true,
                            "Assessment authorisation date",
                            "Date of authorisation")
                    .col("Was the child assessed as requiring LA children’s social care support", Role.DETAIL)
                    .allocation()
                    .build(),
            list(5, "Section 47 enquiries and initial child protection conferences", CaseType.SECTION_47, false)
                    .child()
                    .disability()
                    .col(
                            "Strategy discussion initiating Section 47 Enquiry Start Date",
                            Role.START_DATE,
                            true,
                            "Strategy discussion date",
                            "Section 47 start date")
                    .col("Was an Initial Child Protection Conference deemed unnecessary?", Role.DETAIL)
                    .col("Date of Initial Child Protection Conference", Role.CONFERENCE_DATE, true, "ICPC date")
                    .col("Did the Initial Child Protection Conference Result in a Child Protection Plan", Role.DETAIL)
                    .col("Number of Section 47 Enquiries in the last 12 months", Role.DETAIL_NUMBER)
                    .col("Number of ICPCs in the last 12 months", Role.DETAIL_NUMBER)
                    .allocation()
                    .build(),
            list(6, "Children in need", CaseType.CHILD_IN_NEED, false)
                    .child()
                    .disability()
                    .col("CIN Start Date", Role.START_DATE, true)
                    .col("Primary Need Code", Role.DETAIL)
                    .col("Date Child Was Last Seen", Role.LAST_VISIT_DATE, false)
                    .col("CIN Closure Date", Role.END_DATE, false)
                    .col("Reason for Closure", Role.DETAIL)
                    .col("Case status", Role.DETAIL)
                    .allocation()
                    .build(),
            list(7, "Child protection", CaseType.CHILD_PROTECTION, false)
                    .child()
                    .disability()
                    .col("Child Protection Plan Start Date", Role.START_DATE, true, "CP plan start date")
                    .col("Initial Category of Abuse", Role.DETAIL)
                    .col("Latest Category of Abuse", Role.DETAIL)
                    .col("Date of the Last Statutory Visit", Role.LAST_VISIT_DATE, true)
                    .col("Was the Child Seen Alone?", Role.DETAIL)
                    .col("Date of latest review conference", Role.DETAIL_DATE)
                    .col("Child Protection Plan End Date", Role.END_DATE, true, "CP plan end date")
                    .col(
                            "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
                            Role.DETAIL)
                    .col("Number of Previous Child Protection Plans", Role.PREVIOUS_PLANS, true)
                    .allocation()
                    .build(),
            list(8, "Children in care", CaseType.LOOKED_AFTER, true)
                    .child()
                    .col(
                            "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)",
                            Role.UASC,
                            false,
                            "UASC")
                    .disability()
                    .col("Date Started to be Looked After", Role.START_DATE, true)
                    .col("Child's Category of Need", Role.DETAIL)
                    .col(
                            "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)",
                            Role.DETAIL)
                    .col("Start date of current legal status", Role.DETAIL_DATE)
                    .col("Child's Legal Status", Role.DETAIL)
                    .col("Date of Latest Statutory Review", Role.DETAIL_DATE)
                    .col("Date of Last Social Work Visit", Role.LAST_VISIT_DATE, true)
                    .col("What is the permanence plan for this child?", Role.DETAIL)
                    .col("Date of Last IRO Visit / Contact to the Child", Role.DETAIL_DATE)
                    .col("Date of Last Health Assessment", Role.DETAIL_DATE)
                    .col("Date of Last Dental Check", Role.DETAIL_DATE)
                    .col("Number of Placements in the Last 12 months", Role.PLACEMENTS_IN_12_MONTHS, true)
                    .col("Date Ceased to be Looked After", Role.END_DATE, true)
                    .col("Reason Ceased to be Looked After", Role.DETAIL)
                    .col("Start Date of Most Recent Placement", Role.DETAIL_DATE)
                    .col("Placement Type", Role.DETAIL)
                    .col("Placement Provider", Role.DETAIL)
                    .col("Placement postcode", Role.DROPPED)
                    .col("URN of Placement", Role.DETAIL)
                    .col("Placement Location", Role.DETAIL)
                    .col("LA of Placement", Role.DETAIL)
                    .col(
                            "Number of Episodes the Child has been ‘Missing’ from their Placement in the last 12 months",
                            Role.DETAIL_NUMBER)
                    .col(
                            "Number of Episodes the Child has been ‘Absent’ from their Placement in the last 12 months",
                            Role.DETAIL_NUMBER)
                    .col(
                            "Was the child offered a Return Interview after their last missing episode (Y/N)?",
                            Role.DETAIL)
                    .col("Did the child accept a Return Interview after their last missing episode (Y/N)?", Role.DETAIL)
                    .allocation()
                    .build(),
            list(9, "Care leavers", CaseType.CARE_LEAVER, true)
                    .child()
                    .disability()
                    .allocation()
                    .col("Eligibility Category", Role.DETAIL)
                    .col("LA In Touch", Role.DETAIL)
                    .col("Type of Accommodation", Role.DETAIL)
                    .col("Suitability of Accommodation", Role.DETAIL)
                    .col("Activity Status", Role.DETAIL)
                    .build(),
            list(10, "Adoption", CaseType.ADOPTION, true)
                    .col("Child Unique ID", Role.CHILD_ID, true, "Child ID", "Unique ID", "Child Unique Identifier")
                    .col("Family identifier", Role.DETAIL)
                    .col("Gender", Role.GENDER, false, "Sex")
                    .col("Ethnicity", Role.ETHNICITY)
                    .col("Date of Birth", Role.DATE_OF_BIRTH, false, "DOB")
                    .col("Age of Child (Years)", Role.AGE, false, "Age")
                    .disability()
                    .col("Date the Child Entered Care", Role.START_DATE, true)
                    .col("Date of Decision that Child Should be Placed for Adoption", Role.DETAIL_DATE)
                    .col("Date of Placement Order", Role.DETAIL_DATE)
                    .col("Date of Matching Child and Prospective Adopters", Role.DETAIL_DATE)
                    .col("Date Placed for Adoption", Role.DETAIL_DATE)
                    .col("Date of Adoption Order", Role.END_DATE, false)
                    .col("Date of Decision that Child Should No Longer be Placed for Adoption", Role.DETAIL_DATE)
                    .col("Reason Why Child No Longer Placed for Adoption", Role.DETAIL)
                    .col(
                            "Date the child was placed for fostering in FFA or concurrent planning placement",
                            Role.DETAIL_DATE)
                    .build(),
            list(11, "Adopters", null, true)
                    .col("Individual adopter identifier", Role.CHILD_ID, true, "Adopter identifier")
                    .col("Family identifier", Role.DETAIL)
                    .col("Gender", Role.DETAIL)
                    .col("Ethnicity", Role.DETAIL)
                    .col("Disability", Role.DETAIL)
                    .col("Is the (prospective) adopter fostering for adoption?", Role.DETAIL)
                    .col("Date enquiry received", Role.DETAIL_DATE)
                    .col("Date Stage 1 started", Role.DETAIL_DATE)
                    .col("Date Stage 1 ended", Role.DETAIL_DATE)
                    .col("Date Stage 2 started", Role.DETAIL_DATE)
                    .col("Date Stage 2 ended", Role.DETAIL_DATE)
                    .col("Date application submitted", Role.DETAIL_DATE)
                    .col("Date application approved", Role.DETAIL_DATE)
                    .col("Date adopter matched with child(ren)", Role.DETAIL_DATE)
                    .col("Date child/children placed with adopter(s)", Role.DETAIL_DATE)
                    .col("No. of children placed", Role.DETAIL_NUMBER)
                    .col("Date of Adoption Order", Role.DETAIL_DATE)
                    .col("Date of leaving adoption process", Role.DETAIL_DATE)
                    .col("Reason for leaving adoption process", Role.DETAIL)
                    .build());

    public static Optional<ListSpec> list(int number) {
        return number >= 1 && number <= LISTS.size() ? Optional.of(LISTS.get(number - 1)) : Optional.empty();
    }

    /** "List_3", "List 3: Referral", "annex-a list 3.csv" → 3. */
    public static Optional<ListSpec> identify(String name) {
        var matcher = LIST_NUMBER.matcher(Values.tidy(name).toLowerCase(Locale.ROOT));
        return matcher.find() ? list(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    private static Builder list(int number, String title, CaseType type, boolean oneRowPerChild) {
        return new Builder(number, title, type, oneRowPerChild);
    }

    private static final class Builder {
        private final int number;
        private final String title;
        private final CaseType type;
        private final boolean oneRowPerChild;
        private final List<Column> columns = new ArrayList<>();

        Builder(int number, String title, CaseType type, boolean oneRowPerChild) {
            this.number = number;
            this.title = title;
            this.type = type;
            this.oneRowPerChild = oneRowPerChild;
        }

        public Builder col(String heading, Role role, boolean required, String... aliases) {
            columns.add(new Column(heading, role, required, List.of(aliases)));
            return this;
        }

        public Builder col(String heading, Role role) {
            return col(heading, role, false);
        }

        /** The five columns every children's list starts with. */
        public Builder child() {
            return col("Child Unique ID", Role.CHILD_ID, true, "Child ID", "Unique ID", "Child Unique Identifier")
                    .col("Gender", Role.GENDER, false, "Sex")
                    .col("Ethnicity", Role.ETHNICITY)
                    .col("Date of Birth", Role.DATE_OF_BIRTH, false, "DOB")
                    .col("Age of Child (Years)", Role.AGE, false, "Age", "Age of child");
        }

        public Builder disability() {
            return col("Does the Child have a Disability", Role.DISABILITY, false, "Disability", "Disabled");
        }

        public Builder allocation() {
            return col("Allocated Team", Role.TEAM, false, "Team")
                    .col("Allocated Worker", Role.WORKER, false, "Worker", "Social worker", "Allocated social worker");
        }

        public ListSpec build() {
            return new ListSpec(number, title, type, oneRowPerChild, List.copyOf(columns));
        }
    }

    private AnnexA() {}
}
