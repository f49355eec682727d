package org.praxis.register;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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

    private ImportPages() {}
}
