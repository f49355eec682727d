package org.praxis.register.reading;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;

/**
 * A zip file (a workbook, or a zip of CSV files) whose parts are read through the zip-bomb guard. The guard
 * compares the bytes a part has produced with the compressed bytes it has consumed <em>so far</em>, so a part that
 * inflates a thousandfold is stopped after its first megabyte, not once it has filled the memory.
 */
final class GuardedZip implements Closeable {

    /** Below this many bytes produced a part may be as compressible as it likes: headers compress well. */
    private static final long RATIO_CHECKED_AFTER = 1_000_000;

    private final ZipFile zip;
    private final ImportLimits limits;
    private final String displayName;

    private GuardedZip(ZipFile zip, ImportLimits limits, String displayName) {
        this.zip = zip;
        this.limits = limits;
        this.displayName = displayName;
    }

    static GuardedZip open(Path file, String displayName, ImportLimits limits) {
        try {
            return new GuardedZip(ZipFile.builder().setPath(file).get(), limits, displayName);
        } catch (ZipException e) {
            throw new RejectedFile(displayName + " is a damaged zip file (" + e.getMessage()
                    + "). Open it in Excel and save it as “Excel Workbook (.xlsx)”.");
        } catch (IOException e) {
            throw new RejectedFile("Cannot read " + displayName + ": " + e.getMessage());
        }
    }

    Optional<ZipArchiveEntry> entry(String name) {
        return Optional.ofNullable(zip.getEntry(name));
    }

    List<ZipArchiveEntry> entries() {
        return Collections.list(zip.getEntries());
    }

    /** The part's bytes, refused once they pass the size limit or the compression-ratio limit. */
    InputStream open(ZipArchiveEntry entry, String what) throws IOException {
        if (!zip.canReadEntryData(entry)) {
            throw new RejectedFile(displayName + " uses a kind of zip compression or encryption Praxis cannot read"
                    + " (in its " + what + "). Save it again from Excel without a password.");
        }
        var in = zip.getInputStream(entry);
        var statistics = in instanceof InputStreamStatistics counts ? counts : null;
        return new CountingStream(in, produced -> check(produced, statistics, what));
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private void check(long produced, InputStreamStatistics statistics, String what) {
        if (produced > limits.maxEntryBytes()) {
            throw new RejectedFile("The " + what + " in " + displayName + " is larger than " + limits.maxEntrySize()
                    + " once unpacked, more than Praxis accepts (the limit is praxis.import.max-entry-bytes).");
        }
        if (produced > RATIO_CHECKED_AFTER
                && statistics != null
                && produced / Math.max(statistics.getCompressedCount(), 1) > limits.maxCompressionRatio()) {
            throw new RejectedFile("The " + what + " in " + displayName + " unpacks to more than "
                    + limits.maxCompressionRatio()
                    + " times its packed size. Files like this are used to attack servers (a “zip bomb”),"
                    + " so Praxis refuses it. If it is a genuine export, save it again from Excel.");
        }
    }
}
