package org.praxis.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.praxis.support.DemoUsers;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Waits on an import's page, as a person would keep refreshing it, until the result is shown (or the import waits for
 * the person to confirm a sharp change).
 */
final class ImportPages {

    static Document awaitResult(MockMvc mvc, DemoUsers demo, String location) {
        var page = await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> mvc.perform(get(location).with(demo.as("qa.lead")))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        html -> html.contains("govuk-panel__title")
                                || html.contains("Check this import before it becomes the register"));
        return Jsoup.parse(page);
    }

    /**
     * Waits for the result; when the import waits for a sharp change in open cases to be confirmed (a test's few
     * rows against the demo council's register), confirms it as the person would, and waits for the result again.
     */
    static Document awaitImported(MockMvc mvc, DemoUsers demo, String location) throws Exception {
        var page = awaitResult(mvc, demo, location);
        if (!page.text().contains("Check this import before it becomes the register")) {
            return page;
        }
        assertThat(page.text()).contains("Open cases would go from ");
        mvc.perform(post(location + "/confirm").with(csrf()).with(demo.as("qa.lead")));
        return awaitResult(mvc, demo, location);
    }

    private ImportPages() {}
}
