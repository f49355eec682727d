/**
 * Staff surveys that stay anonymous: question banks versioned like audit templates (a healthy workplace survey, an
 * engagement survey and the social work health check by the eight employer standards), surveys sent to staff by team,
 * job role and employment type, answered signed in or through a single-use link, reminders, free text published only
 * after review, and results with their 95% intervals by standard and by the groups a survey declared, year on year
 * and against national figures. Who answered is kept apart from what they answered, and no page or export shows a
 * group below the minimum or one that could be worked out by subtraction (decision 0033).
 *
 * <p>Published: {@link org.praxis.surveys.SurveyResults} (the health check's figures by employer standard) and the
 * {@link org.praxis.surveys.SurveyInvitationsSent} event.
 *
 * <p>Owns tables: every {@code survey_*} table and {@code survey}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Staff surveys",
        allowedDependencies = {"documents", "identity", "organisation", "statistics", "web"})
package org.praxis.surveys;
