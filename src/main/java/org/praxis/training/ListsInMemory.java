package org.praxis.training;

import java.util.List;
import org.praxis.web.ListPage;
import org.praxis.web.PageOf;

/**
 * One page of a list already worked out in memory: lists whose rows come from figures rather than a table (proposed
 * needs, overdue training), a team's or a person's worth, so paging them after reading costs nothing.
 */
final class ListsInMemory {

    static <T> PageOf<T> page(List<T> all, ListPage page) {
        int from = (int) Math.min(page.offset(), all.size());
        return page.of(all.subList(from, Math.min(all.size(), from + page.size())), all.size());
    }

    private ListsInMemory() {}
}
