package org.praxis.practiceweek.timetable;

/** A team taking part in the week: each should have at least one visit, and one from a senior leader. */
public record TimetableTeam(long id, String name, long serviceAreaId) {}
