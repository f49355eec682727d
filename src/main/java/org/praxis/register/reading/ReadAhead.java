package org.praxis.register.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads files on a thread of its own (unzipping and parsing a workbook is half an import's work) while the caller's
 * thread checks the rows it has already read. The reader is never more than a few chunks of rows ahead, so memory
 * stays the same however long the file. A refusal or failure while reading is thrown on the caller's thread, as if it
 * had read the file itself; a failure of the caller's (a problem, a cancel) stops the reader, and {@link #read}
 * returns only once the reader has closed the file.
 */
public final class ReadAhead {

    /** A chunk ends at this many rows or this many characters, whichever comes first. */
    private static final int CHUNK_ROWS = 500;

    private static final int CHUNK_CHARS = 1_000_000;
    /** Chunks the reader may be ahead: a few megabytes at most. */
    private static final int CHUNKS_AHEAD = 4;

    private sealed interface Event {}

    private record Start(String name) implements Event {}

    private record Row(int number, List<String> cells) implements Event {}

    private record End() implements Event {}

    private record Finished(Throwable failure) implements Event {}

    /** Unwinds the reader when the caller has stopped listening. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private final BlockingQueue<List<Event>> queue = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private volatile boolean stopped;
    private List<Event> chunk = new ArrayList<>();
    private int chunkChars;

    private ReadAhead() {}

    /** Reads the files in order into {@code visitor}, on the caller's thread, while a thread of its own reads ahead. */
    public static void read(Tables tables, List<ImportFile> files, TableVisitor visitor) {
        new ReadAhead().run(tables, files, visitor);
    }

    private void run(Tables tables, List<ImportFile> files, TableVisitor visitor) {
        var reader = Thread.ofPlatform().name("register-reader").daemon().start(() -> readAll(tables, files));
        try {
            replay(visitor, reader);
        } finally {
            stopped = true;
            queue.clear();
            awaitReader(reader);
        }
    }

    /** On the reader's thread. */
    private void readAll(Tables tables, List<ImportFile> files) {
        Throwable failure = null;
        try {
            var forward = new Forward();
            for (var file : files) {
                tables.read(file, forward);
            }
        } catch (Stopped e) {
            return;
        } catch (Throwable e) {
            failure = e;
        }
        try {
            add(new Finished(failure), 0);
            flush();
        } catch (Stopped e) {
            // Nobody is listening any more.
        }
    }

    private final class Forward implements TableVisitor {
        @Override
        public boolean startTable(String name) {
            add(new Start(name), 0);
            return true;
        }

        @Override
        public void row(int rowNumber, List<String> cells) {
            int chars = 0;
            for (var cell : cells) {
                chars += cell.length();
            }
            add(new Row(rowNumber, cells), chars);
        }

        @Override
        public void endTable() {
            add(new End(), 0);
        }
    }

    private void add(Event event, int chars) {
        chunk.add(event);
        chunkChars += chars;
        if (chunk.size() >= CHUNK_ROWS || chunkChars >= CHUNK_CHARS) {
            flush();
        }
    }

    private void flush() {
        var full = chunk;
        chunk = new ArrayList<>();
        chunkChars = 0;
        try {
            while (!queue.offer(full, 100, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
        if (stopped) {
            throw new Stopped();
        }
    }

    /** On the caller's thread: the events as the reader saw them. */
    private void replay(TableVisitor visitor, Thread reader) {
        boolean skipping = false;
        while (true) {
            List<Event> events;
            try {
                events = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The import was interrupted", e);
            }
            if (events == null) {
                if (!reader.isAlive() && queue.isEmpty()) {
                    // It could not even say why (out of memory while saying it).
                    throw new IllegalStateException("The file's reader stopped before the end");
                }
                continue;
            }
            for (var event : events) {
                switch (event) {
                    case Start start -> skipping = !visitor.startTable(start.name());
                    case Row row -> {
                        if (!skipping) {
                            visitor.row(row.number(), row.cells());
                        }
                    }
                    case End end -> {
                        if (!skipping) {
                            visitor.endTable();
                        }
                    }
                    case Finished finished -> {
                        rethrow(finished.failure());
                        return;
                    }
                }
            }
        }
    }

    private static void rethrow(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        } else if (failure instanceof RuntimeException runtime) {
            throw runtime;
        } else if (failure != null) {
            throw new IllegalStateException("Could not read the file", failure);
        }
    }

    private static void awaitReader(Thread reader) {
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                // The file must be closed before the caller deletes it: wait on.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
