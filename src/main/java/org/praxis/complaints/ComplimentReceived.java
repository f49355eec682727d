package org.praxis.complaints;

/**
 * A compliment was recorded about a team (and perhaps a worker): the notifications module tells the team's managers
 * and the worker. It names no complainant.
 */
public record ComplimentReceived(long complaintId, Long teamId, Long staffId, String teamName) {}
