package org.praxis.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.praxis.PraxisApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.mock.env.MockEnvironment;

/** The single sign-on settings: the group mapping, who may still use a password, and what a prod start needs. */
class SingleSignOnSettingsTest {

    private static SingleSignOnSettings settings(MockEnvironment environment) {
        return Binder.get(environment).bindOrCreate("praxis.sso", SingleSignOnSettings.class);
    }

    @Test
    void groupsGiveTheRolesMappedToThemAndTheFirstMappedTeam() {
        var settings = settings(new MockEnvironment()
                .withProperty("praxis.sso.role-groups.QA_LEAD", "qa,leads")
                .withProperty("praxis.sso.role-groups.LEADER", "leads")
                .withProperty("praxis.sso.role-groups.MANAGER", "9f1c6a2e-0000-4000-8000-000000000001")
                .withProperty("praxis.sso.team-groups[0].group", "cp-east")
                .withProperty("praxis.sso.team-groups[0].team", "Child Protection Team East")
                .withProperty("praxis.sso.team-groups[1].group", "cp-west")
                .withProperty("praxis.sso.team-groups[1].team", "Child Protection Team West"));

        assertThat(settings.rolesFor(List.of("leads", "other"))).isEqualTo(Set.of(Role.QA_LEAD, Role.LEADER));
        assertThat(settings.rolesFor(List.of("9f1c6a2e-0000-4000-8000-000000000001")))
                .isEqualTo(Set.of(Role.MANAGER));
        assertThat(settings.rolesFor(List.of("other"))).isEmpty();
        assertThat(settings.teamFor(List.of("cp-west", "x"))).contains("Child Protection Team West");
        assertThat(settings.teamFor(List.of("x"))).isEmpty();
        assertThat(settings.rolesFrom()).isEqualTo(SingleSignOnSettings.RolesFrom.PRAXIS);
        assertThat(settings.enabled()).isFalse();
    }

    @Test
    void passwordsStayOnUnlessSwitchedOffOrSingleSignOnRunsInProduction() {
        var everyone = new LocalPasswords(settings(new MockEnvironment()), new MockEnvironment());
        assertThat(everyone.allowed("qa.lead", Set.of(Role.QA_LEAD))).isTrue();

        var off = new MockEnvironment()
                .withProperty("praxis.sso.enabled", "true")
                .withProperty("praxis.sso.local-passwords", "false")
                .withProperty("praxis.sso.break-glass-username", " Admin ");
        var switchedOff = new LocalPasswords(settings(off), off);
        assertThat(switchedOff.allowed("qa.lead", Set.of(Role.QA_LEAD, Role.ADMIN)))
                .isFalse();
        assertThat(switchedOff.allowed("admin", Set.of(Role.ADMIN))).isTrue();
        // The break-glass name alone is not enough: the account must be an administrator.
        assertThat(switchedOff.allowed("admin", Set.of(Role.QA_LEAD))).isFalse();

        var production = new MockEnvironment().withProperty("praxis.sso.enabled", "true");
        production.setActiveProfiles("prod");
        var inProduction = new LocalPasswords(settings(production), production);
        assertThat(inProduction.onForEveryone()).isFalse();
        assertThat(inProduction.allowed("admin", Set.of(Role.ADMIN))).isFalse();
    }

    @Test
    void aProductionStartListsEveryMissingSingleSignOnSetting() {
        assertThat(SingleSignOnSettings.missingForProduction(new MockEnvironment()))
                .isEmpty();
        assertThat(SingleSignOnSettings.missingForProduction(
                        new MockEnvironment().withProperty("praxis.sso.local-passwords", "false")))
                .hasSize(4)
                .anySatisfy(m -> assertThat(m).startsWith("PRAXIS_SSO_ENABLED=true"));
        assertThat(SingleSignOnSettings.missingForProduction(new MockEnvironment()
                        .withProperty("praxis.sso.enabled", "true")
                        .withProperty("praxis.sso.issuer", "https://login.microsoftonline.com/tenant/v2.0")))
                .containsExactly(
                        "PRAXIS_SSO_CLIENTID (the client id Praxis is registered with)",
                        "PRAXIS_SSO_CLIENTSECRET (the client secret)");
    }

    @Test
    void prodRefusesToStartWithSingleSignOnHalfConfigured() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(PraxisApplication.class)
                        .web(WebApplicationType.NONE)
                        .profiles("prod")
                        .run(
                                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none",
                                "--praxis.feedback-form.secret=" + "k".repeat(32),
                                "--praxis.sso.enabled=true"))
                .hasMessageContaining("Praxis will not start in production")
                .hasMessageContaining("PRAXIS_SSO_ISSUER")
                .hasMessageContaining("PRAXIS_SSO_CLIENTID")
                .hasMessageContaining("PRAXIS_SSO_CLIENTSECRET");
    }
}
