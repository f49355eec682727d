package org.praxis.register.imports;

import java.util.List;

/** What an import did, for the run record, the screen, the command line and the HTTP endpoint. */
public record ImportSummary(
        String fileHash,
        List<String> ignored,
        int rowsRead,
        int rowsImported,
        int rowsQuarantined,
        int problemCount,
        Long snapshotId,
        String progress) {

    static ImportSummary empty(String progress) {
        return new ImportSummary(null, List.of(), 0, 0, 0, 0, null, progress);
    }
}
