package org.praxis.identity;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Profiles;

/**
 * A {@code prod} start refuses, listing every missing single sign-on setting at once, when single sign-on is on (or
 * local passwords are off) without the provider's issuer, client id and secret (decision 0026). Registered in
 * spring.factories, so it runs before anything touches a database.
 */
public final class SingleSignOnStartCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    /** Praxis would not be usable as configured. */
    static final class MissingSettings extends IllegalStateException {
        MissingSettings(java.util.List<String> missing) {
            super("Praxis will not start in production: these single sign-on settings are missing: "
                    + String.join("; ", missing) + ".");
        }
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        var environment = event.getEnvironment();
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        var missing = SingleSignOnSettings.missingForProduction(environment);
        if (!missing.isEmpty()) {
            throw new MissingSettings(missing);
        }
    }
}
