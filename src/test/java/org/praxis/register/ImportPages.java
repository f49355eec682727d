package org.praxis.register;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.praxis.support.DemoUsers;
import org.springframework.test.web.servlet.MockMvc;

/** Waits on an import's page, as a person would keep refreshing it, until the result is shown. */
final class ImportPages {

    static Document awaitResult(MockMvc mvc, DemoUsers demo, String location) throws Exception {
        String page = "";
        for (int i = 0; i < 100 && !page.contains("govuk-panel__title"); i++) {
            Thread.sleep(100);
            page = mvc.perform(get(location).with(demo.as("qa.lead")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
        }
        return Jsoup.parse(page);
    }

    private ImportPages() {}
}
