package org.praxis.audit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.praxis.web.DateInput;
import org.praxis.web.RealDate;

/**
 * An action raised from a submitted audit, as typed: what is to be done, why, the practice standard it serves (one
 * the audit's questions test), how success will be judged, its priority, owner and due date. The components are in the order the page shows the fields,
 * which is the order of the error summary. The owner's team and the due date's "not in the past" are checked by
 * the controller, which knows the team and the day.
 */
record ActionForm(
        @NotBlank(message = "Enter what needs to be done")
        @Size(max = 500, message = "The action must be 500 characters or fewer")
        String actionTitle,

        @Size(max = 2000, message = "Why the action is needed must be 2,000 characters or fewer")
        String actionWhy,

        String actionStandard,

        @Size(max = 2000, message = "How success will be judged must be 2,000 characters or fewer")
        String actionMeasure,

        String actionPriority,

        @NotBlank(message = "Choose who owns the action") String actionOwner,

        @RealDate(label = "Due date", blank = "Enter the due date")
        DateInput actionDue) {

    static ActionForm empty() {
        return new ActionForm(null, null, null, null, "MEDIUM", null, null);
    }
}
