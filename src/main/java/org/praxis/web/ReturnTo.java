package org.praxis.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The page a POST handler's refusals go back to, as a URI template naming the handler's path variables, e.g.
 * {@code @ReturnTo("/actions/{id}")}. Without it, {@link DomainExceptionsAdvice} returns to the address the form
 * was posted to with its last segment removed ({@code /actions/7/move} → {@code /actions/7}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReturnTo {
    String value();
}
