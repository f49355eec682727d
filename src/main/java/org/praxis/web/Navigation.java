package org.praxis.web;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The service navigation: each screen family, shown to those whose rules let them open it. It must fit one row
 * at 1280 pixels, so the service name is the way home and a family of several lists (the directory's teams, staff
 * and visitors; learning reviews, themes, training and the standards manual) is one item, leading to the first of them the
 * reader may open; each of those pages links to the others.
 */
@Component
class Navigation {

    /** A menu item: its label, where it leads, and the paths under which it is the current one. */
    record Item(String label, String href, List<String> sections) {

        boolean current(String path) {
            return sections.stream().anyMatch(path::startsWith);
        }
    }

    /** A page of a family, as the links between its pages name it. */
    private record Page(String label, String href) {}

    /**
     * A screen family: its label, the paths of its section, and its pages in the order the menu prefers them. A family
     * {@code within} another is shown only to those who do not see that one (its pages are there).
     */
    private record Family(String label, List<String> sections, List<Page> pages, String within) {
        Family(String label, String page) {
            this(label, List.of(page), List.of(new Page(label, page)), null);
        }
    }

    private static final List<Family> FAMILIES = List.of(
            new Family("Case register", "/register"),
            new Family("Audits", "/audit"),
            new Family("Actions", "/actions"),
            new Family("Practice Week", "/practice-week"),
            // Learning reviews, training and the standards they are about are one item, so the menu keeps to one row.
            new Family(
                    "Learning",
                    List.of("/learning/", "/training", "/standards"),
                    List.of(
                            new Page("Learning reviews", "/learning/reviews"),
                            new Page("Learning themes", "/learning/themes"),
                            new Page("Training", "/training"),
                            new Page("Your team's training", "/training/team"),
                            new Page("Your training", "/training/mine"),
                            new Page("Practice standards", "/standards")),
                    null),
            // Supervision, the workforce picture and caseloads (and, later, staff surveys and the health check).
            new Family(
                    "Workforce",
                    List.of("/workforce/"),
                    List.of(
                            new Page("Supervision", "/workforce/supervision"),
                            new Page("Your supervision", "/workforce/supervision/mine"),
                            new Page("Workforce", "/workforce/picture"),
                            new Page("Caseloads", "/workforce/caseloads")),
                    null),
            new Family("Standards", List.of("/standards"), List.of(new Page("Standards", "/standards")), "Learning"),
            new Family(
                    "Organisation",
                    List.of("/organisation/"),
                    List.of(
                            new Page("Teams", "/organisation/teams"),
                            new Page("Staff", "/organisation/staff"),
                            new Page("Visitors", "/organisation/visitors")),
                    null),
            new Family("Users", "/admin/users"),
            new Family("Access log", "/admin/access-log"));

    private final LinkCheck links;

    Navigation(LinkCheck links) {
        this.links = links;
    }

    List<Item> visibleTo(Authentication authentication) {
        var shown = new java.util.ArrayList<Item>();
        for (var f : FAMILIES) {
            if (f.within() != null && shown.stream().anyMatch(i -> i.label().equals(f.within()))) {
                continue;
            }
            f.pages().stream()
                    .filter(page -> links.mayOpen(page.href(), authentication))
                    .findFirst()
                    .ifPresent(page -> shown.add(new Item(f.label(), page.href(), f.sections())));
        }
        return shown;
    }

    /**
     * The pages of the family the reader is in that they may open, for the links between them; none for a family of
     * one page.
     */
    List<Item> familyPages(String path, Authentication authentication) {
        return FAMILIES.stream()
                .filter(f -> f.pages().size() > 1 && f.sections().stream().anyMatch(path::startsWith))
                .findFirst()
                .map(f -> f.pages().stream()
                        .filter(page -> links.mayOpen(page.href(), authentication))
                        .map(page -> new Item(page.label(), page.href(), List.of(page.href())))
                        .toList())
                .orElse(List.of());
    }

    /** The label of the family the reader is in, naming the links between its pages. */
    String familyOf(String path) {
        return FAMILIES.stream()
                .filter(f -> f.sections().stream().anyMatch(path::startsWith))
                .findFirst()
                .map(Family::label)
                .orElse("");
    }
}
