package org.praxis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Each GOV.UK fragment renders the Design System's markup: labels, hints, errors and their ARIA links. */
@PraxisIntegrationTest
class ComponentFragmentsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    Document page;

    @BeforeEach
    void render() throws Exception {
        page = Jsoup.parse(mvc.perform(get("/test/components").with(demo.as("leader")))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void errorSummaryLinksEveryProblemToItsField() {
        var summary = page.selectFirst(".govuk-error-summary");
        assertThat(summary.selectFirst(".govuk-error-summary__title").text()).isEqualTo("There is a problem");
        assertThat(summary.select("a"))
                .extracting(a -> a.attr("href"))
                .containsExactly("#name", "#notes", "#colour", "#kind", "#choices", "#when", "#q2", "#q3");
        for (var link : summary.select("a")) {
            assertThat(page.getElementById(link.attr("href").substring(1)))
                    .as(link.attr("href"))
                    .isNotNull();
        }
    }

    @Test
    void textInputAndTextareaDescribeThemselvesByHintAndError() {
        for (var field : new String[] {"name", "notes"}) {
            var input = page.getElementById(field);
            assertThat(input.attr("aria-describedby")).isEqualTo(field + "-hint " + field + "-error");
            assertThat(page.getElementById(field + "-error").text()).startsWith("Error:");
            assertThat(page.selectFirst("label[for=" + field + "]")).isNotNull();
            assertThat(input.closest(".govuk-form-group").hasClass("govuk-form-group--error"))
                    .isTrue();
        }
        assertThat(page.getElementById("name").attr("value")).isEqualTo("<b>Typed</b>");
        assertThat(page.getElementById("name").hasClass("govuk-input--error")).isTrue();
        assertThat(page.getElementById("notes").tagName()).isEqualTo("textarea");
        assertThat(page.getElementById("notes").text()).isEqualTo("Some notes");
    }

    @Test
    void selectRadiosAndCheckboxesKeepWhatWasChosen() {
        assertThat(page.select("#colour option[selected]").attr("value")).isEqualTo("green");
        assertThat(page.select("input[name=kind][checked]").attr("value")).isEqualTo("two");
        assertThat(page.getElementById("kind").attr("value"))
                .as("the first radio carries the field's id")
                .isEqualTo("one");
        assertThat(page.select("input[name=choices][checked]"))
                .extracting(e -> e.attr("value"))
                .containsExactly("a", "c");
        assertThat(page.select("fieldset legend")).extracting(e -> e.text()).contains("Kind", "Choices", "When");
        assertThat(page.getElementById("choices").closest("fieldset").attr("aria-describedby"))
                .isEqualTo("choices-hint choices-error");
    }

    @Test
    void dateInputHasThreeLabelledFieldsBoundToDayMonthAndYear() {
        assertThat(page.getElementById("when").attr("name")).isEqualTo("when.day");
        assertThat(page.getElementById("when-month").attr("name")).isEqualTo("when.month");
        assertThat(page.getElementById("when-year").attr("name")).isEqualTo("when.year");
        assertThat(page.getElementById("when").attr("value")).isEqualTo("31");
        assertThat(page.select("#when-group label")).extracting(e -> e.text()).containsExactly("Day", "Month", "Year");
        assertThat(page.getElementById("when").closest("fieldset").attr("role")).isEqualTo("group");
    }

    @Test
    void aFormBoundToAMapShowsWhatWasTypedAndEachErrorOnItsField() {
        assertThat(page.select("input[name=q1][checked]").attr("value")).isEqualTo("NOT_APPLICABLE");
        var divider = page.selectFirst("#q1-3").closest(".govuk-radios__item").previousElementSibling();
        assertThat(divider.hasClass("govuk-radios__divider") && divider.text().equals("or"))
                .as("an \"or\" comes before the option chosen as orBefore")
                .isTrue();
        assertThat(page.getElementById("q1").closest(".govuk-radios").hasClass("govuk-radios--small"))
                .isTrue();
        assertThat(page.getElementById("q2").attr("value")).isEqualTo("30");
        assertThat(page.getElementById("q2-year").attr("value")).isEqualTo("2026");
        assertThat(page.getElementById("q2-error").text())
                .isEqualTo("Error: The answer to question 2 must include a day, month and year");
        assertThat(page.getElementById("q2").hasClass("govuk-input--error")).isTrue();
        var number = page.getElementById("q3");
        assertThat(number.attr("value")).isEqualTo("three");
        assertThat(number.attr("inputmode")).isEqualTo("decimal");
        assertThat(number.attr("aria-describedby")).isEqualTo("q3-error");
        assertThat(page.selectFirst("label[for=q3]").hasClass("govuk-label--s")).isTrue();
        assertThat(page.selectFirst("label[for=notes]").hasClass("govuk-label--s"))
                .isTrue();
    }

    @Test
    void summaryListShowsLinksLinesAndActionsAndLeavesOutRowsWithNothing() {
        var list = page.selectFirst("dl.govuk-summary-list");
        assertThat(list.select(".govuk-summary-list__key"))
                .extracting(e -> e.text())
                .containsExactly("Name", "Team", "Notes", "Source", "Episodes", "Standards");
        assertThat(list.selectFirst(".govuk-summary-list__actions a").text()).isEqualTo("Change team");
        assertThat(list.selectFirst(".govuk-summary-list__row").hasClass("govuk-summary-list__row--no-actions"))
                .isTrue();
        var values = list.select(".govuk-summary-list__value");
        assertThat(values.get(2).hasClass("praxis-preserve-lines")
                        && values.get(2).wholeText().equals("First line\nSecond line"))
                .as("line breaks typed in a value are kept")
                .isTrue();
        assertThat(values.get(3).selectFirst("a").attr("href")).isEqualTo("/audit");
        assertThat(values.get(4).select("ul.govuk-list li"))
                .extracting(e -> e.text())
                .containsExactly("Referral", "Assessment");
        assertThat(values.get(5).selectFirst("a").attr("href")).isEqualTo("/standards/1");
        assertThat(values.get(5).select("strong.govuk-tag--grey").text()).isEqualTo("Retired");
        assertThat(list.select(".govuk-summary-list__key a").attr("href")).isEqualTo("/standards");
        var built = page.select("dl.govuk-summary-list").get(1);
        assertThat(built.select(".govuk-summary-list__key"))
                .extracting(e -> e.text())
                .containsExactly("Built in the template", "Lines");
        assertThat(built.select("li a").attr("href")).isEqualTo("/a");
    }

    @Test
    void tableAndTag() {
        assertThat(page.selectFirst("table caption").text()).isEqualTo("People");
        assertThat(page.select("thead th")).allMatch(th -> th.attr("scope").equals("col"));
        assertThat(page.select("td.govuk-table__cell--numeric"))
                .extracting(e -> e.text())
                .containsExactly("42", "7");
        assertThat(page.select("td").text()).contains("<i>Bea</i>");
        assertThat(page.select("strong.govuk-tag--red").text()).isEqualTo("Overdue");
    }

    @Test
    void bannersButtonsBackLinkAndPagination() {
        var banners = page.select(".govuk-notification-banner");
        assertThat(banners).extracting(b -> b.attr("role")).containsExactly("region", "alert");
        assertThat(page.select(".govuk-button--secondary").attr("name")).isEqualTo("draft");
        assertThat(page.select(".govuk-button--warning").text()).isEqualTo("Delete");
        assertThat(page.select("a.govuk-button").attr("role")).isEqualTo("button");
        assertThat(page.selectFirst(".govuk-back-link").attr("href")).isEqualTo("/");
        assertThat(page.selectFirst("[aria-current=page].govuk-pagination__link")
                        .text())
                .isEqualTo("5");
        assertThat(page.select(".govuk-pagination__item--ellipses")).hasSize(2);
        assertThat(page.selectFirst(".govuk-pagination__prev a").attr("href")).isEqualTo("/test/components?q=a&page=4");
        assertThat(page.selectFirst(".govuk-pagination__next a").attr("href")).isEqualTo("/test/components?q=a&page=6");
        assertThat(page.text()).contains("Showing 41 to 41 of 200 results");
    }

    @Test
    void signedInPagesCarryTheTimeoutWarning() {
        var dialog = page.getElementById("timeout-warning");
        assertThat(dialog.tagName()).isEqualTo("dialog");
        assertThat(dialog.attr("data-idle-seconds")).isEqualTo("1800");
        assertThat(dialog.attr("aria-labelledby")).isEqualTo("timeout-warning-heading");
        assertThat(dialog.select("button").text()).contains("Stay signed in");
    }
}
