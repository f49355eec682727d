package org.praxis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CurrentUserTest {

    private static CurrentUser with(Set<Role> roles, Long team) {
        return new CurrentUser(1, "someone", "Someone", roles, team, null, null);
    }

    @Test
    void managersAndPractitionersSeeTheirOwnTeamOnly() {
        var manager = with(EnumSet.of(Role.MANAGER), 7L);
        assertThat(manager.isTeamScoped()).isTrue();
        assertThat(manager.canSeeTeam(7L)).isTrue();
        assertThat(manager.canSeeTeam(8L)).isFalse();
        assertThat(manager.canSeeTeam(null)).isFalse();
        assertThat(with(EnumSet.of(Role.PRACTITIONER), null).canSeeTeam(7L)).isFalse();
    }

    @Test
    void aVisitorRoleDoesNotWidenAManagersScope() {
        assertThat(with(EnumSet.of(Role.MANAGER, Role.VISITOR), 7L).canSeeTeam(8L))
                .isFalse();
    }

    @Test
    void aVisitorSeesNoTeam() {
        var visitor = with(EnumSet.of(Role.VISITOR), 7L);
        assertThat(visitor.seesAllTeams()).isFalse();
        assertThat(visitor.canSeeTeam(7L)).isFalse();
    }

    @Test
    void leadersQualityAssuranceAndAdministratorsSeeEveryTeam() {
        for (var wider : EnumSet.of(Role.ADMIN, Role.QA_LEAD, Role.LEADER)) {
            var user = with(EnumSet.of(Role.MANAGER, wider), 7L);
            assertThat(user.isTeamScoped()).as("%s", wider).isFalse();
            assertThat(user.canSeeTeam(8L)).isTrue();
        }
    }
}
