package org.praxis.audit;

import org.praxis.organisation.OrganisationDirectory;
import org.praxis.register.TeamNameMapped;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Audits keep the team their case had when drawn. Where that was a case system's name no team had yet, a mapping
 * made later puts the audit in the mapped team, so findings and exports show one group, not the name beside it.
 */
@Component
class AuditTeams {

    private final JdbcClient jdbc;
    private final OrganisationDirectory organisation;

    AuditTeams(JdbcClient jdbc, OrganisationDirectory organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    @ApplicationModuleListener
    void teamNameMapped(TeamNameMapped event) {
        var team = organisation.teams().get(event.teamId());
        if (team == null) {
            return;
        }
        jdbc.sql("update audit set team_id = ?, team_name = ? where team_id is null and lower(team_name) = ?")
                .params(event.teamId(), team.name(), event.sourceName())
                .update();
    }
}
