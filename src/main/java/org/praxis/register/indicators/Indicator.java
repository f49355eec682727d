package org.praxis.register.indicators;

import static org.praxis.register.indicators.ThresholdUnit.DAYS;
import static org.praxis.register.indicators.ThresholdUnit.MONTHS;
import static org.praxis.register.indicators.ThresholdUnit.PLACEMENTS;
import static org.praxis.register.indicators.ThresholdUnit.PLANS;
import static org.praxis.register.indicators.ThresholdUnit.WORKING_DAYS;
import static org.praxis.register.indicators.ThresholdUnit.YEARS;

import java.util.List;

/**
 * The timeliness and stability indicators worked out for every snapshot. Their titles and definitions are written
 * from the threshold the council set (45 working days unless a QA lead changed it), so the screen says what was
 * counted. Re-referrals have no setting: Annex A's own column counts referrals in the last 12 months.
 */
public enum Indicator {
    ASSESSMENT_TIMELINESS(
            true,
            new Setting(
                    new Threshold(45, WORKING_DAYS),
                    List.of(WORKING_DAYS, DAYS),
                    1,
                    365,
                    "Assessments are authorised within")),
    RE_REFERRALS(false, null),
    ICPC_TIMELINESS(
            true,
            new Setting(
                    new Threshold(15, WORKING_DAYS),
                    List.of(WORKING_DAYS, DAYS),
                    1,
                    365,
                    "Initial conferences are held within")),
    LONG_CP_PLANS(
            false,
            new Setting(
                    new Threshold(2, YEARS), List.of(YEARS, MONTHS), 1, 120, "A plan is long when it lasted at least")),
    REPEAT_CP_PLANS(
            false,
            new Setting(
                    new Threshold(1, PLANS), List.of(PLANS), 1, 20, "A plan is a repeat when the child had at least")),
    CP_VISITS(
            false,
            new Setting(
                    new Threshold(42, DAYS),
                    List.of(DAYS, WORKING_DAYS),
                    1,
                    365,
                    "Child protection visits are due within")),
    LAC_VISITS(
            false,
            new Setting(
                    new Threshold(42, DAYS),
                    List.of(DAYS, WORKING_DAYS),
                    1,
                    365,
                    "Looked-after children's visits are due within")),
    PLACEMENT_STABILITY(
            false,
            new Setting(
                    new Threshold(3, PLACEMENTS),
                    List.of(PLACEMENTS),
                    2,
                    20,
                    "Placement stability counts children with at least"));

    /**
     * What a QA lead may set: the standard Praxis starts with, the units it may be counted in, the range allowed, and
     * the question the settings screen asks ("Assessments are authorised within").
     */
    public record Setting(Threshold standard, List<ThresholdUnit> units, int min, int max, String question) {}

    public static final String MET = "met";
    public static final String TOTAL = "total";

    /** The visit bands as stored: within the standard, up to twice it, up to three times it, longer, no visit. */
    public static final List<String> VISIT_BANDS = List.of("band-1", "band-2", "band-3", "band-4", "no-visit");

    private final boolean higherIsBetter;
    private final Setting setting;

    Indicator(boolean higherIsBetter, Setting setting) {
        this.higherIsBetter = higherIsBetter;
        this.setting = setting;
    }

    /** The Annex A list it is worked out from: when that list was not provided, the indicator says so. */
    public int listNumber() {
        return switch (this) {
            case ASSESSMENT_TIMELINESS -> 4;
            case RE_REFERRALS -> 3;
            case ICPC_TIMELINESS -> 5;
            case LONG_CP_PLANS, REPEAT_CP_PLANS, CP_VISITS -> 7;
            case LAC_VISITS, PLACEMENT_STABILITY -> 8;
        };
    }

