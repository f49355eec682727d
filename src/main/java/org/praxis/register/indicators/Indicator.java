package org.praxis.register.indicators;

/** The timeliness and stability indicators worked out for every snapshot, each with the definition shown on screen. */
public enum Indicator {
    ASSESSMENT_TIMELINESS(
            "Assessments authorised within 45 working days",
            "Of the assessments in List 4 with an authorisation date, the share authorised within 45 working days of"
                    + " the assessment start date. Working days are counted after the start date up to and including the"
                    + " authorisation date, leaving out weekends and bank holidays.",
            true),
    RE_REFERRALS(
            "Re-referrals within 12 months",
            "Of the children referred in List 3, the share whose latest referral came within 12 months of an earlier"
                    + " one: the “Number of Referrals in Last 12 Months” is 1 or more, or the list itself has two of"
                    + " their referrals no more than 12 months apart. Lower is better.",
            false),
    ICPC_TIMELINESS(
            "Initial child protection conferences within 15 working days",
            "Of the section 47 enquiries in List 5 that led to an initial child protection conference, the share whose"
                    + " conference was held within 15 working days of the strategy discussion.",
            true),
    LONG_CP_PLANS(
            "Child protection plans ended that lasted 2 years or more",
            "Of the child protection plans in List 7 with an end date, the share whose end date is on or after the"
                    + " second anniversary of the start date. Lower is better.",
            false),
    REPEAT_CP_PLANS(
            "Repeat child protection plans",
            "Of the child protection plans in List 7, the share for children who had been the subject of a plan"
                    + " before (“Number of Previous Child Protection Plans” is 1 or more). Lower is better.",
            false),
    CP_VISITS(
            "Days since the last statutory visit (child protection)",
            "Children on an open child protection plan in List 7, by the number of days from the date of the last"
                    + " statutory visit to the as-at date.",
            false),
    LAC_VISITS(
            "Days since the last social work visit (looked after)",
            "Children looked after at the as-at date in List 8 (no date ceased), by the number of days from the date of"
                    + " the last social work visit to the as-at date.",
            false),
    PLACEMENT_STABILITY(
            "Looked-after children with 3 or more placements in 12 months",
            "Of the children looked after at the as-at date in List 8 with a placement count, the share with 3 or"
                    + " more placements in the last 12 months. Lower is better.",
            false);

    public static final String MET = "met";
    public static final String TOTAL = "total";
    public static final java.util.List<String> VISIT_BINS = java.util.List.of(
            "42 days or fewer", "43 to 84 days", "85 to 126 days", "More than 126 days", "No visit recorded");

    private final String title;
    private final String definition;
    private final boolean higherIsBetter;

    Indicator(String title, String definition, boolean higherIsBetter) {
        this.title = title;
        this.definition = definition;
        this.higherIsBetter = higherIsBetter;
    }

    public String title() {
        return title;
    }

    public String definition() {
        return definition;
    }

    boolean higherIsBetter() {
        return higherIsBetter;
    }

    public boolean binned() {
        return this == CP_VISITS || this == LAC_VISITS;
    }

    static String visitBin(Integer days) {
        if (days == null) {
            return VISIT_BINS.get(4);
        } else if (days <= 42) {
            return VISIT_BINS.get(0);
        } else if (days <= 84) {
            return VISIT_BINS.get(1);
        } else if (days <= 126) {
            return VISIT_BINS.get(2);
        }
        return VISIT_BINS.get(3);
    }
}
