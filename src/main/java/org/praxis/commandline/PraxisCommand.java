package org.praxis.commandline;

import java.io.PrintStream;
import java.util.List;
import org.springframework.util.ClassUtils;

/** A sub-command of the Praxis jar. Modules contribute them as beans, each named by its {@link Subcommand}. */
public interface PraxisCommand {

    /** The words that select this command, such as {@code ["import", "staff"]}. */
    default List<String> words() {
        return List.of(subcommand().words());
    }

    /** One line of usage, shown by {@code help}. */
    default String usage() {
        return subcommand().usage();
    }

    private Subcommand subcommand() {
        var annotation = ClassUtils.getUserClass(getClass()).getAnnotation(Subcommand.class);
        if (annotation == null) {
            throw new IllegalStateException(getClass().getName() + " needs @Subcommand");
        }
        return annotation;
    }

    /** Runs the command with the arguments after its words; returns the process exit status. */
    int run(List<String> arguments, PrintStream out, PrintStream err);
}
