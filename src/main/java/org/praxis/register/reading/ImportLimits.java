package org.praxis.register.reading;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits that protect the importer from hostile or broken files (zip bombs, sheets padded with millions of
 * empty rows). Each can be raised in {@code application.properties} under {@code praxis.import.*}.
 *
 * @param maxEntryBytes the largest uncompressed part of a workbook, or a CSV file, in bytes
 * @param maxCompressionRatio how many times larger than its compressed size a workbook part may grow
 * @param maxRowsPerSheet the last row number a sheet may use (Excel's own limit is 1,048,576)
 * @param maxEmptyRows how many empty rows in a row a sheet may have before the file is refused
 * @param maxColumns the most columns read from a row
 * @param maxCellChars the longest cell value
 * @param maxSharedStringChars the most text a workbook's shared strings may hold (they are kept in memory while
 *     its sheets are read)
 * @param maxStoredProblems how many row problems are kept for the report (all are counted)
 */
@ConfigurationProperties("praxis.import")
public record ImportLimits(
        long maxEntryBytes,
        int maxCompressionRatio,
        int maxRowsPerSheet,
        int maxEmptyRows,
        int maxColumns,
        int maxCellChars,
        long maxSharedStringChars,
        int maxStoredProblems) {

    /** The entry limit as a person reads it: "1,000 MB", "10 KB". */
    String maxEntrySize() {
        return maxEntryBytes >= 1_000_000
                ? String.format("%,d MB", maxEntryBytes / 1_000_000)
                : String.format("%,d KB", maxEntryBytes / 1_000);
    }

    public static ImportLimits defaults() {
        return new ImportLimits(1_000_000_000L, 200, 1_048_576, 10_000, 200, 32_767, 50_000_000L, 10_000);
    }
}
