package org.praxis.register;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.praxis.register.reading.Values;

/**
 * One code list for each coded Annex A field, used by every page and export that shows one: a case system's code,
 * Ofsted's lettered form ("a) WBRI"), the label itself and the usual synonyms ("N", "No", "b) No") all fold into one
 * group with one label. A value no list knows is shown as recorded (tidied), never dropped.
 */
public final class CodeLists {

    /** The coded fields: gender, ethnicity, disability and the rest that Ofsted's guidance gives codes for. */
    public enum Field {
        GENDER("Gender"),
        ETHNICITY("Ethnicity"),
        DISABILITY("Disability"),
        UASC("Unaccompanied asylum-seeking child"),
        CATEGORY_OF_ABUSE("Category of abuse"),
        LEGAL_STATUS("Legal status"),
        CATEGORY_OF_NEED("Category of need");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What a blank shows as, in every list. */
    public static final String NOT_RECORDED = "Not recorded";

    private static final Map<Field, Map<String, String>> LISTS = new HashMap<>();

    static {
        list(Field.GENDER)
                .code("Male", "m", "1", "male")
                .code("Female", "f", "2", "female")
                .code(
                        "Not stated or recorded",
                        "not stated/recorded (or unborn)",
                        "not stated/recorded",
                        "not stated",
                        "not recorded",
                        "unknown",
                        "unborn",
                        "u",
                        "0",
                        "9")
                .code("Neither", "neither", "other", "3");
        list(Field.ETHNICITY)
                .code(
                        "White British",
                        "WBRI",
                        "white - british",
                        "white: english, welsh, scottish, northern irish or british")
                .code("White Irish", "WIRI", "white - irish", "white: irish")
                .code("Traveller of Irish heritage", "WIRT", "white: irish traveller", "irish traveller")
                .code("Any other White background", "WOTH", "white - other", "white other", "white: other white")
                .code("Gypsy or Roma", "WROM", "gypsy/roma", "white: gypsy or irish traveller", "roma", "white: roma")
                .code("White and Black Caribbean", "MWBC", "mixed - white and black caribbean")
                .code("White and Black African", "MWBA", "mixed - white and black african")
                .code("White and Asian", "MWAS", "mixed - white and asian")
                .code("Any other mixed background", "MOTH", "mixed - other", "any other mixed/multiple background")
                .code(
                        "Indian",
                        "AIND",
                        "asian - indian",
                        "asian or asian british - indian",
                        "asian or asian british: indian")
                .code(
                        "Pakistani",
                        "APKN",
                        "asian - pakistani",
                        "asian or asian british - pakistani",
                        "asian or asian british: pakistani")
                .code(
                        "Bangladeshi",
                        "ABAN",
                        "asian - bangladeshi",
                        "asian or asian british - bangladeshi",
                        "asian or asian british: bangladeshi")
                .code("Any other Asian background", "AOTH", "asian - other", "asian other")
                .code("Black Caribbean", "BCRB", "caribbean", "black - caribbean", "black or black british - caribbean")
                .code("Black African", "BAFR", "african", "black - african", "black or black british - african")
                .code("Any other Black background", "BOTH", "black - other", "black other")
                .code("Chinese", "CHNE", "chinese")
                .code("Any other ethnic group", "OOTH", "other ethnic group", "other")
                .code("Refused", "REFU", "declined", "refused to say", "prefer not to say")
                .code("Information not yet obtained", "NOBT", "not obtained", "not known", "unknown");
        list(Field.DISABILITY)
                .code("Yes", "y", "yes", "true", "1")
                .code("No", "n", "no", "false", "0")
                .code("Unknown", "u", "unknown", "not known");
        list(Field.UASC).code("Yes", "y", "yes", "true", "1").code("No", "n", "no", "false", "0");
        list(Field.CATEGORY_OF_ABUSE)
                .code("Neglect", "n", "neg")
                .code("Physical abuse", "pa", "phy", "physical")
                .code("Sexual abuse", "sa", "sex", "sexual")
                .code("Emotional abuse", "ea", "emo", "emotional")
                .code("Multiple", "m", "mul", "multiple/not recommended", "multiple");
        list(Field.LEGAL_STATUS)
                .code("C1: Interim care order", "C1", "ico")
                .code("C2: Full care order", "C2", "fco")
                .code("D1: Freeing order", "D1")
                .code("E1: Placement order", "E1")
                .code("V2: Single period under section 20", "V2")
                .code("L1: Police protection, in local authority accommodation", "L1")
                .code("L2: Emergency protection order", "L2", "epo")
                .code("L3: Child assessment order, in local authority accommodation", "L3")
                .code("J1: Remanded to local authority or youth detention", "J1")
                .code("J2: Local authority accommodation under PACE", "J2")
                .code("J3: Youth rehabilitation order", "J3")
                .code("V3: Short-term breaks, episodes recorded", "V3")
                .code("V4: Short-term breaks, agreements recorded", "V4");
        list(Field.CATEGORY_OF_NEED)
                .code("N1: Abuse or neglect", "N1")
                .code("N2: Child's disability", "N2")
                .code("N3: Parental illness or disability", "N3", "parental disability or illness")
                .code("N4: Family in acute stress", "N4")
                .code("N5: Family dysfunction", "N5")
                .code("N6: Socially unacceptable behaviour", "N6")
                .code("N7: Low income", "N7")
                .code("N8: Absent parenting", "N8")
                .code("N9: Cases other than children in need", "N9")
                .code("N0: Not stated", "N0");
    }

