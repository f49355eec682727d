package org.praxis.practiceweek;

import ai.timefold.solver.core.api.solver.SolverFactory;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import org.praxis.commandline.PraxisCommand;
import org.praxis.commandline.Subcommand;
import org.praxis.practiceweek.timetable.SyntheticWeek;
import org.praxis.practiceweek.timetable.Timetable;
import org.praxis.practiceweek.timetable.TimetableExplanation;
import org.praxis.practiceweek.timetable.TimetableSolverConfig;
import org.springframework.stereotype.Component;

/**
 * {@code bench timetable --visitors 300 --teams 120 --slots 1500 --seconds 30}: solves a made-up week with the
 * production configuration and prints when the timetable first broke no hard rule, and the final score.
 */
@Component
@Subcommand(
        words = {"bench", "timetable"},
        usage = "bench timetable [--visitors 300] [--teams 120] [--slots 1500] [--seconds 30] [--seed 1]")
class TimetableBenchCommand implements PraxisCommand {

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        int visitors = option(arguments, "--visitors", 300);
        int teams = option(arguments, "--teams", 120);
        int slots = option(arguments, "--slots", 1500);
        int seconds = option(arguments, "--seconds", 30);
        long seed = option(arguments, "--seed", 1);
        var problem = SyntheticWeek.generate(visitors, teams, slots, seed);
        out.printf(
                "A week of %d visitors, %d teams, %d slots (%d places), %d s limit, %d processors%n",
                visitors,
                teams,
                slots,
                problem.getPlaces().size(),
                seconds,
                Runtime.getRuntime().availableProcessors());
        var solver = SolverFactory.<Timetable>create(TimetableSolverConfig.upTo(Duration.ofSeconds(seconds)))
                .buildSolver();
        long started = System.nanoTime();
        long[] feasibleAt = {-1};
        long[] everyTeamAt = {-1};
        solver.addEventListener(event -> {
            var best = event.getNewBestSolution().getScore();
            if (feasibleAt[0] < 0 && event.isNewBestSolutionInitialized() && best.isFeasible()) {
                feasibleAt[0] = System.nanoTime();
            }
            if (everyTeamAt[0] < 0 && best.isFeasible() && best.mediumScore() == 0) {
                everyTeamAt[0] = System.nanoTime();
            }
        });
        var solved = solver.solve(problem);
        long took = System.nanoTime() - started;
        var score = solved.getScore();
        var unmet = new TimetableExplanation(solved, java.time.LocalDate.of(2027, 6, 7)).sentences();
        out.printf(
                "Final score %s after %.1f s; no hard rule broken %s%n",
                score,
                took / 1e9,
                feasibleAt[0] < 0 ? "never" : String.format("from %.1f s", (feasibleAt[0] - started) / 1e9));
        out.printf(
                "Every team visited, and by a senior leader, %s%n",
                everyTeamAt[0] < 0 ? "never" : String.format("from %.1f s", (everyTeamAt[0] - started) / 1e9));
        out.printf(
                "Places filled: %d of %d%n",
                solved.getPlaces().stream().filter(p -> p.getVisitor() != null).count(),
                solved.getPlaces().size());
        unmet.forEach(out::println);
        return score.isFeasible() ? 0 : 1;
    }

    private static int option(List<String> arguments, String name, int fallback) {
        int i = arguments.indexOf(name);
        return i >= 0 && i + 1 < arguments.size() ? Integer.parseInt(arguments.get(i + 1)) : fallback;
    }
}
