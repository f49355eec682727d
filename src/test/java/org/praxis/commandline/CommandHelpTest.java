package org.praxis.commandline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code help} and a mistyped command are answered from the class files, before Praxis (and its database) start. */
class CommandHelpTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private java.util.OptionalInt answer(String... args) {
        return CommandHelp.answerWithoutStarting(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsEveryCommandWithoutStartingPraxis() {
        assertThat(answer("--praxis.data-dir=/nowhere", "help")).hasValue(0);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("java -jar praxis.jar import annex-a FILE...")
                .contains("java -jar praxis.jar import staff FILE.csv")
                .contains("java -jar praxis.jar generate annex-a FILE.xlsx")
                .contains("java -jar praxis.jar generate audits")
                .contains("java -jar praxis.jar bench timetable");
    }

    @Test
    void anUnknownCommandIsNamedAndAnsweredWithTheUsage() {
        assertThat(answer("import", "staf", "staff.csv")).hasValue(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown command: import staf staff.csv");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("java -jar praxis.jar import staff FILE.csv");
    }

    @Test
    void aKnownCommandOrNoCommandStartsPraxis() {
        assertThat(answer("import", "staff", "staff.csv", "--spring.datasource.url=jdbc:h2:mem:x"))
                .isEmpty();
        assertThat(answer("--server.port=8081")).isEmpty();
        assertThat(answer()).isEmpty();
        assertThat(out.size()).isZero();
    }
}
