package org.praxis.organisation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.praxis.web.ConstraintMessage;

/** An email address typed into a form, checked by {@link Rules#emailProblem} as the staff CSV import checks it. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EmailAddress.Check.class)
@interface EmailAddress {

    /** Whether an empty address is refused ("Enter a work email address"). */
    boolean required();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<EmailAddress, String> {
        private boolean required;

        @Override
        public void initialize(EmailAddress rule) {
            this.required = rule.required();
        }

        @Override
        public boolean isValid(String email, ConstraintValidatorContext context) {
            return Rules.emailProblem(email, required)
                    .map(problem -> ConstraintMessage.refuse(context, problem))
                    .orElse(true);
        }
    }
}
