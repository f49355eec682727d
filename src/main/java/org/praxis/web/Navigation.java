package org.praxis.web;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The service navigation: each screen family, shown to those whose rules let them open it. It must fit one row
 * at 1280 pixels, so the service name is the way home and a family of several lists (staff surveys and the directory's
 * teams, staff and visitors; learning reviews, themes, training, complaints and the standards manual) is one item, leading to the first of them the
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
    private record Family(String label, List<String> sections, List<Page> pages, String within, int ownPages) {
        Family(String label, String page) {
            this(label, List.of(page), List.of(new Page(label, page)), null);
        }

        Family(String label, List<String> sections, List<Page> pages, String within) {
            this(label, sections, pages, within, pages.size());
        }
    }

    private static final List<Family> FAMILIES = List.of(
            new Family("Case register", "/register"),
            new Family("Audits", "/audit"),
            new Family("Practice Week", "/practice-week"),
            // Learning reviews, training and the standards they are about are one item, so the menu keeps to one row.
            new Family(
                    "Learning",
                    List.of("/learning/", "/training", "/standards", "/complaints"),
                    List.of(
                            new Page("Learning reviews", "/learning/reviews"),
                            new Page("Learning themes", "/learning/themes"),
                            new Page("Training", "/training"),
                            new Page("Your team's training", "/training/team"),
                            new Page("Your training", "/training/mine"),
                            new Page("Complaints", "/complaints"),
                            new Page("Practice standards", "/standards")),
                    null),
            // Staff surveys, the health check, supervision, the workforce picture and caseloads. The organisation's
            // teams,
            // staff and visitors are its guests: with both, the QA lead's menu took two rows at 1280 px. Guests never
            // make
            // the family shown; "Organisation" stays for those who do not see this one.
            new Family(
                    "Workforce",
                    List.of("/surveys", "/health-check", "/workforce/", "/organisation/"),
                    List.of(
                            new Page("Staff surveys", "/surveys"),
                            new Page("Your surveys", "/surveys/mine"),
                            new Page("Health check", "/health-check"),
                            new Page("Supervision", "/workforce/supervision"),
                            new Page("Your supervision", "/workforce/supervision/mine"),
                            new Page("Workforce", "/workforce/picture"),
                            new Page("Caseloads", "/workforce/caseloads"),
                            new Page("Teams", "/organisation/teams"),
                            new Page("Staff", "/organisation/staff"),
                            new Page("Visitors", "/organisation/visitors")),
                    null,
                    7),
            new Family("Standards", List.of("/standards"), List.of(new Page("Standards", "/standards")), "Learning"),
            new Family(
                    "Organisation",
                    List.of("/organisation/"),
                    List.of(
                            new Page("Teams", "/organisation/teams"),
                            new Page("Staff", "/organisation/staff"),
                            new Page("Visitors", "/organisation/visitors")),
                    "Workforce"),
            // The director's page, the quarterly reports, what committees asked for, and the action tracker as a guest:
            // with both a Governance and an Actions item the QA lead's menu took two rows at 1280 px. "Actions" stays
            // for those who do not see this one (managers, practitioners).
            new Family(
                    "Governance",
                    List.of("/governance/", "/actions"),
                    List.of(
                            new Page("Practice at a glance", "/governance/director"),
                            new Page("Reports", "/governance/reports"),
                            new Page("Follow-ups", "/governance/follow-ups"),
                            new Page("Committees", "/governance/committees"),
                            new Page("Actions", "/actions")),
                    null,
                    4),
            new Family("Actions", List.of("/actions"), List.of(new Page("Actions", "/actions")), "Governance"),
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
                    .limit(f.ownPages())
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
        return familyFor(path, authentication)
                .filter(f -> f.pages().size() > 1)
                .map(f -> f.pages().stream()
                        .filter(page -> links.mayOpen(page.href(), authentication))
                        .map(page -> new Item(page.label(), page.href(), List.of(page.href())))
                        .toList())
                .orElse(List.of());
    }

    /** The label of the family the reader is in, naming the links between its pages. */
    String familyOf(String path, Authentication authentication) {
        return familyFor(path, authentication).map(Family::label).orElse("");
    }

    /**
     * The family the path is in: of those whose sections hold it, the first the reader's menu shows (the organisation's
     * pages are in "Workforce" for those who see it, in "Organisation" for the others), else the first.
     */
    private java.util.Optional<Family> familyFor(String path, Authentication authentication) {
        var matching = FAMILIES.stream()
                .filter(f -> f.sections().stream().anyMatch(path::startsWith))
                .toList();
        if (matching.size() > 1 && authentication != null) {
            var shown = visibleTo(authentication).stream().map(Item::label).toList();
            var seen = matching.stream().filter(f -> shown.contains(f.label())).findFirst();
            if (seen.isPresent()) {
                return seen;
            }
        }
        return matching.stream().findFirst();
    }
}
