package org.praxis.actions;

import java.time.LocalDate;

/** The daily check found an action not done by its due date; found at most once a day for each action. */
public record ActionFoundOverdue(long actionId, String title, long ownerUserId, Long ownerTeamId, LocalDate on) {}
