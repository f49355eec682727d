package org.praxis.web;

import java.util.List;
import org.springframework.validation.BindingResult;

/**
 * One line of a GOV.UK error summary.
 *
 * @param fieldName the id of the input the line links to; null for a problem with no single field
 */
public record Problem(String fieldName, String message) implements java.io.Serializable {

    /** The problems in a form's binding result, field by field, for the error summary. */
    public static List<Problem> allIn(BindingResult result) {
        var fields = result.getFieldErrors().stream()
                .map(error -> new Problem(
                        error.getField()
                                .replace(".day", "")
                                .replace(".month", "")
                                .replace(".year", ""),
                        error.getDefaultMessage()));
        var global = result.getGlobalErrors().stream().map(error -> new Problem(null, error.getDefaultMessage()));
        return java.util.stream.Stream.concat(fields, global).distinct().toList();
    }
}
