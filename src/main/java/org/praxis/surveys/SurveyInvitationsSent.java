package org.praxis.surveys;

import java.time.LocalDate;
import java.util.List;

/**
 * People with an account were asked to answer a survey ({@code reminder} when it is a reminder): the notifications
 * module tells them. It names who was asked, never who answered.
 */
public record SurveyInvitationsSent(
        long surveyId, String title, LocalDate closesOn, List<Long> userIds, boolean reminder) {}
