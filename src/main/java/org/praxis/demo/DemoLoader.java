package org.praxis.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.praxis.actions.Actions;
import org.praxis.audit.AuditProgrammes;
import org.praxis.audit.AuditTemplates;
import org.praxis.audit.PastAudits;
import org.praxis.identity.Accounts;
import org.praxis.identity.Role;
import org.praxis.identity.StaffAccounts;
import org.praxis.organisation.JobRole;
import org.praxis.organisation.OrganisationSetup;
import org.praxis.register.AnnexAImports;
import org.praxis.standards.StandardsManual;
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
    private final AnnexAImports annexA;
    private final StandardsManual standards;
    private final AuditTemplates templates;
    private final AuditProgrammes programmes;
    private final StaffAccounts staffAccounts;
    private final org.praxis.audit.ProgrammeChanges programmeChanges;
    private final PastAudits pastAudits;
    private final Actions actions;
    private final org.praxis.actions.EvidenceFiles evidenceFiles;
    private final org.praxis.actions.PastActions pastActions;
    private final PracticeWeekDemo practiceWeeks;
    private final org.praxis.learning.LearningRecords learningRecords;
    private final TrainingDemo training;
    private final DemoSurveys surveys;
    private final GovernanceDemo governance;
    private final WorkforceDemo workforce;
    private final ComplaintsDemo complaints;
    private final Clock clock;

    DemoLoader(
            @Value("${praxis.demo.load}") String mode,
            DataSource dataSource,
            OrganisationSetup organisation,
            Accounts accounts,
            TransactionTemplate transaction,
            AnnexAImports annexA,
            StandardsManual standards,
            AuditTemplates templates,
            AuditProgrammes programmes,
            StaffAccounts staffAccounts,
            org.praxis.audit.ProgrammeChanges programmeChanges,
            PastAudits pastAudits,
            Actions actions,
            org.praxis.actions.EvidenceFiles evidenceFiles,
            org.praxis.actions.PastActions pastActions,
            PracticeWeekDemo practiceWeeks,
            org.praxis.learning.LearningRecords learningRecords,
            TrainingDemo training,
            DemoSurveys surveys,
            GovernanceDemo governance,
            WorkforceDemo workforce,
            ComplaintsDemo complaints,
            Clock clock) {
        this.complaints = complaints;
        this.training = training;
        this.surveys = surveys;
        this.governance = governance;
        this.workforce = workforce;
        this.practiceWeeks = practiceWeeks;
        this.learningRecords = learningRecords;
        this.mode = mode.toLowerCase(Locale.ROOT);
        this.dataSource = dataSource;
        this.organisation = organisation;
        this.accounts = accounts;
        this.transaction = transaction;
        this.annexA = annexA;
        this.standards = standards;
        this.templates = templates;
        this.programmes = programmes;
        this.staffAccounts = staffAccounts;
        this.programmeChanges = programmeChanges;
        this.pastAudits = pastAudits;
        this.actions = actions;
        this.evidenceFiles = evidenceFiles;
        this.pastActions = pastActions;
        this.clock = clock;
    }

    private static Long firstStaff(
            java.util.List<DemoCouncil.StaffPlan> plans, java.util.Map<String, Long> ids, JobRole role, String team) {
        return plans.stream()
                .filter(p -> p.role() == role && (team == null || p.team().equals(team)))
                .map(p -> ids.get(p.email()))
                .findFirst()
                .orElseThrow();
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        if (shouldLoad() && organisation.isEmpty()) {
            long started = System.nanoTime();
            var loaded = transaction.execute(status -> load());
            log.info("Loaded the demo council in {} ms", (System.nanoTime() - started) / 1_000_000);
            started = System.nanoTime();
            importCaseRegister();
            log.info("Imported the demo Annex A workbooks in {} ms", (System.nanoTime() - started) / 1_000_000);
            var audits = new DemoAudits.Services(
                    programmes,
                    pastAudits,
                    templates,
                    actions,
                    evidenceFiles,
                    pastActions,
                    staffAccounts,
                    programmeChanges);
            transaction.executeWithoutResult(
                    status -> DemoAudits.load(audits, loaded.templateVersions(), LocalDate.now(clock)));
            started = System.nanoTime();
            transaction.executeWithoutResult(status -> {
                var cases = DemoAudits.learningHistory(audits, loaded.templateVersions(), LocalDate.now(clock));
                DemoLearning.load(
                        new DemoLearning.Services(
                                learningRecords, standards, actions, evidenceFiles, pastActions, staffAccounts),
                        cases,
                        LocalDate.now(clock));
            });
            log.info("Loaded the demo learning reviews in {} ms", (System.nanoTime() - started) / 1_000_000);
            started = System.nanoTime();
            // After the audits, which share work among every leader: these accounts are for Practice Week only.
            transaction.executeWithoutResult(status -> {
                practiceWeekAccounts(loaded);
                practiceWeeks.load(LocalDate.now(clock), java.util.Set.of("visitor"));
            });
            log.info("Loaded the demo Practice Weeks in {} ms", (System.nanoTime() - started) / 1_000_000);
            // After the audits, whose results the courses are aimed from.
            transaction.executeWithoutResult(status -> training.load(loaded.passwordHash()));
            started = System.nanoTime();
            transaction.executeWithoutResult(status -> workforce.load());
            log.info("Loaded the demo workforce figures in {} ms", (System.nanoTime() - started) / 1_000_000);
            started = System.nanoTime();
            transaction.executeWithoutResult(status -> surveys.load());
            log.info("Loaded the demo staff surveys in {} ms", (System.nanoTime() - started) / 1_000_000);
            started = System.nanoTime();
            transaction.executeWithoutResult(status -> complaints.load(loaded.passwordHash()));
            log.info("Loaded the demo complaints and compliments in {} ms", (System.nanoTime() - started) / 1_000_000);
            // Last: the quarterly report is composed from every module's figures.
            started = System.nanoTime();
            transaction.executeWithoutResult(status -> governance.load());
            log.info("Loaded the demo governance in {} ms", (System.nanoTime() - started) / 1_000_000);
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

    /**
     * The workbooks of the last two quarters' ends, last month's and this month's, oldest first, through the real
     * importer: the register has a snapshot to compare with, and the last quarter's report has its indicators against
     * the quarter before. Rows with problems are held back, as a council would choose for a nightly import.
     */
    private void importCaseRegister() {
        var today = LocalDate.now(clock);
        var lastQuarter = org.praxis.documents.ReportPeriod.lastEndedBy(today);
        var dates = new java.util.TreeSet<>(
                List.of(lastQuarter.previous().to(), lastQuarter.to(), today.minusMonths(1), today));
        for (var asAt : dates) {
            try {
                var file = Files.createTempFile("praxis-demo-annex-a", ".xlsx");
                try {
                    try (var out = Files.newOutputStream(file)) {
                        if (asAt.equals(today)) {
                            DemoAnnexA.write(out, asAt, 1, 20261122L);
                        } else {
                            DemoAnnexA.writeMonthBefore(out, asAt, 1, 20261122L);
                        }
                    }
                    var outcome =
                            annexA.importWorkbook(file, "Northbridge Annex A " + asAt + ".xlsx", asAt, true, "demo");
                    if (!outcome.imported()) {
                        throw new IllegalStateException(
                                "The demo Annex A workbook was not imported: " + outcome.message());
                    }
                } finally {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // the adults' register on the same days, so each quarter's report counts both registers
        for (var asAt : dates) {
            importAdultList(asAt);
        }
    }

    private void importAdultList(LocalDate asAt) {
        try {
            var file = Files.createTempFile("praxis-demo-adults", ".csv");
            try {
                Files.writeString(file, DemoAdultCaseList.csv(asAt));
                var outcome = annexA.importAdultList(
                        file,
                        "Northbridge adults case list " + asAt + ".csv",
                        asAt,
                        "Northbridge adults (case management export)",
                        DemoAdultCaseList.HEADINGS,
                        "demo");
                if (!outcome.imported()) {
                    throw new IllegalStateException(
                            "The demo adults' case list was not imported: " + outcome.message());
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What later steps of the demo need from the first. */
    record Loaded(
            List<Long> templateVersions, String passwordHash, Map<Long, String> leaders, Map<Long, String> visitors) {}

    /**
     * Accounts for the other directors and heads of service (leaders) and for every councillor and partner
     * (visitors), so that a Practice Week has people to timetable. They share the demo password.
     */
    private void practiceWeekAccounts(Loaded loaded) {
        loaded.leaders()
                .forEach((staffId, username) -> accounts.createWithHash(
                        username, loaded.passwordHash(), staffId, null, null, EnumSet.of(Role.LEADER)));
        loaded.visitors()
                .forEach((visitorId, username) -> accounts.createWithHash(
                        username, loaded.passwordHash(), null, visitorId, null, EnumSet.of(Role.VISITOR)));
    }

    private static String unique(java.util.Set<String> used, String username) {
        var candidate = username;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = username + n;
        }
        return candidate;
    }

    /** The organisation, accounts, standards and templates. */
    Loaded load() {
        // Remembered, so that production refuses to start on this database (ProductionSafeguards).
        org.springframework.jdbc.core.simple.JdbcClient.create(dataSource)
                .sql("insert into demo_council_load (council_name, loaded_at) values (?, ?)")
                .params("Northbridge City Council", java.sql.Timestamp.from(clock.instant()))
                .update();
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
        var plans = DemoCouncil.staff();
        var staffIds = organisation.addStaff(plans.stream()
                .map(p -> new OrganisationSetup.NewStaffMember(
                        p.fullName(), p.email(), p.role(), teams.get(p.team()), p.employment(), p.start()))
                .toList());
        // The demo users are the first staff member found for each part they play.
        Long admin = firstStaff(plans, staffIds, JobRole.BUSINESS_SUPPORT, "Directorate Leadership");
        Long qaLead = firstStaff(plans, staffIds, JobRole.PRINCIPAL_SOCIAL_WORKER, null);
        Long leader = firstStaff(plans, staffIds, JobRole.HEAD_OF_SERVICE, null);
        Long manager = firstStaff(plans, staffIds, JobRole.TEAM_MANAGER, "Child Protection Team East");
        Long practitioner = firstStaff(plans, staffIds, JobRole.SOCIAL_WORKER, "Child Protection Team East");
        Long councillor = null;
        var otherVisitors = new java.util.LinkedHashMap<Long, String>();
        var usernames = new java.util.HashSet<>(DemoCouncil.DEMO_USERNAMES);
        for (var v : DemoCouncil.visitors()) {
            long id = organisation.addVisitor(v.fullName(), v.organisation(), v.kind(), v.email(), v.cleared());
            if (councillor == null) {
                councillor = id;
            } else {
                otherVisitors.put(id, unique(usernames, DemoCouncil.username(v.fullName())));
            }
        }
        var otherLeaders = new java.util.LinkedHashMap<Long, String>();
        for (var p : plans) {
            long id = staffIds.get(p.email());
            if ((p.role() == JobRole.DIRECTOR || p.role() == JobRole.HEAD_OF_SERVICE) && id != leader) {
                otherLeaders.put(id, unique(usernames, DemoCouncil.username(p.fullName())));
            }
        }
        long cpEast = teams.get("Child Protection Team East");
        // One hash for the six demo accounts: they share the published password, and bcrypt is slow on purpose.
        var password = accounts.hash(DemoCouncil.PASSWORD);
        accounts.createWithHash("admin", password, admin, null, null, EnumSet.of(Role.ADMIN));
        accounts.createWithHash("qa.lead", password, qaLead, null, null, EnumSet.of(Role.QA_LEAD, Role.LEADER));
        accounts.createWithHash("leader", password, leader, null, null, EnumSet.of(Role.LEADER));
        accounts.createWithHash("manager", password, manager, null, cpEast, EnumSet.of(Role.MANAGER));
        accounts.createWithHash("practitioner", password, practitioner, null, cpEast, EnumSet.of(Role.PRACTITIONER));
        accounts.createWithHash("visitor", password, null, councillor, null, EnumSet.of(Role.VISITOR));
        // A councillor on the scrutiny commission: reads published reports and the follow-up list, nothing else.
        accounts.createWithHash("councillor", password, null, null, null, EnumSet.of(Role.COMMITTEE_MEMBER));
        // An agency social worker who signed in through the council's identity provider before HR added them: the
        // administrator sees them waiting under Users and links them to a staff record (decision 0026).
        accounts.waitingForAccess(
                "https://login.microsoftonline.com/northbridge-demo-tenant/v2.0",
                "demo-subject-jamie-okonjo",
                "jamie.okonjo@agency-social-work.example",
                "Jamie Okonjo");
        return new Loaded(
                DemoAuditTemplates.load(templates, DemoPracticeStandards.load(standards)),
                password,
                otherLeaders,
                otherVisitors);
    }
}
