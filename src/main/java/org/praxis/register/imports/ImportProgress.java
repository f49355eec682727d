package org.praxis.register.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Rows read so far, list by list, published to the run record (for the screen) and the command line. */
public final class ImportProgress {

    private static final int EVERY = 5_000;

    private final Map<String, String> lines = new LinkedHashMap<>();
    private final Consumer<String> sink;
    private final Consumer<String> finishedList;

    ImportProgress(Consumer<String> sink, Consumer<String> finishedList) {
        this.sink = sink;
        this.finishedList = finishedList;
    }

    void rows(String list, int rows) {
        if (rows % EVERY == 0) {
            lines.put(list, list + ": " + String.format("%,d", rows) + " rows read so far");
            sink.accept(text());
        }
    }

    void done(String list, int rows, int problems) {
        var line = list + ": " + rowCount(rows)
                + (problems == 0 ? "" : ", " + String.format("%,d", problems) + " with problems");
        lines.put(list, line);
        sink.accept(text());
        finishedList.accept(line);
    }

    /** "1 row", "2,500 rows": counts read as people write them. */
    static String rowCount(long rows) {
        return String.format("%,d", rows) + (rows == 1 ? " row" : " rows");
    }

    void note(String key, String line) {
        lines.put(key, line);
        sink.accept(text());
        finishedList.accept(line);
    }

    String text() {
        return String.join("\n", lines.values());
    }
}
