package org.praxis.commandline;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Runs the sub-command named on the command line and hands its status back as the exit code. */
@Component
@Profile("command")
@Order(Ordered.LOWEST_PRECEDENCE)
class CommandDispatcher implements ApplicationRunner, ExitCodeGenerator {

    private final List<PraxisCommand> commands;
    private int exitCode;

    CommandDispatcher(List<PraxisCommand> commands) {
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments args) {
        var words = commandWords(args.getSourceArgs());
        var command = commands.stream()
                .filter(c -> words.size() >= c.words().size()
                        && words.subList(0, c.words().size()).equals(c.words()))
                .findFirst();
        if (command.isEmpty()) {
            // Only when started some other way than PraxisApplication.main, which answers these before starting.
            exitCode = CommandHelp.answerWithoutStarting(args.getSourceArgs(), System.out, System.err)
                    .orElse(2);
            return;
        }
        exitCode = command.get().run(words.subList(command.get().words().size(), words.size()), System.out, System.err);
    }

    /**
     * The command's own words and options ({@code import annex-a FILE --as-at 2026-11-20}), without the Spring
     * settings that may come with them ({@code --spring.datasource.url=...}), which Spring has already applied.
     */
    static List<String> commandWords(String[] sourceArgs) {
        return java.util.Arrays.stream(sourceArgs)
                .filter(a -> !a.matches("--[A-Za-z0-9_-]+(\\.[A-Za-z0-9_\\[\\]-]+)+=.*"))
                .toList();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
