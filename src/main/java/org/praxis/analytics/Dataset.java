package org.praxis.analytics;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.praxis.actions.ActionExports;
import org.praxis.audit.AuditExports;

/** What analysts can take: its name in addresses, its title, its columns, and what its date window is on. */
enum Dataset {
    ANSWERS(
            "answers",
            "Every answer of every audit",
            "One row per answer (long format), from audits submitted between the dates",
            AuditExports.Dataset.ANSWERS),
    AUDITS(
            "audits",
            "Every audit",
            "One row per audit, for audits changed between the dates",
            AuditExports.Dataset.AUDITS),
    MODERATIONS(
            "moderations",
            "Every moderation",
            "One row per moderated audit, for moderations graded between the dates",
            AuditExports.Dataset.MODERATIONS),
    ACTIONS("actions", "Every action", "One row per action, for actions changed between the dates", null);

    private final String slug;
    private final String title;
    private final String description;
    private final AuditExports.Dataset audit;

    Dataset(String slug, String title, String description, AuditExports.Dataset audit) {
        this.slug = slug;
        this.title = title;
        this.description = description;
        this.audit = audit;
    }

    String slug() {
        return slug;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    AuditExports.Dataset audit() {
        return audit;
    }

    List<String> columns() {
        return audit == null ? ActionExports.COLUMNS : audit.columns();
    }

    /** "caseReference" as a spreadsheet heading: "Case reference". */
    static String heading(String column) {
        var words = column.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static Optional<Dataset> bySlug(String slug) {
        return Arrays.stream(values()).filter(d -> d.slug.equals(slug)).findFirst();
    }
}
