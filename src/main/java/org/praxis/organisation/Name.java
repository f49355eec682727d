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

/**
 * A name typed into a form (a person's, a team's, a directorate's), checked by {@link Rules#nameProblem} so the
 * forms and the staff CSV import say the same thing: "Enter the team's name", "... must be 200 characters or
 * fewer", "... must not contain control characters".
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Name.Check.class)
@interface Name {

    /** What the name is, as it follows "Enter": "the team's name". */
    String value();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<Name, String> {
        private String what;

        @Override
        public void initialize(Name rule) {
            this.what = rule.value();
        }

        @Override
        public boolean isValid(String name, ConstraintValidatorContext context) {
            return Rules.nameProblem(name, what)
                    .map(problem -> ConstraintMessage.refuse(context, problem))
                    .orElse(true);
        }
    }
}
