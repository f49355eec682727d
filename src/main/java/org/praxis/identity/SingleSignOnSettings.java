package org.praxis.identity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

/**
 * Single sign-on with the council's OpenID Connect provider (Microsoft Entra ID or any standard one), and whether
 * local passwords still work (decision 0026). Off unless {@code praxis.sso.enabled=true}.
 *
 * @param enabled whether the sign-in page offers the provider
 * @param providerName the provider as people know it, on the sign-in button ("Sign in with ...")
 * @param issuer the provider's issuer; Entra ID: {@code https://login.microsoftonline.com/<tenant id>/v2.0}
 * @param clientId the application (client) id Praxis is registered with at the provider
 * @param clientSecret the secret the provider gave for that registration
 * @param emailClaim the ID token claim holding the work email, matched to the staff record the first time
 * @param rolesFrom who decides roles and team scope: {@code praxis} (administrators, on the Users screen) or
 *     {@code provider} (the groups or app roles in {@code groupsClaim}, mapped by {@code roleGroups} and
 *     {@code teamGroups}, applied at every sign-in)
 * @param groupsClaim the claim listing the person's groups or app roles ({@code groups} or Entra's {@code roles})
 * @param roleGroups for each Praxis role, the groups or app roles that give it
 * @param teamGroups the group or app role that scopes a manager or practitioner to a team (by the team's name)
 * @param localPasswords whether username-and-password sign-in stays on; under {@code prod} with single sign-on it is
 *     off whatever this says, except for the break-glass administrator
 * @param breakGlassUsername an administrator who may still sign in with a password when local passwords are off
 *     (for when the provider is down); empty for none
 */
@ConfigurationProperties("praxis.sso")
public record SingleSignOnSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("your council account") String providerName,
        String issuer,
        String clientId,
        String clientSecret,
        @DefaultValue("email") String emailClaim,
        @DefaultValue("praxis") RolesFrom rolesFrom,
        @DefaultValue("groups") String groupsClaim,
        Map<Role, List<String>> roleGroups,
        List<TeamGroup> teamGroups,
        @DefaultValue("true") boolean localPasswords,
        String breakGlassUsername) {

    /** Who decides a person's roles and team scope. */
    public enum RolesFrom {
        PRAXIS,
        PROVIDER
    }

    /** A group (or app role) whose members are scoped to a team, named as on the Teams screen. */
    public record TeamGroup(String group, String team) {}

    public SingleSignOnSettings {
        roleGroups = roleGroups == null ? Map.of() : Map.copyOf(roleGroups);
        teamGroups = teamGroups == null ? List.of() : List.copyOf(teamGroups);
        breakGlassUsername = breakGlassUsername == null ? "" : AccountDetailsService.normalise(breakGlassUsername);
    }

    /** The roles these groups give, through {@code roleGroups}. */
    Set<Role> rolesFor(java.util.Collection<String> groups) {
        var roles = EnumSet.noneOf(Role.class);
        roleGroups.forEach((role, mapped) -> {
            if (mapped.stream().anyMatch(groups::contains)) {
                roles.add(role);
            }
        });
        return roles;
    }

    /** The team name the first matching {@code teamGroups} entry gives, if any. */
    java.util.Optional<String> teamFor(java.util.Collection<String> groups) {
        return teamGroups.stream()
                .filter(t -> groups.contains(t.group()))
                .map(TeamGroup::team)
                .findFirst();
    }

    /**
     * The single sign-on settings a {@code prod} start is missing, by their environment variable names: the
     * provider's issuer, client id and secret when single sign-on is on, or when local passwords are switched off
     * (nobody could sign in). Empty when nothing is missing.
     */
    public static List<String> missingForProduction(Environment environment) {
        var settings = Binder.get(environment).bindOrCreate("praxis.sso", SingleSignOnSettings.class);
        var missing = new ArrayList<String>();
        if (!settings.enabled() && !settings.localPasswords()) {
            missing.add("PRAXIS_SSO_ENABLED=true (local passwords are off, so nobody could sign in)");
        }
        if (settings.enabled() || !settings.localPasswords()) {
            if (blank(settings.issuer())) {
                missing.add("PRAXIS_SSO_ISSUER (the OpenID Connect provider's issuer)");
            }
            if (blank(settings.clientId())) {
                missing.add("PRAXIS_SSO_CLIENTID (the client id Praxis is registered with)");
            }
            if (blank(settings.clientSecret())) {
                missing.add("PRAXIS_SSO_CLIENTSECRET (the client secret)");
            }
        }
        return missing;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
