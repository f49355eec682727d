package org.praxis.learning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.praxis.standards.CareService;
import org.praxis.web.DateInput;
import org.praxis.web.FormValues;
import org.praxis.web.MaxLength;
import org.praxis.web.OneOf;
import org.praxis.web.RealDate;

/**
 * A review as typed, its fields in the page's order. Whether the title is taken and whether the dates run in order
 * are the register's rules ({@link Reviews#check}), which the controller shows against the field they concern.
 */
record ReviewForm(
        @NotBlank(message = "Enter the review's title") @MaxLength(value = 300, label = "The review's title")
        String title,

        @OneOf(value = ReviewKind.class, message = "Select the kind of review")
        String kind,

        @OneOf(value = CareService.class, message = "Select the service the review is about")
        String service,

        @NotBlank(message = "Enter the partnership or author")
        @MaxLength(value = 300, label = "The partnership or author")
        String author,

        @RealDate(label = "Date commissioned") DateInput commissionedOn,

        @RealDate(label = "Date published") DateInput publishedOn,

        @OneOf(value = ReviewStatus.class, message = "Select where the review has got to")
        String status,

        @MaxLength(value = 1000, label = "The publication link")
        @Pattern(
                regexp = "\\s*|\\s*https?://\\S+\\s*",
                message = "Enter the publication link as a web address starting https://")
        String link,

        @MaxLength(value = 4000, label = "The summary") String summary,

        Integer lockVersion) {

    static ReviewForm empty() {
        return new ReviewForm("", "", "", "", DateInput.of(null), DateInput.of(null), "IN_PROGRESS", "", "", null);
    }

    static ReviewForm of(Reviews.Review review) {
        var d = review.details();
        return new ReviewForm(
                d.title(),
                d.kind().name(),
                d.service().name(),
                d.author(),
                DateInput.of(d.commissionedOn()),
                DateInput.of(d.publishedOn()),
                d.status().name(),
                d.link() == null ? "" : d.link(),
                d.summary() == null ? "" : d.summary(),
                review.lockVersion());
    }

    Reviews.Details details() {
        return new Reviews.Details(
                title.strip(),
                FormValues.parse(ReviewKind.class, kind),
                FormValues.parse(CareService.class, service),
                author.strip(),
                commissionedOn == null ? null : commissionedOn.date().orElse(null),
                publishedOn == null ? null : publishedOn.date().orElse(null),
                FormValues.parse(ReviewStatus.class, status),
                link,
                summary);
    }
}
