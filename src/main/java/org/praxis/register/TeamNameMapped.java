package org.praxis.register;

/**
 * A team name from a case system ({@code sourceName}, lower case as matched) now means a team in the directory:
 * records copied from the register before the mapping (audits) can take it.
 */
public record TeamNameMapped(String sourceName, long teamId) {}
