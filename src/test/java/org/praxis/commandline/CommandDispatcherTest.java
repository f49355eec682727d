package org.praxis.commandline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A command keeps its own options; Spring's settings on the same command line are left to Spring. */
class CommandDispatcherTest {

    @Test
    void commandOptionsAreKeptAndSpringSettingsLeftOut() {
        var words = CommandDispatcher.commandWords(new String[] {
            "import",
            "annex-a",
            "Annex A.xlsx",
            "--as-at",
            "2026-11-20",
            "--quarantine",
            "--spring.datasource.url=jdbc:postgresql://db/praxis",
            "--praxis.data-dir=/srv/praxis"
        });
        assertThat(words).containsExactly("import", "annex-a", "Annex A.xlsx", "--as-at", "2026-11-20", "--quarantine");
    }
}
