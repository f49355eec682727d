package org.praxis.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScreenNamesTest {

    @Test
    void screensAndRecordTypesAreShownInWords() {
        assertThat(ScreenNames.screen("GET /audit/audits/{id}")).isEqualTo("An audit");
        assertThat(ScreenNames.screen("GET /practice-week/{weekId}/visits/{slotId}/record"))
                .isEqualTo("A Practice Week visit record");
        assertThat(ScreenNames.screen("GET /standards/{id}")).isEqualTo("A practice standard");
        assertThat(ScreenNames.screen("GET /exports/{dataset}.csv")).isEqualTo("An export for analysts, as CSV");
        assertThat(ScreenNames.screen("GET /help/moderation"))
                .as("a screen not named keeps its address, without the method")
                .isEqualTo("Page /help/moderation");
        assertThat(ScreenNames.recordType("STAFF")).isEqualTo("Staff");
        assertThat(ScreenNames.recordType("SERVICE_AREA")).isEqualTo("Service area");
        assertThat(ScreenNames.recordType("Audit moderation")).isEqualTo("Audit moderation");
    }
}
