package org.praxis.web;

/**
 * A record that does not exist (or an address naming nothing): the person sees the "Page not found" page.
 * {@link DomainExceptionsAdvice} maps it for every module.
 */
public class NotFound extends RuntimeException {

    public NotFound() {
        super("Not found");
    }

    public NotFound(String recordType, Object id) {
        super(recordType + " " + id + " not found");
    }
}
