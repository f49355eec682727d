package org.praxis.register.imports;

import java.util.List;
import org.praxis.register.reading.TableVisitor;

/** Reads one kind of case list (Annex A, or an adults' list through a column mapping) into the register writer. */
public interface CaseListReader extends TableVisitor {

    /** After every file: refuse the import if something the source needs was not there. */
    void checkComplete();

    int rowsRead();

    int rowsImported();

    /** Sheets and columns that were read past, for the report. */
    List<String> ignored();

    /** Anything else the person should be told about the rows, or empty. */
    String note();

    /** The numbers of the lists the person chose to import without, marked "not provided" in the snapshot. */
    default List<Integer> listsNotProvided() {
        return List.of();
    }
}
