package org.praxis.register.imports;

import java.util.ArrayList;
import java.util.List;

/** Every row problem is counted; the first {@code maxStored} are kept for the on-screen and downloadable report. */
public final class ProblemReport {

    private final int maxStored;
    private final List<ImportRuns.RowProblem> stored = new ArrayList<>();
    private int count;
    private int rowsWithProblems;
    private int warnings;

    ProblemReport(int maxStored) {
        this.maxStored = maxStored;
    }

    void rowHad(List<ImportRuns.RowProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        rowsWithProblems++;
        for (var p : problems) {
            count++;
            if (stored.size() < maxStored) {
                stored.add(p);
            }
        }
    }

    /** Warnings are stored with the problems, but neither hold the row back nor count as problems. */
    void warned(ImportRuns.RowProblem warning) {
        warnings++;
        if (stored.size() < maxStored) {
            stored.add(warning);
        }
    }

    int warnings() {
        return warnings;
    }

    int count() {
        return count;
    }

    int rowsWithProblems() {
        return rowsWithProblems;
    }

    List<ImportRuns.RowProblem> stored() {
        return stored;
    }
}
