package org.praxis.commandline;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Answers {@code help} and a mistyped command before Praxis starts: reading the commands' {@link Subcommand}s from
 * the class files takes a moment, where starting Praxis would take seconds and create a database in an empty folder.
 */
public final class CommandHelp {

    record Usage(List<String> words, String usage) {}

    /** Every command's words and usage, from the class files, without loading or starting anything. */
    static List<Usage> all() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Subcommand.class));
        return scanner.findCandidateComponents("org.praxis").stream()
                .map(definition -> ((AnnotatedBeanDefinition) definition)
                        .getMetadata()
                        .getAnnotations()
                        .get(Subcommand.class))
                .map(a -> new Usage(List.of(a.getStringArray("words")), a.getString("usage")))
                .sorted(Comparator.comparing(u -> String.join(" ", u.words())))
                .toList();
    }

    static void print(PrintStream out) {
        out.println("Usage: java -jar praxis.jar <command>");
        out.println("       java -jar praxis.jar            (no command: start the web application)");
        all().forEach(u -> out.println("       java -jar praxis.jar " + u.usage()));
    }

    /**
     * The exit status when the command line is {@code help} or names no command (the usage has been printed), or
     * empty when Praxis should start: as the web application, or to run the command.
     */
    public static OptionalInt answerWithoutStarting(String[] args, PrintStream out, PrintStream err) {
        var words = CommandDispatcher.commandWords(args);
        if (words.isEmpty() || words.stream().allMatch(w -> w.startsWith("-"))) {
            return OptionalInt.empty();
        }
        if (words.equals(List.of("help"))) {
            print(out);
            return OptionalInt.of(0);
        }
        boolean known = all().stream()
                .anyMatch(u -> words.size() >= u.words().size()
                        && words.subList(0, u.words().size()).equals(u.words()));
        if (known) {
            return OptionalInt.empty();
        }
        err.println("Unknown command: " + String.join(" ", words));
        print(out);
        return OptionalInt.of(2);
    }

    private CommandHelp() {}
}
