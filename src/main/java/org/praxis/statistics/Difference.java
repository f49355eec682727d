package org.praxis.statistics;

/**
 * The change from one share to another (this year against last, after against before) with its 95% interval:
 * Newcombe's method, which combines the two shares' own intervals (for stratified shares too) rather than
 * assuming the change is normally distributed.
 */
public record Difference(Share before, Share after, double change, double lower, double upper) {

    public static Difference between(Share before, Share after) {
        double change = after.value() - before.value();
        double lower =
                change - Math.sqrt(square(after.value() - after.lower()) + square(before.upper() - before.value()));
        double upper =
                change + Math.sqrt(square(after.upper() - after.value()) + square(before.value() - before.lower()));
        return new Difference(before, after, change, Math.max(-1, lower), Math.min(1, upper));
    }

    private static double square(double x) {
        return x * x;
    }
}
