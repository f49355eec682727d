package org.praxis.audit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.praxis.web.DateInput;
import org.praxis.web.RealDate;

/**
 * The learning conversation with the practitioner, as typed: when it was, who was there, what was agreed. The
 * components are in the order the page shows the fields; "not in the future" is checked by the controller.
 */
record ConversationForm(
        @RealDate(label = "The date of the conversation", blank = "Enter the date of the conversation")
        DateInput heldOn,

        @NotBlank(message = "Enter who was there")
        @Size(max = 300, message = "Who was there must be 300 characters or fewer")
        String people,

        @NotBlank(message = "Enter what was agreed")
        @Size(max = 4000, message = "What was agreed must be 4,000 characters or fewer")
        String agreed) {}
