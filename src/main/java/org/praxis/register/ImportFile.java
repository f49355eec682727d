package org.praxis.register;

import java.nio.file.Path;

/** A file to import, and the name the person knows it by (an upload's original name, not the temporary path). */
record ImportFile(Path path, String displayName) {}
