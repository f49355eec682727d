package org.praxis.learning;

import jakarta.validation.constraints.NotBlank;
import org.praxis.web.DateInput;
import org.praxis.web.MaxLength;
import org.praxis.web.RealDate;

/**
 * An action raised from a recommendation into the one tracker: what is to be done, the practice standard it serves
 * (one the review's findings cite), how success will be judged, its priority, owner and due date.
 */
record RecommendationActionForm(
        @NotBlank(message = "Enter what needs to be done") @MaxLength(value = 500, label = "The action")
        String actionTitle,

        @MaxLength(value = 2000, label = "How success will be judged")
        String actionMeasure,

        String actionStandard,

        String actionPriority,

        @NotBlank(message = "Choose who owns the action") String actionOwner,

        @RealDate(label = "Due date", blank = "Enter the due date")
        DateInput actionDue) {

    static RecommendationActionForm empty() {
        return new RecommendationActionForm("", "", "", "MEDIUM", "", DateInput.of(null));
    }
}
