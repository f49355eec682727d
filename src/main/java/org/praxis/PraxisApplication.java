package org.praxis;

import org.praxis.commandline.CommandHelp;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Starts Praxis. With no arguments (or only {@code --option}s) it serves the web application; with a
 * sub-command ({@code java -jar praxis.jar import staff FILE}) it runs that command without a web
 * server and exits with the command's status; {@code help} and an unknown command are answered without starting.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = {"web", "commandline", "documents"})
public class PraxisApplication {

    public static void main(String[] args) {
        var answered = CommandHelp.answerWithoutStarting(args, System.out, System.err);
        if (answered.isPresent()) {
            System.exit(answered.getAsInt());
        }
        var application = new SpringApplication(PraxisApplication.class);
        StartupReport.attachIfAsked(application);
        // A command word anywhere among the arguments (settings such as --praxis.data-dir=... may come first).
        if (java.util.Arrays.stream(args).anyMatch(a -> !a.startsWith("-"))) {
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setAdditionalProfiles("command");
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }
}
