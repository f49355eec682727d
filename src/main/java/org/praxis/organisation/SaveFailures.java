package org.praxis.organisation;

import java.util.function.Supplier;
import org.praxis.web.Stale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * What a failed save means to the person saving. Spring Data JDBC wraps the database's answer, so the
 * cause is looked for down the chain: a unique key already taken becomes the caller's own message, a
 * record someone else saved first becomes a {@link Stale} refusal with the caller's words (the form is shown
 * again with what was typed), and anything else is passed on as it is, never dressed up as one of those.
 */
final class SaveFailures {

    static RuntimeException explain(
            RuntimeException failure, Supplier<RuntimeException> whenDuplicate, String whenStale) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DuplicateKeyException) {
                return whenDuplicate.get();
            }
            if (cause instanceof OptimisticLockingFailureException) {
                return new Stale(whenStale);
            }
        }
        return failure;
    }

    private SaveFailures() {}
}
