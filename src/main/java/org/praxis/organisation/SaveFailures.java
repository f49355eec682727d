package org.praxis.organisation;

import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * What a failed save means to the person saving. Spring Data JDBC wraps the database's answer, so the
 * cause is looked for down the chain: a unique key already taken becomes the caller's own message, a
 * record someone else saved first stays an optimistic locking failure, and anything else is passed on
 * as it is, never dressed up as one of those.
 */
final class SaveFailures {

    static RuntimeException explain(RuntimeException failure, Supplier<RuntimeException> whenDuplicate) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DuplicateKeyException) {
                return whenDuplicate.get();
            }
            if (cause instanceof OptimisticLockingFailureException lock) {
                return lock;
            }
        }
        return failure;
    }

    private SaveFailures() {}
}
