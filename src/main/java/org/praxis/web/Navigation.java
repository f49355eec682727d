package org.praxis.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The service navigation: each screen family, and the roles that may reach it. */
final class Navigation {

    record Item(String label, String href, Set<String> roles) {
        boolean visibleTo(Set<String> userRoles) {
            return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
        }
    }

    private static final Set<String> STAFF_ROLES = Set.of("ADMIN", "QA_LEAD", "LEADER", "MANAGER", "PRACTITIONER");

    static final List<Item> ITEMS = List.of(
            new Item("Home", "/", Set.of()),
            new Item("Case register", "/register", STAFF_ROLES),
            new Item("Audits", "/audit", STAFF_ROLES),
            new Item("Actions", "/actions", STAFF_ROLES),
            new Item(
                    "Practice Week",
                    "/practice-week",
                    Set.of("QA_LEAD", "LEADER", "MANAGER", "PRACTITIONER", "VISITOR")),
            new Item("Standards", "/standards", Set.of()),
            new Item("Teams", "/organisation/teams", STAFF_ROLES),
            new Item("Staff", "/organisation/staff", STAFF_ROLES),
            new Item("Visitors", "/organisation/visitors", Set.of("ADMIN", "QA_LEAD")),
            new Item("Users", "/admin/users", Set.of("ADMIN")),
            new Item("Access log", "/admin/access-log", Set.of("ADMIN")));

    static List<Item> visibleTo(Set<String> roles) {
        var visible = new ArrayList<Item>();
        for (var item : ITEMS) {
            if (item.visibleTo(roles)) {
                visible.add(item);
            }
        }
        return visible;
    }

    private Navigation() {}
}
