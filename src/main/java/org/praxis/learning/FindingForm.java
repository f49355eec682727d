package org.praxis.learning;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.praxis.web.MaxLength;

/**
 * A finding as typed: the lesson in a sentence (what the synopsis shows), more detail if wanted, its themes, and the
 * practice standards and audit questions it bears on. The controller checks the ids against the lists offered.
 */
record FindingForm(
        @NotBlank(message = "Enter the lesson in a sentence") @MaxLength(value = 500, label = "The lesson")
        String lesson,

        @MaxLength(value = 4000, label = "The detail") String detail,

        List<String> themes,

        List<String> standards,

        List<String> questions) {

    static FindingForm empty() {
        return new FindingForm("", "", List.of(), List.of(), List.of());
    }

    static FindingForm of(Reviews.Finding f) {
        return new FindingForm(
                f.lesson(),
                f.detail() == null ? "" : f.detail(),
                f.themes().stream().map(t -> String.valueOf(t.id())).toList(),
                f.standards().stream().map(s -> String.valueOf(s.id())).toList(),
                f.questionIds().stream().map(String::valueOf).toList());
    }

    static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
