package org.praxis.commandline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.praxis.PraxisApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * A command run in an empty folder works on the council's own data: it does not load the demo council first (it
 * did: about 40 s, and real staff or cases were imported next to the demo's, into the demo's teams).
 */
class CommandsOnRealDataIT {

    @TempDir
    Path folder;

    @Test
    void importingStaffIntoAnEmptyFolderDoesNotLoadTheDemoCouncil() throws Exception {
        var staff = Files.writeString(
                folder.resolve("staff.csv"),
                "Full name,Work email,Job role,Team,Employment type,Start date\r\n"
                        + "Ada Example,ada.example@council.example,Social worker,Child Protection Team East,Permanent,01/09/2024\r\n");
        var data = folder.resolve("data");

        var context = new SpringApplicationBuilder(PraxisApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("command")
                .run(
                        "--praxis.data-dir=" + data,
                        // The embedded default, even in the build's PostgreSQL pass (which sets the test database).
                        "--spring.datasource.url=jdbc:h2:file:" + data.resolve("praxis")
                                + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH",
                        "--spring.datasource.username=sa",
                        "--spring.datasource.password=",
                        "--spring.main.lazy-initialization=false",
                        "import",
                        "staff",
                        staff.toString());
        int status = SpringApplication.exit(context);

        // The demo council's team is not there to join, so the row is refused: nothing of the demo was loaded.
        assertThat(status).isEqualTo(1);
        try (var connection = DriverManager.getConnection(
                        "jdbc:h2:file:" + data.resolve("praxis") + ";MODE=PostgreSQL", "sa", "");
                var rows = connection
                        .createStatement()
                        .executeQuery("select (select count(*) from team), (select count(*) from staff_member),"
                                + " (select count(*) from user_account)")) {
            rows.next();
            assertThat(rows.getInt(1)).as("teams").isZero();
            assertThat(rows.getInt(2)).as("staff").isZero();
            assertThat(rows.getInt(3)).as("accounts").isZero();
        }
    }
}
