package org.praxis.identity;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user as every module sees them.
 *
 * @param teamId the first team a MANAGER or PRACTITIONER is scoped to; null when none
 * @param teamIds every team in their scope: the first team, and for a service manager further teams or every team of a
 *     service (decision 0029). Team scope is always asked through {@link #inScope} or {@link #canSeeTeam}.
 */
public record CurrentUser(
        long userId,
        String username,
        String displayName,
        Set<Role> roles,
        Long teamId,
        Long staffId,
        Long visitorId,
        Set<Long> teamIds)
        implements Serializable {

    public CurrentUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        var scope = new java.util.HashSet<Long>(teamIds == null ? Set.of() : teamIds);
        if (teamId != null) {
            scope.add(teamId);
        }
        teamIds = Set.copyOf(scope);
    }

    /** A user scoped to one team at most. */
    public CurrentUser(
            long userId,
            String username,
            String displayName,
            Set<Role> roles,
            Long teamId,
            Long staffId,
            Long visitorId) {
        this(userId, username, displayName, roles, teamId, staffId, visitorId, Set.of());
    }

    /** Whether this team is one of the user's own (their first team or a further one), whatever their roles. */
    public boolean inScope(Long recordTeamId) {
        return recordTeamId != null && teamIds.contains(recordTeamId);
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
        return isTeamScoped() && inScope(recordTeamId);
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
