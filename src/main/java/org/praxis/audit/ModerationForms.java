package org.praxis.audit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The moderation page's two forms, as typed; components in the order the page shows the fields. */
final class ModerationForms {

    /** The moderator's own grade, made before they see the auditor's. */
    record ModeratorGrade(
            @NotBlank(message = "Choose your grade for the case")
            String grade,

            @Size(max = 4000, message = "Your note must be 4,000 characters or fewer")
            String note) {}

    /** The grade the auditor and the moderator agreed, and how. */
    record AgreedGrade(
            @NotBlank(message = "Choose the agreed grade") String finalGrade,

            @NotBlank(message = "Enter a note of how the grade was agreed")
            @Size(max = 4000, message = "The note must be 4,000 characters or fewer")
            String agreementNote) {}

    private ModerationForms() {}
}
