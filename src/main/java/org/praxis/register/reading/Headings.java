package org.praxis.register.reading;

import java.util.Locale;
import java.util.Set;

/** Compares column headings and code values the way a person reads them, not character by character. */
public final class Headings {

    private static final Set<String> FILLER = Set.of("the", "of", "a", "an");

    /**
     * "Date of the Last Statutory Visit?" and "date of last statutory  visit" give the same key: case, curly or
     * straight quotes, non-breaking spaces, punctuation and little words do not matter.
     */
    public static String key(String heading) {
        if (heading == null) {
            return "";
        }
        var words = Values.tidy(heading)
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replace('‘', '\'')
                .replace("'", "")
                .split("[^\\p{L}\\p{N}]+");
        var key = new StringBuilder();
        for (var word : words) {
            if (!word.isEmpty() && !FILLER.contains(word)) {
                if (!key.isEmpty()) {
                    key.append(' ');
                }
                key.append(word);
            }
        }
        return key.toString();
    }

    private Headings() {}
}
