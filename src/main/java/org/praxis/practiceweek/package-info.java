/**
 * Practice Week: the week, the visit slots teams offer, the visitors and their availability, the timetable that
 * Timefold Solver builds (with the QA lead's pins), visit records, families' feedback and the week's report.
 *
 * <p>Owns tables: {@code practice_week}, {@code practice_week_service_area}, {@code practice_week_team}, {@code visit_slot}, {@code week_visitor}, {@code week_visitor_half_day}, {@code week_visitor_preference}, {@code visit_assignment}, {@code visit_record}, {@code visit_suggested_action}, {@code staff_week_feedback}, {@code family_feedback}, {@code family_feedback_contact}, {@code feedback_rate_limit} (decision 0015).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Practice Week",
        allowedDependencies = {
            "accesslog",
            "actions",
            "commandline",
            "documents",
            "identity",
            "organisation",
            "register",
            "statistics",
            "web"
        })
package org.praxis.practiceweek;
