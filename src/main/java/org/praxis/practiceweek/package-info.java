/**
 * Practice Week: the week, the visit slots teams offer, the visitors and their availability, the timetable that
 * Timefold Solver builds (with the QA lead's pins), visit records, families' feedback and the week's report.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Practice Week")
package org.praxis.practiceweek;
