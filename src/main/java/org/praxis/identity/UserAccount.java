package org.praxis.identity;

import java.time.Instant;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An account someone signs in with: a staff member or a visitor, with roles and, for some, a team scope. */
@Table
record UserAccount(
        @Id Long id,
        String username,
        String passwordHash,
        Long staffId,
        Long visitorId,
        Long teamId,
        boolean active,
        Instant createdAt,
        @Version Integer version,
        Set<UserRole> roles) {

    @Table
    record UserRole(Role role) {}

    Set<Role> roleSet() {
        return roles.stream()
                .map(UserRole::role)
                .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(Role.class)));
    }

    UserAccount withRolesScopeAndActive(Set<Role> newRoles, Long newTeamId, boolean isActive) {
        return new UserAccount(
                id,
                username,
                passwordHash,
                staffId,
                visitorId,
                newTeamId,
                isActive,
                createdAt,
                version,
                newRoles.stream().map(UserRole::new).collect(java.util.stream.Collectors.toSet()));
    }

    UserAccount withPasswordHash(String hash) {
        return new UserAccount(id, username, hash, staffId, visitorId, teamId, active, createdAt, version, roles);
    }
}
