package org.praxis.web;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * One line of a GOV.UK error summary.
 *
 * @param fieldName the id of the input the line links to; null for a problem with no single field
 */
public record Problem(String fieldName, String message) implements java.io.Serializable {

    /** The problems in a form's binding result, field by field, for the error summary. */
    public static List<Problem> allIn(BindingResult result) {
        var fields = result.getFieldErrors().stream().map(Problem::of);
        var global = result.getGlobalErrors().stream().map(error -> new Problem(null, error.getDefaultMessage()));
        return Stream.concat(fields, global).distinct().toList();
    }

    /**
     * The problems in the order the fields appear on the page, which is the order of the form record's components
     * (declare them in that order); problems with no field, or a field the record does not have, come last.
     */
    public static List<Problem> allIn(BindingResult result, Class<? extends Record> form) {
        return allIn(
                result,
                Arrays.stream(form.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList());
    }

    /**
     * The problems in the order of {@code fields}, the page's fields top to bottom (for a form whose fields are
     * known only at run time, such as an audit's questions); problems with no field, or another field, come last.
     */
    public static List<Problem> allIn(BindingResult result, List<String> fields) {
        Comparator<FieldError> onThePage = Comparator.comparingInt(error -> {
            int at = fields.indexOf(topField(error.getField()));
            return at < 0 ? fields.size() : at;
        });
        var found = result.getFieldErrors().stream().sorted(onThePage).map(Problem::of);
        var global = result.getGlobalErrors().stream().map(error -> new Problem(null, error.getDefaultMessage()));
        return Stream.concat(found, global).distinct().toList();
    }

    private static Problem of(FieldError error) {
        // The summary links to a date input's first box, whose id is the date's own name.
        return new Problem(
                error.getField().replace(".day", "").replace(".month", "").replace(".year", ""),
                error.getDefaultMessage());
    }

    private static String topField(String path) {
        int end = path.length();
        for (char c : new char[] {'.', '['}) {
            int at = path.indexOf(c);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return path.substring(0, end);
    }
}
