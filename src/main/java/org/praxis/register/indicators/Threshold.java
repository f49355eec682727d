package org.praxis.register.indicators;

/** An indicator's threshold as the council set it: 45 working days, 42 days between visits, 3 placements. */
public record Threshold(int amount, ThresholdUnit unit) {

    /** "45 working days". */
    public String words() {
        return unit.of(amount);
    }
}
