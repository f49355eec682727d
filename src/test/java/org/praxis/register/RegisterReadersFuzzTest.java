package org.praxis.register;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.praxis.register.imports.AnnexA;
import org.praxis.register.reading.CsvTableReader;
import org.praxis.register.reading.Headings;
import org.praxis.register.reading.ImportFile;
import org.praxis.register.reading.ImportLimits;
import org.praxis.register.reading.RejectedFile;
import org.praxis.register.reading.TableVisitor;
import org.praxis.register.reading.Tables;
import org.praxis.register.reading.Values;

/**
 * The CSV and workbook readers, and the value parsing behind them, on arbitrary bytes: the only failure allowed is
 * a {@link RejectedFile} with a message for the person. In the normal build this replays the stored inputs; to
 * fuzz for real (minutes, nightly): {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=RegisterReadersFuzzTest
 * -Djazzer.max_duration=10m} (see bench/README.md).
 */
class RegisterReadersFuzzTest {

    private static final ImportLimits SMALL =
            new ImportLimits(5_000_000, 200, 100_000, 1_000, 200, 32_767, 1_000_000, 100);

    /** Reads every cell the way the Annex A importer does, so the parsing is fuzzed too. */
    private static final class EveryCell implements TableVisitor {
        @Override
        public boolean startTable(String name) {
            AnnexA.identify(name);
            return true;
        }

        @Override
        public void row(int rowNumber, List<String> cells) {
            for (var cell : cells) {
                Headings.key(cell);
                Values.date(cell);
                Values.count(cell);
                Values.code(cell);
                Values.yesNo(cell);
                CaseType.parse(cell);
            }
        }

        @Override
        public void endTable() {}
    }

    @FuzzTest(maxDuration = "10s")
    void csvReaderOnlyEverRejectsPolitely(byte[] data) {
        try {
            new CsvTableReader(SMALL).read(new ByteArrayInputStream(data), "List_3.csv", new EveryCell());
        } catch (RejectedFile expected) {
            assert !expected.getMessage().isBlank();
        }
    }

    @FuzzTest(maxDuration = "10s")
    void workbookReaderOnlyEverRejectsPolitely(byte[] data) throws IOException {
        var file = Files.createTempFile("fuzz", ".xlsx");
        try {
            Files.write(file, data);
            new Tables(SMALL).read(new ImportFile(file, "fuzz.xlsx"), new EveryCell());
        } catch (RejectedFile expected) {
            assert !expected.getMessage().isBlank();
        } finally {
            Files.delete(file);
        }
    }
}
