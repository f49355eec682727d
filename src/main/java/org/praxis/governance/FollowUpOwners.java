package org.praxis.governance;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.praxis.identity.Role;
import org.praxis.identity.StaffAccounts;
import org.praxis.web.Option;
import org.springframework.stereotype.Component;

/** Who may own what a committee asked for: those who lead, manage or train staff, and the QA team. */
@Component
class FollowUpOwners {

    private final StaffAccounts accounts;

    FollowUpOwners(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    List<Option> options() {
        return accounts.withAnyRole(Set.of(Role.QA_LEAD, Role.LEADER, Role.MANAGER, Role.LEARNING_LEAD)).stream()
                .sorted(Comparator.comparing(StaffAccounts.StaffAccount::name))
                .map(a -> new Option(String.valueOf(a.userId()), a.name()))
                .toList();
    }
}
