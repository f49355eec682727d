package org.praxis.web;

import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The service navigation: each screen family, shown to those whose rules let them open it. It must fit one row
 * at 1280 pixels, so the service name is the way home and the directory's three lists (teams, staff, visitors)
 * are one item, leading to the first of them the reader may open; each of those pages links to the others.
 */
@Component
class Navigation {

    /** A menu item: its label, where it leads, and the paths under which it is the current one. */
    record Item(String label, String href, String section) {}

    /** A screen family: its label, its section's path, and its pages in the order the menu prefers them. */
    private record Family(String label, String section, List<String> pages) {
        Family(String label, String page) {
            this(label, page, List.of(page));
        }
    }

    private static final List<Family> FAMILIES = List.of(
            new Family("Case register", "/register"),
            new Family("Audits", "/audit"),
            new Family("Actions", "/actions"),
            new Family("Practice Week", "/practice-week"),
            new Family("Standards", "/standards"),
            new Family("Training", "/training", List.of("/training", "/training/team", "/training/mine")),
            new Family(
                    "Organisation",
                    "/organisation/",
                    List.of("/organisation/teams", "/organisation/staff", "/organisation/visitors")),
            new Family("Users", "/admin/users"),
            new Family("Access log", "/admin/access-log"));

    private final LinkCheck links;

    Navigation(LinkCheck links) {
        this.links = links;
    }

    List<Item> visibleTo(Authentication authentication) {
        return FAMILIES.stream()
                .map(f -> f.pages().stream()
                        .filter(page -> links.mayOpen(page, authentication))
                        .findFirst()
                        .map(page -> new Item(f.label(), page, f.section())))
                .flatMap(Optional::stream)
                .toList();
    }

    /** The directory's lists the reader may open, for the links between them. */
    List<Item> organisationPages(Authentication authentication) {
        return List.of(
                        new Item("Teams", "/organisation/teams", "/organisation/teams"),
                        new Item("Staff", "/organisation/staff", "/organisation/staff"),
                        new Item("Visitors", "/organisation/visitors", "/organisation/visitors"))
                .stream()
                .filter(item -> links.mayOpen(item.href(), authentication))
                .toList();
    }
}
