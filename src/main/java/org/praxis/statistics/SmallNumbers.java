package org.praxis.statistics;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When a figure is shown, shown with a mark ("treat with care"), or suppressed, and so when a change can be judged
 * at all: the rules in one place, their thresholds set in {@code praxis.statistics.*}.
 *
 * @param fewestShown a group's share from fewer cases than this is suppressed, so nobody can be singled out
 * @param fewestTrusted a share from fewer cases than this is marked, and a change is not judged
 * @param fewestPairsShown agreement from fewer moderated pairs than this is suppressed (the count is shown, with
 *     "too few to judge")
 * @param fewestPairsTrusted agreement from fewer pairs than this is marked "treat with care": its interval spans
 *     much of the scale
 * @param fewestVariedPairs agreement is also suppressed when either grader gave all but fewer than this many pairs
 *     one and the same grade: below that the interval held the truth far less often than 95% (the coverage
 *     simulation, decision 0020)
 */
@ConfigurationProperties("praxis.statistics")
public record SmallNumbers(
        int fewestShown, int fewestTrusted, int fewestPairsShown, int fewestPairsTrusted, int fewestVariedPairs) {

    public enum Visibility {
        SHOWN,
        MARKED,
        SUPPRESSED
    }

    /** What a comparison of two shares says, for a share where higher is better. */
    public enum Reading {
        IMPROVED,
        WORSE,
        NO_CLEAR_CHANGE,
        TOO_FEW
    }

    /** A comparison and its words. */
    public record Change(Difference difference, Reading reading, String words) {}

    /** A group's share (a team, an equality group): suppressed when small, so that nobody can be singled out. */
    public Visibility group(int cases) {
        return cases < fewestShown
                ? Visibility.SUPPRESSED
                : cases < fewestTrusted ? Visibility.MARKED : Visibility.SHOWN;
    }

    /** A whole population's estimate: never suppressed (it singles nobody out), marked when small. */
    public Visibility estimate(int cases) {
        return cases < fewestTrusted ? Visibility.MARKED : Visibility.SHOWN;
    }

    /** Agreement between two graders: suppressed from few pairs, or when nearly every pair got one grade. */
    public Visibility agreement(Agreement agreement) {
        return agreement.pairs() < fewestPairsShown || agreement.varied() < fewestVariedPairs
                ? Visibility.SUPPRESSED
                : agreement.pairs() < fewestPairsTrusted ? Visibility.MARKED : Visibility.SHOWN;
    }

    /** Why an agreement figure is suppressed, in words: "Too few to judge (…)". */
    public String agreementTooFew(Agreement agreement) {
        return agreement.pairs() < fewestPairsShown
                ? "Too few to judge (fewer than " + fewestPairsShown + " moderated)"
                : "Too few to judge (nearly every audit got the same grade: fewer than " + fewestVariedPairs
                        + " graded otherwise)";
    }

    /**
     * The one reading of "has it changed?" used everywhere: too few to judge when either share rests on fewer than
     * {@code fewestTrusted} cases; otherwise improved or worse only when the two shares' 95% intervals do not
     * overlap, as the people who read them asked (a reader who sees them overlap would not call the change real).
     * That is stricter than the change's own interval (Newcombe's) leaving out nil, which it implies: the change's
     * interval is still given with the reading. {@code cases} names what was counted ("audits", "responses").
     */
    public Change change(Share before, Share after, String cases) {
        var difference = Difference.between(before, after);
        if (before.size() < fewestTrusted || after.size() < fewestTrusted) {
            return new Change(
                    difference, Reading.TOO_FEW, "Too few to judge (fewer than " + fewestTrusted + " " + cases + ")");
        }
        boolean overlap = after.lower() <= before.upper() && before.lower() <= after.upper();
        if (overlap) {
            return new Change(difference, Reading.NO_CLEAR_CHANGE, "No clear change (within what chance would give)");
        }
        if (difference.lower() > 0) {
            return new Change(difference, Reading.IMPROVED, "Improved");
        }
        if (difference.upper() < 0) {
            return new Change(difference, Reading.WORSE, "Worse");
        }
        return new Change(difference, Reading.NO_CLEAR_CHANGE, "No clear change (within what chance would give)");
    }
}
