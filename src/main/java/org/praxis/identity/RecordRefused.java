package org.praxis.identity;

import org.springframework.security.access.AccessDeniedException;

/**
 * A signed-in person was refused one record. Every module raises this (never a bare 403) so that every
 * refusal takes one path: the 403 page and a DENIED access-log entry naming the record, written by
 * {@link RefusedRequestHandler} in its own transaction so it survives the refused one.
 */
public class RecordRefused extends AccessDeniedException {

    private final String recordType;
    private final String recordId;

    public RecordRefused(String recordType, Object recordId, String reason) {
        super(reason);
        this.recordType = recordType;
        this.recordId = String.valueOf(recordId);
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }
}
