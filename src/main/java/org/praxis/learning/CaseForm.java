package org.praxis.learning;

import jakarta.validation.constraints.NotBlank;
import org.praxis.web.MaxLength;

/** A register case a review concerns, by its reference. */
record CaseForm(
        @NotBlank(message = "Enter the case reference") @MaxLength(value = 64, label = "The case reference")
        String reference) {}
