package org.praxis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageOfTest {

    private static PageOf<String> page(int number, long total) {
        return new PageOf<>(List.of(), number, 25, total, "/organisation/staff?name=ann&page=9");
    }

    @Test
    void pageNumbersShowFirstLastAndNeighboursWithGaps() {
        assertThat(page(1, 25).numbersToShow()).containsExactly(1);
        assertThat(page(1, 100).numbersToShow()).containsExactly(1, 2, null, 4);
        assertThat(page(6, 400).numbersToShow()).isEqualTo(Arrays.asList(1, null, 5, 6, 7, null, 16));
        assertThat(page(16, 400).numbersToShow()).isEqualTo(Arrays.asList(1, null, 15, 16));
    }

    @Test
    void linksKeepTheFiltersAndReplaceThePage() {
        assertThat(page(2, 100).uriFor(3)).isEqualTo("/organisation/staff?name=ann&page=3");
    }

    @Test
    void countsWhatIsShown() {
        var p = new PageOf<>(List.of("a", "b"), 3, 25, 52, "/x");
        assertThat(p.firstItemNumber()).isEqualTo(51);
        assertThat(p.lastItemNumber()).isEqualTo(52);
        assertThat(p.lastPage()).isEqualTo(3);
        assertThat(p.hasNext()).isFalse();
        assertThat(p.hasPrevious()).isTrue();
        assertThat(page(1, 0).lastPage()).isEqualTo(1);
        assertThat(page(1, 0).firstItemNumber()).isZero();
    }

    @Test
    void pageNumbersFromTheAddressAreKeptSensible() {
        assertThat(PageOf.clampPage(null)).isEqualTo(1);
        assertThat(PageOf.clampPage(-4)).isEqualTo(1);
        assertThat(PageOf.clampPage(Integer.MAX_VALUE)).isEqualTo(100_000);
    }
}
