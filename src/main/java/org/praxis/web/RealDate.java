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
 * A GOV.UK date input that holds a real date, or nothing when the date is optional. The problem, in GOV.UK's
 * wording, comes from {@link DateInput#problem(String)}, the one place dates typed into a form are read:
 *
 * <ul>
 *   <li>nothing, when required: {@link #blank()} (e.g. "Enter the due date");
 *   <li>a part missing: "Due date must include a day, month and year";
 *   <li>a year not of 4 numbers: "Year must include 4 numbers";
 *   <li>anything else that is not a date (31 June, letters): "Due date must be a real date".
 * </ul>
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RealDate.Check.class)
public @interface RealDate {

    /** What the date is, as it starts a sentence: "Due date". */
    String label();

    /** The message when nothing was entered; empty (the default) when the date is optional. */
    String blank() default "";

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<RealDate, DateInput> {
        private RealDate rule;

        @Override
        public void initialize(RealDate rule) {
            this.rule = rule;
        }

        @Override
        public boolean isValid(DateInput input, ConstraintValidatorContext context) {
            var problem = input == null || input.isBlank()
                    ? (rule.blank().isEmpty() ? null : rule.blank())
                    : input.problem(rule.label()).orElse(null);
            return problem == null || ConstraintMessage.refuse(context, problem);
        }
    }
}
