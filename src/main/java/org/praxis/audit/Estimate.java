package org.praxis.audit;

import java.util.List;
import org.praxis.statistics.Share;
import org.praxis.statistics.SmallNumbers;

/**
 * The share of the whole population that is good or better, estimated from a programme's stratified sample with
 * the statistics toolkit's interval (decision 0020), and what a reader needs to weigh it: how many groups it
 * covers, which groups rest on very few audits, and whether the whole estimate is marked as resting on few.
 */
record Estimate(
        Share estimate,
        int strataCovered,
        int strataWithoutAudits,
        List<String> unreliableStrata,
        SmallNumbers.Visibility visibility,
        SmallNumbers rules) {

    static Estimate of(List<Share.Stratum> strata, SmallNumbers rules) {
        var share = Share.stratified(strata);
        int covered = (int) strata.stream().filter(s -> s.sampled() > 0).count();
        return new Estimate(
                share,
                covered,
                strata.size() - covered,
                strata.stream()
                        .filter(s -> s.sampled() > 0 && rules.group(s.sampled()) == SmallNumbers.Visibility.SUPPRESSED)
                        .map(Share.Stratum::name)
                        .toList(),
                rules.estimate(share.size()),
                rules);
    }

    public boolean known() {
        return estimate.known();
    }

    public double share() {
        return estimate.value();
    }

    public double lower() {
        return estimate.lower();
    }

    public double upper() {
        return estimate.upper();
    }

    public int audits() {
        return estimate.size();
    }

    public boolean marked() {
        return visibility == SmallNumbers.Visibility.MARKED;
    }

    /** "62% (95% interval 53% to 71%)", as a report would say it, marked when it rests on few audits. */
    public String sentence() {
        if (!known()) {
            return "No audits submitted yet";
        }
        return estimate.sentence()
                + (marked() ? ": fewer than " + rules.fewestTrusted() + " audits, so treat with care" : "");
    }
}
