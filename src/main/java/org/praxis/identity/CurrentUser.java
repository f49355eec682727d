package org.praxis.identity;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user as every module sees them.
 *
 * @param teamId the team a MANAGER or PRACTITIONER is scoped to; null when none
 */
public record CurrentUser(
        long userId, String username, String displayName, Set<Role> roles, Long teamId, Long staffId, Long visitorId)
        implements Serializable {

    public CurrentUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True when the user sees only their own team's records: a manager or practitioner with no wider role. */
    public boolean isTeamScoped() {
        return roles.stream().anyMatch(Role::isTeamScoped) && roles.stream().noneMatch(Role::seesAllTeams);
    }

    /** True for administrators, quality assurance leads and leaders. */
    public boolean seesAllTeams() {
        return roles.stream().anyMatch(Role::seesAllTeams);
    }

    /**
     * Whether a record belonging to this team is within the user's scope: every team for the wider roles,
     * their own team for managers and practitioners, none for anyone else (visitors).
     */
    public boolean canSeeTeam(Long recordTeamId) {
        if (seesAllTeams()) {
            return true;
        }
        return isTeamScoped() && teamId != null && teamId.equals(recordTeamId);
    }

    /** The signed-in user, if the current request or command has one. */
    public static Optional<CurrentUser> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountDetails details
                ? Optional.of(details.user())
                : Optional.empty();
    }

    /** The signed-in user; for code reached only after sign-in. */
    public static CurrentUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
