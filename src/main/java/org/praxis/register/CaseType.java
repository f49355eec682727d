package org.praxis.register;

import java.util.Arrays;
import java.util.Optional;
import org.praxis.register.reading.Headings;

/**
 * The kinds of episode a case can have, in the users' words. The rank orders a case's episodes when the register
 * shows one type for it: the most intensive open involvement wins.
 */
public enum CaseType {
    LOOKED_AFTER("Looked after", 100),
    ADOPTION("Adoption", 95),
    CHILD_PROTECTION("Child protection", 90),
    CARE_LEAVER("Care leaver", 85),
    CHILD_IN_NEED("Child in need", 80),
    SECTION_47("Section 47 enquiry", 70),
    ASSESSMENT("Assessment", 60),
    REFERRAL("Referral", 50),
    EARLY_HELP("Early help", 40),
    CONTACT("Contact", 30),
    SAFEGUARDING_ENQUIRY("Safeguarding enquiry", 90),
    LONG_TERM_SUPPORT("Long-term support", 80),
    REABLEMENT("Reablement", 70),
    CARERS_SUPPORT("Carer's support", 60),
    ADULT_ASSESSMENT("Adults' assessment", 50),
    ADULT_REVIEW("Review", 40);

    private final String label;
    private final int rank;

    CaseType(String label, int rank) {
        this.label = label;
        this.rank = rank;
    }

    public String label() {
        return label;
    }

    public int rank() {
        return rank;
    }

    public boolean adults() {
        return ordinal() >= SAFEGUARDING_ENQUIRY.ordinal();
    }

    /** Reads a type written by a person: the label, the constant or a common variant. */
    public static Optional<CaseType> parse(String text) {
        var key = Headings.key(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        var found = Arrays.stream(values())
                .filter(t -> Headings.key(t.label).equals(key)
                        || Headings.key(t.name()).equals(key))
                .findFirst();
        if (found.isPresent()) {
            return found;
        }
        return Optional.ofNullable(
                switch (key) {
                    case "lts", "long term", "longterm support", "long term care", "ongoing support" ->
                        LONG_TERM_SUPPORT;
                    case "safeguarding", "s42", "s42 enquiry", "section 42", "section 42 enquiry" ->
                        SAFEGUARDING_ENQUIRY;
                    case "short term support", "enablement", "intermediate care" -> REABLEMENT;
                    case "carer", "carers", "carers assessment", "carer support" -> CARERS_SUPPORT;
                    case "assessment", "care act assessment", "needs assessment" -> ADULT_ASSESSMENT;
                    case "annual review", "reviews" -> ADULT_REVIEW;
                    case "lac", "cla", "child looked after", "children in care" -> LOOKED_AFTER;
                    case "cp", "cpp" -> CHILD_PROTECTION;
                    case "cin" -> CHILD_IN_NEED;
                    default -> null;
                });
    }
}
