package org.praxis.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The access log shows screens in words: every screen that opens one record (its address names it), downloads data
 * or reads the data API is named, whichever module it is in, so a new screen cannot slip into the log as an address.
 */
@PraxisIntegrationTest
class EveryScreenThatLogsIsNamedIT {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyRecordDownloadAndApiScreenHasANameInWords() {
        var unnamed = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (var method : info.getMethodsCondition().getMethods()) {
                for (var pattern : info.getPatternValues()) {
                    boolean onARecord = pattern.contains("{");
                    boolean download = pattern.matches(".*\\.(csv|xlsx|pdf)$") || pattern.startsWith("/api/data");
                    var screen = method.name() + " " + pattern;
                    if ((onARecord || download) && ScreenNames.screen(screen).startsWith("Page ")) {
                        unnamed.add(screen);
                    }
                }
            }
        });
        assertThat(unnamed)
                .as("screens the access log would show as an address")
                .isEmpty();
    }
}
