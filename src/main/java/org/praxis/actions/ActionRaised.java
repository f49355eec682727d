package org.praxis.actions;

/** An action was raised and given to its owner. */
public record ActionRaised(long actionId, String title, long ownerUserId, Long ownerTeamId) {}
