package org.praxis.actions;

/** An action moved on from one status to the next (decision 0012); a move to done waits for verification. */
public record ActionMoved(
        long actionId, String title, ActionStatus from, ActionStatus to, long ownerUserId, Long ownerTeamId) {}
