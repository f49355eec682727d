package org.praxis.commandline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a {@link PraxisCommand}: the words that select it and its line of usage. Read from the class files, so
 * {@code help} and a mistyped command are answered without starting Praxis (or creating its database).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Subcommand {

    /** The words that select the command, such as {@code {"import", "staff"}}. */
    String[] words();

    /** One line of usage, after {@code java -jar praxis.jar}. */
    String usage();
}
