package org.praxis.complaints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A column holding a code: each of the enum's values with the words a cell may hold for it (any capitals, with or
 * without apostrophes), its label first. The reader and the import page both use these, so the page lists
 * exactly what is read, and a value added to the enum is listed and read with its label.
 */
record CodedColumn<E extends Enum<E>>(String columns, Map<E, List<String>> words) {

    static <E extends Enum<E>> CodedColumn<E> of(
            String columns, Class<E> type, java.util.function.Function<E, String> label, Map<E, List<String>> also) {
        var words = new java.util.LinkedHashMap<E, List<String>>();
        for (var value : type.getEnumConstants()) {
            var these = new ArrayList<String>();
            add(these, label.apply(value));
            also.getOrDefault(value, List.of()).forEach(w -> add(these, w));
            var name = value.name().replace('_', ' ').toLowerCase(Locale.UK);
            add(these, Character.toUpperCase(name.charAt(0)) + name.substring(1));
            words.put(value, List.copyOf(these));
        }
        return new CodedColumn<>(columns, java.util.Collections.unmodifiableMap(words));
    }

    private static void add(List<String> words, String word) {
        if (words.stream().noneMatch(w -> normal(w).equals(normal(word)))) {
            words.add(word);
        }
    }

    static String normal(String text) {
        return text.strip()
                .toLowerCase(Locale.UK)
                .replace("’", "")
                .replace("'", "")
                .replace('_', ' ')
                .replaceAll("\\s+", " ");
    }

    /** The value a cell's words name, or null. */
    E read(String text) {
        var wanted = normal(text);
        for (var entry : words.entrySet()) {
            if (entry.getValue().stream().anyMatch(w -> normal(w).equals(wanted))) {
                return entry.getKey();
            }
        }
        return null;
    }

    /** "Upheld, Partly upheld or Not upheld", each value's other words in brackets. */
    public String described() {
        var each = words.values().stream()
                .map(w ->
                        w.getFirst() + (w.size() == 1 ? "" : " (or " + String.join(", ", w.subList(1, w.size())) + ")"))
                .toList();
        return each.size() == 1
                ? each.getFirst()
                : String.join(", ", each.subList(0, each.size() - 1)) + " or " + each.getLast();
    }
}
