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
 * A choice from radios or a select that must name one of an enum's constants: nothing chosen, or a value that is
 * not a choice, gets the {@link #message()} ("Select the kind of team"). {@link FormValues#parse} reads it.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneOf.Check.class)
public @interface OneOf {

    Class<? extends Enum<?>> value();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<OneOf, String> {
        private Class<? extends Enum<?>> choices;

        @Override
        public void initialize(OneOf rule) {
            this.choices = rule.value();
        }

        @Override
        public boolean isValid(String name, ConstraintValidatorContext context) {
            for (var choice : choices.getEnumConstants()) {
                if (choice.name().equals(name)) {
                    return true;
                }
            }
            return false;
        }
    }
}
