package org.praxis.register;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.praxis.register.imports.AnnexA;

/**
 * A small Annex A workbook for tests: every list with Ofsted's title row and headings, and the rows a test adds
 * by heading. Lists can be left out or have their headings changed to test what real files do.
 */
final class AnnexAFixture {

    private final Map<Integer, List<Map<String, Object>>> rows = new HashMap<>();
    private final Map<Integer, Map<String, String>> renamed = new HashMap<>();
    private final List<Integer> leftOut = new ArrayList<>();
    private final Map<Integer, List<String>> extraColumns = new HashMap<>();

    AnnexAFixture row(int list, Object... headingsAndValues) {
        var row = new LinkedHashMap<String, Object>();
        for (int i = 0; i < headingsAndValues.length; i += 2) {
            row.put((String) headingsAndValues[i], headingsAndValues[i + 1]);
        }
        rows.computeIfAbsent(list, l -> new ArrayList<>()).add(row);
        return this;
    }

    /** A List 7 row: a child protection plan from 1 October 2026, last visited on 1 November, in this team. */
    AnnexAFixture childProtection(String reference, String team) {
        return row(
                7,
                "Child Unique ID",
                reference,
                "Child Protection Plan Start Date",
                "01/10/2026",
                "Date of the Last Statutory Visit",
                "01/11/2026",
                "Number of Previous Child Protection Plans",
                0L,
                "Allocated Team",
                team);
    }

    AnnexAFixture rename(int list, String heading, String writtenAs) {
        renamed.computeIfAbsent(list, l -> new HashMap<>()).put(heading, writtenAs);
        return this;
    }

    AnnexAFixture without(int list) {
        leftOut.add(list);
        return this;
    }

    AnnexAFixture extraColumn(int list, String heading) {
        extraColumns.computeIfAbsent(list, l -> new ArrayList<>()).add(heading);
        return this;
    }

    /** Each list's sheet: title row, heading row, then the rows. */
    Map<String, List<List<?>>> sheets() {
        var sheets = new LinkedHashMap<String, List<List<?>>>();
        for (var list : AnnexA.LISTS) {
            if (leftOut.contains(list.number())) {
                continue;
            }
            var headings = new ArrayList<String>();
            list.columns().forEach(c -> headings.add(c.heading()));
            headings.addAll(extraColumns.getOrDefault(list.number(), List.of()));
            var written = new ArrayList<String>();
            for (var h : headings) {
                written.add(renamed.getOrDefault(list.number(), Map.of()).getOrDefault(h, h));
            }
            var sheet = new ArrayList<List<?>>();
            sheet.add(List.of("List " + list.number() + ": " + list.title()));
            sheet.add(written);
            for (var row : rows.getOrDefault(list.number(), List.of())) {
                var cells = new ArrayList<Object>();
                for (var h : headings) {
                    // A child's date of birth is required (a blank one is a problem): 1 March 2018 unless the test
                    // gives one, or blanks it with "".
                    cells.add(row.getOrDefault(h, h.equals("Date of Birth") ? "01/03/2018" : ""));
                }
                sheet.add(cells);
            }
            sheets.put("List_" + list.number(), sheet);
        }
        return sheets;
    }

    Path workbook(Path folder, String name) throws IOException {
        return SpreadsheetFiles.workbook(folder, name, sheets());
    }

    /** Each list as its own CSV file text, named like List_3.csv. */
    Map<String, String> csvFiles() {
        var files = new LinkedHashMap<String, String>();
        for (var sheet : sheets().entrySet()) {
            var text = new ArrayList<List<String>>();
            for (var row : sheet.getValue()) {
                text.add(row.stream().map(String::valueOf).toList());
            }
            files.put(sheet.getKey() + ".csv", SpreadsheetFiles.csv(text));
        }
        return files;
    }
}
