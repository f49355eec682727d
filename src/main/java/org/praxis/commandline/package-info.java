/** Sub-commands of the Praxis jar: {@code java -jar praxis.jar <command> ...}. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Command line",
        allowedDependencies = {})
package org.praxis.commandline;
