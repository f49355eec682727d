package org.praxis.identity;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Who may sign in with a Praxis password (decision 0026). Everyone, unless local passwords are switched off
 * ({@code praxis.sso.local-passwords=false}) or single sign-on is on under {@code prod}; then only the named
 * break-glass administrator, if any. Sign-in with a password by anyone else fails as a wrong password does.
 */
@Component
class LocalPasswords {

    private final SingleSignOnSettings settings;
    private final boolean production;

    LocalPasswords(SingleSignOnSettings settings, Environment environment) {
        this.settings = settings;
        this.production = environment.acceptsProfiles(Profiles.of("prod"));
    }

    /** Whether passwords are on for everyone. */
    boolean onForEveryone() {
        return settings.localPasswords() && !(production && settings.enabled());
    }

    /** Whether this account may sign in with its password. */
    boolean allowed(String username, java.util.Set<Role> roles) {
        if (onForEveryone()) {
            return true;
        }
        return !settings.breakGlassUsername().isEmpty()
                && settings.breakGlassUsername().equals(AccountDetailsService.normalise(username))
                && roles.contains(Role.ADMIN);
    }

    /** The break-glass administrator's username, or empty. */
    String breakGlassUsername() {
        return settings.breakGlassUsername();
    }
}
