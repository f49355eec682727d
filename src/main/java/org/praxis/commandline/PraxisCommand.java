package org.praxis.commandline;

import java.io.PrintStream;
import java.util.List;

/** A sub-command of the Praxis jar. Modules contribute them as beans. */
public interface PraxisCommand {

    /** The words that select this command, such as {@code ["import", "staff"]}. */
    List<String> words();

    /** One line of usage, shown by {@code help}. */
    String usage();

    /** Runs the command with the arguments after its words; returns the process exit status. */
    int run(List<String> arguments, PrintStream out, PrintStream err);
}
