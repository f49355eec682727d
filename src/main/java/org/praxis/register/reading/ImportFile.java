package org.praxis.register.reading;

import java.nio.file.Path;

/**
 * A file to import, and the name the person knows it by (an upload's original name, not the temporary path). {@code
 * csvReading} is how to read it when it is a CSV file and the person chose (on the column choice screen); null to tell
 * from the file.
 */
public record ImportFile(Path path, String displayName, CsvDialect.Choice csvReading) {

    public ImportFile(Path path, String displayName) {
        this(path, displayName, null);
    }
}