    private CodeLists() {}

    /** The group a recorded value belongs to: its list's label, "Not recorded" for a blank, else the value tidied. */
    public static String label(Field field, String recorded) {
        var tidy = recorded == null ? "" : Values.code(recorded);
        if (tidy.isEmpty()) {
            return NOT_RECORDED;
        }
        return known(field, tidy).orElse(tidy);
    }

    /** The label when the list knows the value, by its code, its label or a synonym. */
    public static Optional<String> known(Field field, String recorded) {
        var tidy = recorded == null ? "" : Values.code(recorded);
        var list = LISTS.get(field);
        var label = list.get(key(tidy));
        if (label == null) {
            // "N1 - Abuse or neglect", "C2: FCO": the code before the separator is what counts.
            var code = tidy.split("\\s*[-:–]\\s*", 2)[0];
            label = list.get(key(code));
        }
        return Optional.ofNullable(label);
    }

    /** The field a list's column heading holds, if it is coded: "Initial Category of Abuse", "Child's Legal Status". */
    public static Optional<Field> forHeading(String heading) {
        var h = heading.toLowerCase(Locale.ROOT);
        if (h.contains("category of abuse")) {
            return Optional.of(Field.CATEGORY_OF_ABUSE);
        }
        if (h.contains("legal status") && !h.contains("date")) {
            return Optional.of(Field.LEGAL_STATUS);
        }
        if (h.contains("category of need") || h.contains("primary need")) {
            return Optional.of(Field.CATEGORY_OF_NEED);
        }
        if (h.contains("disability")) {
            return Optional.of(Field.DISABILITY);
        }
        if (h.contains("ethnicity")) {
            return Optional.of(Field.ETHNICITY);
        }
        if (h.equals("gender")) {
            return Optional.of(Field.GENDER);
        }
        if (h.contains("asylum")) {
            return Optional.of(Field.UASC);
        }
        return Optional.empty();
    }

    private static String key(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static Builder list(Field field) {
        return new Builder(LISTS.computeIfAbsent(field, f -> new HashMap<>()));
    }

    private record Builder(Map<String, String> list) {
        Builder code(String label, String... synonyms) {
            list.put(key(label), label);
            for (var s : synonyms) {
                var previous = list.put(key(s), label);
                if (previous != null && !previous.equals(label)) {
                    throw new IllegalStateException(s + " is in two groups: " + previous + " and " + label);
                }
            }
            return this;
        }
    }
}
