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
 * Text no longer than {@link #value()} characters once its surrounding spaces are dropped. The message says how
 * many it has, so the person knows how much to cut: "The theme must be 500 characters or fewer (it has 512)".
 * Nothing typed passes (pair it with {@code @NotBlank} when the field is required).
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MaxLength.Check.class)
public @interface MaxLength {

    int value();

    /** What the text is, as it starts a sentence: "The theme". */
    String label();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<MaxLength, String> {
        private MaxLength rule;

        @Override
        public void initialize(MaxLength rule) {
            this.rule = rule;
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            if (text == null || text.strip().length() <= rule.value()) {
                return true;
            }
            return ConstraintMessage.refuse(
                    context,
                    rule.label() + " must be " + String.format("%,d", rule.value()) + " characters or fewer (it has "
                            + String.format("%,d", text.strip().length()) + ")");
        }
    }
}
