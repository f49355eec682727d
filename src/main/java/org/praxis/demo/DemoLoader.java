package org.praxis.demo;

import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import javax.sql.DataSource;
import org.praxis.identity.Accounts;
import org.praxis.identity.Role;
import org.praxis.organisation.OrganisationSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads Northbridge City Council into an empty database: on the embedded H2 default when
 * {@code praxis.demo.load=auto}, into any empty database when {@code always}, never when {@code never}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final String mode;
    private final DataSource dataSource;
    private final OrganisationSetup organisation;
    private final Accounts accounts;
    private final TransactionTemplate transaction;

    DemoLoader(
            @Value("${praxis.demo.load}") String mode,
            DataSource dataSource,
            OrganisationSetup organisation,
            Accounts accounts,
            TransactionTemplate transaction) {
        this.mode = mode.toLowerCase(Locale.ROOT);
        this.dataSource = dataSource;
        this.organisation = organisation;
        this.accounts = accounts;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        if (shouldLoad() && organisation.isEmpty()) {
            long started = System.nanoTime();
            transaction.executeWithoutResult(status -> load());
            log.info("Loaded the demo council in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
    }

    private boolean shouldLoad() throws SQLException {
        return switch (mode) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> {
                try (var connection = dataSource.getConnection()) {
                    yield connection.getMetaData().getURL().startsWith("jdbc:h2:");
                }
            }
            default -> throw new IllegalStateException("praxis.demo.load must be auto, always or never");
        };
    }

    void load() {
        var directorates = new HashMap<String, Long>();
        directorates.put(
                DemoCouncil.CHILDREN,
                organisation.addDirectorate(DemoCouncil.CHILDREN, org.praxis.organisation.DirectorateKind.CHILDREN));
        directorates.put(
                DemoCouncil.ADULTS,
                organisation.addDirectorate(DemoCouncil.ADULTS, org.praxis.organisation.DirectorateKind.ADULTS));
        var teams = new HashMap<String, Long>();
        for (var area : DemoCouncil.serviceAreas()) {
            var directorate = directorates.get(
                    area.kind() == org.praxis.organisation.DirectorateKind.CHILDREN
                            ? DemoCouncil.CHILDREN
                            : DemoCouncil.ADULTS);
            long areaId = organisation.addServiceArea(directorate, area.name());
            for (var team : area.teams()) {
                teams.put(team.name(), organisation.addTeam(areaId, team.name(), team.type()));
            }
        }
        // The demo users are the first staff member found for each part they play.
        Long admin = null, qaLead = null, leader = null, manager = null, practitioner = null;
        for (var s : DemoCouncil.staff()) {
            Long id = organisation.addStaff(
                    s.fullName(), s.email(), s.role(), teams.get(s.team()), s.employment(), s.start());
            boolean cpEastTeam = s.team().equals("Child Protection Team East");
            switch (s.role()) {
                case BUSINESS_SUPPORT ->
                    admin = admin == null && s.team().equals("Directorate Leadership") ? id : admin;
                case PRINCIPAL_SOCIAL_WORKER -> qaLead = qaLead == null ? id : qaLead;
                case HEAD_OF_SERVICE -> leader = leader == null ? id : leader;
                case TEAM_MANAGER -> manager = manager == null && cpEastTeam ? id : manager;
                case SOCIAL_WORKER -> practitioner = practitioner == null && cpEastTeam ? id : practitioner;
                default -> {}
            }
        }
        Long councillor = null;
        for (var v : DemoCouncil.visitors()) {
            long id = organisation.addVisitor(v.fullName(), v.organisation(), v.kind(), v.email(), v.cleared());
            councillor = councillor == null ? id : councillor;
        }
        long cpEast = teams.get("Child Protection Team East");
        var password = DemoCouncil.PASSWORD;
        accounts.create("admin", password, admin, null, null, EnumSet.of(Role.ADMIN));
        accounts.create("qa.lead", password, qaLead, null, null, EnumSet.of(Role.QA_LEAD, Role.LEADER));
        accounts.create("leader", password, leader, null, null, EnumSet.of(Role.LEADER));
        accounts.create("manager", password, manager, null, cpEast, EnumSet.of(Role.MANAGER));
        accounts.create("practitioner", password, practitioner, null, cpEast, EnumSet.of(Role.PRACTITIONER));
        accounts.create("visitor", password, null, councillor, null, EnumSet.of(Role.VISITOR));
    }
}
