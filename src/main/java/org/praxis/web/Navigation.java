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

    /**
     * A screen family: its label, its section's path (null: the path of the page the item leads to), its pages in the
     * order the menu prefers them, and the label when the reader may open only one of them.
     */
    private record Family(String label, String section, List<String> pages, String soleLabel) {
        Family(String label, String page) {
            this(label, page, List.of(page), label);
        }

        Family(String label, String section, List<String> pages) {
            this(label, section, pages, label);
        }

        Item itemFor(List<String> open) {
            var page = open.getFirst();
            return new Item(
                    open.size() == 1 ? soleLabel : label, page, section != null ? section : "/" + page.split("/")[1]);
        }
    }

    private static final List<Family> FAMILIES = List.of(
            new Family("Case register", "/register"),
            new Family("Audits", "/audit"),
            new Family("Actions", "/actions"),
            new Family("Practice Week", "/practice-week"),
            // Training and the standards it is about are one item, so the menu keeps to one row: "Learning" leads to
            // the training the reader may open (whose pages link to the standards), "Standards" to the manual alone.
            new Family(
                    "Learning",
                    null,
                    List.of("/training", "/training/team", "/training/mine", "/standards"),
                    "Standards"),
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
                .map(f -> {
                    var open = f.pages().stream()
                            .filter(page -> links.mayOpen(page, authentication))
                            .toList();
                    return open.isEmpty() ? Optional.<Item>empty() : Optional.of(f.itemFor(open));
                })
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
