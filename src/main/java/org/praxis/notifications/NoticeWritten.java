package org.praxis.notifications;

/**
 * A notice was written for one user. E-mail listens to it, so a notice whose e-mail could not be sent (the relay was
 * down) is e-mailed when the event is handed to its listener again, on the next start.
 */
public record NoticeWritten(long userId, String link) {}
