package org.praxis.audit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The practitioner's reply to a submitted audit of their case, as typed. */
record ReplyForm(
        @NotBlank(message = "Enter your reply")
        @Size(max = AuditAnswers.MAX_TEXT, message = "Your reply must be 10,000 characters or fewer")
        String reply) {}
