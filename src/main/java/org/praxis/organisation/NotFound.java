package org.praxis.organisation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A record id that does not exist: the person sees the "Page not found" page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
final class NotFound extends RuntimeException {
    NotFound(String recordType, long id) {
        super(recordType + " not found");
    }
}
