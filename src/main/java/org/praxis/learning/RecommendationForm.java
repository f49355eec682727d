package org.praxis.learning;

import jakarta.validation.constraints.NotBlank;
import org.praxis.web.MaxLength;

/** One recommendation typed in, numbered as the review numbers it, optionally following from one of its findings. */
record RecommendationForm(
        @NotBlank(message = "Enter the recommendation's number, as the review numbers it")
        @MaxLength(value = 20, label = "The number")
        String number,

        @NotBlank(message = "Enter the recommendation") @MaxLength(value = 4000, label = "The recommendation")
        String text,

        String finding) {

    static RecommendationForm empty() {
        return new RecommendationForm("", "", "");
    }
}
