package org.praxis.standards;

/** A standard's wording changed: {@code version} is its new current version. */
public record StandardChanged(long standardId, int version) {}
