package org.praxis.practiceweek.timetable;

import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;

/** How the timetable is solved: the same configuration for the screens, the tests and the bench. */
public final class TimetableSolverConfig {

    public static SolverConfig upTo(Duration limit) {
        return new SolverConfig()
                .withSolutionClass(Timetable.class)
                .withEntityClasses(Place.class)
                .withConstraintProviderClass(TimetableConstraints.class)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(limit));
    }

    private TimetableSolverConfig() {}
}