    /** The indicator as an address or an anchor names it: "assessment-timeliness". */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Null for an indicator with nothing to set. */
    public Setting setting() {
        return setting;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public boolean binned() {
        return this == CP_VISITS || this == LAC_VISITS;
    }

    /** The measure whose share the trend follows: those that met the threshold, or those visited within it. */
    public String trendMeasure() {
        return binned() ? VISIT_BANDS.getFirst() : MET;
    }

    /** The title under the given threshold (ignored by an indicator with nothing to set). */
    public String title(Threshold t) {
        return switch (this) {
            case ASSESSMENT_TIMELINESS -> "Assessments authorised within " + t.words();
            case RE_REFERRALS -> "Re-referrals within 12 months";
            case ICPC_TIMELINESS -> "Initial child protection conferences within " + t.words();
            case LONG_CP_PLANS -> "Child protection plans ended that lasted " + t.words() + " or more";
            case REPEAT_CP_PLANS -> "Repeat child protection plans";
            case CP_VISITS -> sinceVisit(t) + " since the last statutory visit (child protection)";
            case LAC_VISITS -> sinceVisit(t) + " since the last social work visit (looked after)";
            case PLACEMENT_STABILITY -> "Looked-after children with " + t.words() + " or more in 12 months";
        };
    }

    /** What the trend follows, as its heading says it. */
    public String trendTitle(Threshold t) {
        return switch (this) {
            case CP_VISITS -> "Children on a child protection plan visited within " + t.words();
            case LAC_VISITS -> "Looked-after children visited within " + t.words();
            default -> title(t);
        };
    }

    /** How the indicator is worked out under the given threshold, in the words the screen shows. */
    public String definition(Threshold t) {
        return switch (this) {
            case ASSESSMENT_TIMELINESS ->
                "Of the assessments in List 4 with an authorisation date, the share authorised within " + t.words()
                        + " of the assessment start date. " + counted(t, "the start date", "the authorisation date");
            case RE_REFERRALS ->
                "Of the children referred in List 3, the share whose latest referral came within 12 months of an"
                        + " earlier one: the “Number of Referrals in Last 12 Months” is 1 or more, or the list itself"
                        + " has two of their referrals no more than 12 months apart. Lower is better. Not a setting:"
                        + " Annex A's column counts the last 12 months.";
            case ICPC_TIMELINESS ->
                "Of the section 47 enquiries in List 5 that led to an initial child protection conference, the share"
                        + " whose conference was held within " + t.words() + " of the strategy discussion. "
                        + counted(t, "the strategy discussion", "the conference date");
            case LONG_CP_PLANS ->
                "Of the child protection plans in List 7 with an end date, the share whose end date is on or after the"
                        + " date " + t.words() + " after the start date. Lower is better.";
            case REPEAT_CP_PLANS ->
                "Of the child protection plans in List 7, the share for children who had been the subject of a plan"
                        + " before (“Number of Previous Child Protection Plans” is " + t.amount()
                        + " or more). Lower is better.";
            case CP_VISITS ->
                "Children on an open child protection plan in List 7, by the number of " + unitWords(t)
                        + " from the date of the last statutory visit to the as-at date, in bands of " + t.words()
                        + ". " + counted(t, "the visit", "the as-at date");
            case LAC_VISITS ->
                "Children looked after at the as-at date in List 8 (no date ceased), by the number of " + unitWords(t)
                        + " from the date of the last social work visit to the as-at date, in bands of " + t.words()
                        + ". " + counted(t, "the visit", "the as-at date");
            case PLACEMENT_STABILITY ->
                "Of the children looked after at the as-at date in List 8 with a placement count, the share with "
                        + t.words() + " or more in the last 12 months. Lower is better.";
        };
    }

    /** The visit bands' headings under the given threshold, in the order of {@link #VISIT_BANDS}. */
    public static List<String> visitBandLabels(Threshold t) {
        int n = t.amount();
        var unit = t.unit();
        return List.of(
                unit.of(n) + " or fewer",
                (n + 1) + " to " + unit.of(2 * n),
                (2 * n + 1) + " to " + unit.of(3 * n),
                "More than " + unit.of(3 * n),
                "No visit recorded");
    }

    /** The band of a visit so many days (or working days) before the as-at date, bands {@code n} long. */
    static String visitBand(Integer days, int n) {
        if (days == null) {
            return VISIT_BANDS.get(4);
        } else if (days <= n) {
            return VISIT_BANDS.get(0);
        } else if (days <= 2 * n) {
            return VISIT_BANDS.get(1);
        } else if (days <= 3 * n) {
            return VISIT_BANDS.get(2);
        }
        return VISIT_BANDS.get(3);
    }

    private static String sinceVisit(Threshold t) {
        return t.unit() == WORKING_DAYS ? "Working days" : "Days";
    }

    private static String unitWords(Threshold t) {
        return t.unit() == WORKING_DAYS ? "working days" : "days";
    }

    private static String counted(Threshold t, String from, String to) {
        return t.unit() == WORKING_DAYS
                ? "Working days are counted after " + from + " up to and including " + to
                        + ", leaving out weekends and bank holidays."
                : "Days are calendar days, counted after " + from + " up to and including " + to + ".";
    }
}
