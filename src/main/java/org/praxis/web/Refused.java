package org.praxis.web;

import java.util.List;
import org.springframework.validation.Errors;

/**
 * A change that a rule refused, with the reason in words for the person. {@link DomainExceptionsAdvice} shows
 * it in the error summary of the page the change was asked from. A controller that must show the form again
 * with what the person typed catches it and calls {@link #addTo(Errors)}.
 *
 * <p>Not the refusal of access: that is {@code identity.RecordRefused}, an {@code AccessDeniedException}.
 */
public class Refused extends RuntimeException {

    private final String field;

    /** A refusal of the change as a whole (the error summary shows it without a link). */
    public Refused(String message) {
        this(null, message);
    }

    /** A refusal caused by one field: the error summary links to it, and the field shows the message. */
    public Refused(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The id of the field the refusal is about, or null. */
    public String field() {
        return field;
    }

    /** The refusal as the error summary's list shows it. */
    public List<Problem> problems() {
        return List.of(new Problem(field, getMessage()));
    }

    /** Records the refusal against a form being shown again, on its field when it names one. */
    public void addTo(Errors errors) {
        if (field == null) {
            errors.reject("refused", getMessage());
        } else {
            errors.rejectValue(field, "refused", getMessage());
        }
    }
}
