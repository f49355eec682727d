package org.praxis.web;

import jakarta.validation.ConstraintValidatorContext;

/** Puts a finished message on a constraint violation, so the form shows it word for word. */
public final class ConstraintMessage {

    public static boolean refuse(ConstraintValidatorContext context, String message) {
        context.disableDefaultConstraintViolation();
        // The words are the developer's label and fixed text or counts, never what was typed: safe as a template
        // once its template characters are escaped.
        context.buildConstraintViolationWithTemplate(message.replace("\\", "\\\\")
                        .replace("{", "\\{")
                        .replace("}", "\\}")
                        .replace("$", "\\$"))
                .addConstraintViolation();
        return false;
    }

    private ConstraintMessage() {}
}
