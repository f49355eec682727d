package org.praxis.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A whole number typed into a text box, from {@link #min()} to {@link #max()}: "The sample size must be a whole
 * number, like 10", "The sample size must be between 1 and 100,000". Nothing typed passes (the controller says
 * when a number is needed); {@link FormValues#number(String)} reads it once it passed.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WholeNumber.Check.class)
public @interface WholeNumber {

    int min();

    int max();

    /** What the number is, as it starts a sentence: "The sample size". */
    String label();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<WholeNumber, String> {
        private WholeNumber rule;

        @Override
        public void initialize(WholeNumber rule) {
            this.rule = rule;
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            if (text == null || text.isBlank()) {
                return true;
            }
            try {
                int value = Integer.parseInt(text.strip());
                return value >= rule.min() && value <= rule.max()
                        || ConstraintMessage.refuse(
                                context, rule.label() + " must be between " + rule.min() + " and " + rule.max());
            } catch (NumberFormatException e) {
                return ConstraintMessage.refuse(
                        context,
                        rule.label() + " must be a whole number, like "
                                + Math.max(rule.min(), Math.min(rule.max(), 10)));
            }
        }
    }
}
