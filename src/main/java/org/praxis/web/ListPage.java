package org.praxis.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Which page of a long list was asked for: the page number from the address (kept sensible), the page
 * size, and the list's address with its filters, from which the pagination links are made.
 */
public record ListPage(int number, int size, String baseUri) {

    /** The page asked for in the current request, {@link PageOf#DEFAULT_SIZE} items long. */
    public static ListPage requested(Integer page) {
        return new ListPage(
                PageOf.clampPage(page),
                PageOf.DEFAULT_SIZE,
                ServletUriComponentsBuilder.fromCurrentRequest()
                        .replaceQueryParam("page")
                        .build()
                        .toUriString());
    }

    public long offset() {
        return PageOf.offset(number, size);
    }

    public <T> PageOf<T> of(java.util.List<T> items, long total) {
        return new PageOf<>(items, number, size, total, baseUri);
    }
}
