package org.praxis.healthcheck;

import org.praxis.actions.ActionSources;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.RecordAccess;
import org.springframework.stereotype.Component;

/** An action of a health check's plan links back to that year's health check, for those who may read it. */
@Component
class HealthCheckActionSource implements ActionSources {

    @Override
    public String source() {
        return HealthCheckPlans.SOURCE;
    }

    @Override
    public boolean mayOpen(long year, CurrentUser reader) {
        return RecordAccess.mayReadHealthCheck(reader);
    }
}
