package org.praxis.register.reading;

import java.nio.file.Path;

/** A file to import, and the name the person knows it by (an upload's original name, not the temporary path). */
public record ImportFile(Path path, String displayName) {}
