package org.praxis.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a long list, with what the GOV.UK pagination component needs. Page numbers start at 1.
 *
 * @param baseUri the list's address with its current filters, to which {@code page} is added
 */
public record PageOf<T>(List<T> items, int page, int size, long total, String baseUri) {

    public static final int DEFAULT_SIZE = 25;

    /** A page number from a request, kept within 1..a sensible maximum. */
    public static int clampPage(Integer requested) {
        return requested == null || requested < 1 ? 1 : Math.min(requested, 100_000);
    }

    public static long offset(int page, int size) {
        return (long) (page - 1) * size;
    }

    public int lastPage() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < lastPage();
    }

    public long firstItemNumber() {
        return total == 0 ? 0 : offset(page, size) + 1;
    }

    public long lastItemNumber() {
        return Math.min(total, offset(page, size) + items.size());
    }

    public String uriFor(int number) {
        return UriComponentsBuilder.fromUriString(baseUri)
                .replaceQueryParam("page", number)
                .build()
                .toUriString();
    }

    /** Page numbers to show: first, last, current and its neighbours; null marks a gap ("⋯"). */
    public List<Integer> numbersToShow() {
        var shown = new ArrayList<Integer>();
        int last = lastPage();
        for (int n = 1; n <= last; n++) {
            if (n == 1 || n == last || Math.abs(n - page) <= 1) {
                shown.add(n);
            } else if (!shown.isEmpty() && shown.getLast() != null) {
                shown.add(null);
            }
        }
        return shown;
    }

    public <R> PageOf<R> map(Function<T, R> mapper) {
        return new PageOf<>(items.stream().map(mapper).toList(), page, size, total, baseUri);
    }
}
