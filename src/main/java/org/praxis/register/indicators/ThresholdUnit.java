package org.praxis.register.indicators;

/** What an indicator's threshold counts. */
public enum ThresholdUnit {
    DAYS("day", "days"),
    WORKING_DAYS("working day", "working days"),
    MONTHS("month", "months"),
    YEARS("year", "years"),
    PLANS("previous plan", "previous plans"),
    PLACEMENTS("placement", "placements");

    private final String one;
    private final String many;

    ThresholdUnit(String one, String many) {
        this.one = one;
        this.many = many;
    }

    /** "1 working day", "45 working days". */
    public String of(int amount) {
        return amount + " " + (amount == 1 ? one : many);
    }

    /** "Working days", as a choice on the settings screen. */
    public String choice() {
        return Character.toUpperCase(many.charAt(0)) + many.substring(1);
    }
}
