package org.praxis.practiceweek;

/** A visitor sent their record of a Practice Week visit to the QA lead (the first time it was submitted). */
public record VisitRecordSent(long recordId, long slotId, long weekVisitorId) {}
