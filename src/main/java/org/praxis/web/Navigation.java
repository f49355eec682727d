package org.praxis.web;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The service navigation: each screen family, shown to those whose rules let them open it. */
@Component
class Navigation {

    record Item(String label, String href) {}

    private static final List<Item> ITEMS = List.of(
            new Item("Home", "/"),
            new Item("Case register", "/register"),
            new Item("Audits", "/audit"),
            new Item("Actions", "/actions"),
            new Item("Practice Week", "/practice-week"),
            new Item("Standards", "/standards"),
            new Item("Teams", "/organisation/teams"),
            new Item("Staff", "/organisation/staff"),
            new Item("Visitors", "/organisation/visitors"),
            new Item("Users", "/admin/users"),
            new Item("Access log", "/admin/access-log"));

    private final LinkCheck links;

    Navigation(LinkCheck links) {
        this.links = links;
    }

    List<Item> visibleTo(Authentication authentication) {
        return ITEMS.stream()
                .filter(item -> links.mayOpen(item.href(), authentication))
                .toList();
    }
}
