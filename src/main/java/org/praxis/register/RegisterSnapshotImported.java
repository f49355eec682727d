package org.praxis.register;

import java.time.LocalDate;

/** A case register import finished and its snapshot is now the latest of its source ({@code ANNEX_A} or {@code ADULTS}). */
public record RegisterSnapshotImported(long snapshotId, String source, LocalDate asAt, int cases) {}
