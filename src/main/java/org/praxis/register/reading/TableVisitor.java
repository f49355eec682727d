package org.praxis.register.reading;

import java.util.List;

/** Receives a spreadsheet or CSV file one table and one row at a time, so files of any length stream. */
public interface TableVisitor {

    /** A sheet (or CSV file) begins; return false to skip it. */
    boolean startTable(String name);

    /** One non-empty row; {@code rowNumber} counts from 1 as the spreadsheet shows it. */
    void row(int rowNumber, List<String> cells);

    void endTable();
}
