package org.praxis.audit;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.praxis.identity.StaffAccounts;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.register.SamplingFrame;
import org.praxis.standards.CareService;
import org.praxis.web.ListPage;
import org.praxis.web.PageOf;
import org.praxis.web.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audit programmes: the population is read from the register, the sample is drawn with a recorded seed, auditors
 * are assigned, and the programme, its strata and its audits are written in one transaction, or nothing is.
 */
@Service
public class AuditProgrammes {

    /** A programme as the person planned it. Either the sample size or the percentage is given. */
    public record Plan(
            String name,
            String theme,
            long templateVersionId,
            Long serviceAreaId,
            List<String> caseTypes,
            List<Long> teamIds,
            LocalDate openOn,
            Integer sampleSize,
            Integer samplePercent,
            Stratification stratifyBy,
            int excludeMonths,
            Long seed,
            LocalDate dueDate,
            int moderationPercent,
            Map<Long, Integer> auditorCapacities) {}

    public record ProgrammeRow(
            long id, String name, String template, LocalDate dueDate, int sampleSize, int submitted, String status) {}

    public record Stratum(String name, int population, int sampled, int submitted) {}

    public record AuditorLoad(long userId, String name, int capacity, int assigned, int submitted) {}

    public record Programme(
            long id,
            String name,
            String theme,
            long templateVersionId,
            String template,
            CareService service,
            LocalDate openOn,
            int populationSize,
            int sampleSize,
            Stratification stratifyBy,
            int excludeMonths,
            long seed,
            LocalDate dueDate,
            int moderationPercent,
            LocalDate registerAsAt,
            String createdBy,
            LocalDateTime createdAt) {}

    public record AuditRow(
            long id,
            String reference,
            String caseType,
            String team,
            String auditor,
            String status,
            boolean moderated) {}

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;
    private final Clock clock;
    private final SamplingFrame frame;
    private final AuditTemplates templates;
    private final StaffAccounts accounts;

    private final OrganisationDirectory organisation;

    AuditProgrammes(
            JdbcClient jdbc,
            org.springframework.jdbc.core.JdbcTemplate jdbcTemplate,
            Clock clock,
            SamplingFrame frame,
            AuditTemplates templates,
            StaffAccounts accounts,
            OrganisationDirectory organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.jdbcTemplate = jdbcTemplate;
        this.clock = clock;
        this.frame = frame;
        this.templates = templates;
        this.accounts = accounts;
    }

    /** A stratum before the draw: how many cases it holds and how many the sample will take from it. */
    public record StratumPreview(String name, int population, int expected) {}

    /** The population and the sample the plan would draw, before anything is written. */
    public record Preview(int population, int leftOut, int sample, List<StratumPreview> strata) {}

    /** The population read and the sample's size: what the draw and its preview share. */
    private record Draft(
            AuditTemplates.TemplateVersion template,
            SamplingFrame.Population population,
            java.util.function.IntFunction<String> stratumOf,
            int n,
            long seed) {}

    /** The population by stratum and the sample each stratum would give, before the draw; refused as the draw would be. */
    @Transactional(readOnly = true)
    public Preview preview(Plan plan) {
        var draft = draft(plan);
        var sizes = new java.util.TreeMap<String, Integer>();
        for (int i = 0; i < draft.population().size(); i++) {
            sizes.merge(draft.stratumOf().apply(i), 1, Integer::sum);
        }
        Map<String, Integer> allocation;
        try {
            allocation = Sampling.allocate(new java.util.LinkedHashMap<>(sizes), draft.n());
        } catch (Sampling.Impossible e) {
            throw new Refused(e.getMessage());
        }
        return new Preview(
                draft.population().size(),
                draft.population().leftOut(),
                draft.n(),
                sizes.entrySet().stream()
                        .map(e -> new StratumPreview(e.getKey(), e.getValue(), allocation.get(e.getKey())))
                        .toList());
    }

    private Draft draft(Plan plan) {
        var template = templates
                .version(plan.templateVersionId())
                .filter(AuditTemplates.TemplateVersion::published)
                .orElseThrow(() -> new Refused("Choose a published template"));
        boolean adults = template.service() == CareService.ADULTS;
        var recentlyAudited = recentlyAudited(plan.excludeMonths());
        var population = frame.population(
                        new SamplingFrame.Criteria(
                                adults, plan.serviceAreaId(), plan.caseTypes(), plan.teamIds(), plan.openOn()),
                        recentlyAudited,
                        plan.stratifyBy() == Stratification.CASE_TYPE)
                .orElseThrow(() -> new Refused("No " + (adults ? "adults' case list" : "Annex A workbook")
                        + " has been imported yet, so there are no cases to sample."));
        int excluded = population.leftOut();
        if (population.size() == 0) {
            throw new Refused("No cases match this population"
                    + (excluded > 0
                            ? " once the " + excluded + " audited in the last " + plan.excludeMonths()
                                    + " months are left out"
                            : "")
                    + ". Widen the filters.");
        }
        int n = plan.sampleSize() != null
                ? plan.sampleSize()
                : (int) Math.max(1, Math.round(population.size() * plan.samplePercent() / 100.0));
        long seed = plan.seed() != null ? plan.seed() : new SecureRandom().nextLong(1, 1L << 48);
        return new Draft(template, population, strataOf(plan.stratifyBy(), population), n, seed);
    }

    /** Each case's stratum by position in the population: the same names at the draw, the preview and a replacement. */
    java.util.function.IntFunction<String> strataOf(Stratification by, SamplingFrame.Population population) {
        var teamNames = organisation.teams().values().stream()
                .collect(java.util.stream.Collectors.toMap(
                        OrganisationDirectory.TeamSummary::id, OrganisationDirectory.TeamSummary::name));
        var typeLabels = new java.util.HashMap<String, String>();
        return i -> switch (by) {
            case TEAM -> teamNames.getOrDefault(population.teamIds()[i], Findings.NO_TEAM);
            case CASE_TYPE -> typeLabels.computeIfAbsent(population.caseTypes()[i], SamplingFrame::caseTypeLabel);
            case NONE -> "All cases";
        };
    }

    /** Draws the sample, assigns the auditors and writes it all; refuses with the reason if it cannot. */
    @Transactional
    public long create(Plan plan, String username) {
        long started = System.nanoTime();
        var draft = draft(plan);
        var template = draft.template();
        var population = draft.population();
        var stratumOf = draft.stratumOf();
        int n = draft.n();
        long seed = draft.seed();
        int excluded = population.leftOut();
        long read = System.nanoTime();
        Sampling.DrawnIndexes drawnIndexes;
        try {
            drawnIndexes = Sampling.drawIndexes(population.size(), stratumOf, n, seed);
        } catch (Sampling.Impossible e) {
            throw new Refused(e.getMessage()
                    + (excluded > 0
                            ? " (" + excluded + " cases audited in the last " + plan.excludeMonths()
                                    + " months were left out.)"
                            : ""));
        }
        var strataOfCase = new java.util.HashMap<Long, String>();
        var chosenIds = new long[drawnIndexes.chosen().length];
        for (int k = 0; k < chosenIds.length; k++) {
            int i = drawnIndexes.chosen()[k];
            chosenIds[k] = population.caseIds()[i];
            strataOfCase.put(chosenIds[k], stratumOf.apply(i));
        }
        var drawn = new Sampling.Drawn<>(drawnIndexes.strata(), frame.cases(chosenIds));
        var pool = accounts.byIds(plan.auditorCapacities().keySet());
        var wider = accounts.widerTeams(plan.auditorCapacities().keySet());
        var auditors = plan.auditorCapacities().entrySet().stream()
                .filter(e -> pool.containsKey(e.getKey()))
                .map(e -> new AuditorAssignment.Auditor(
                        e.getKey(),
                        pool.get(e.getKey()).teamId(),
                        pool.get(e.getKey()).staffId(),
                        e.getValue(),
                        wider.getOrDefault(e.getKey(), java.util.Set.of())))
                .toList();
        var assignment = AuditorAssignment.assign(
                drawn.chosen().stream()
                        .map(c -> new AuditorAssignment.Case(c.id(), c.teamId(), c.staffId()))
                        .toList(),
                auditors);
        if (!assignment.unassigned().isEmpty()) {
            throw new Refused(unassignedReason(assignment.unassigned(), drawn.chosen(), auditors, n));
        }
        long drawnAt = System.nanoTime();
        long id = insertProgramme(plan, template, population, population.size(), n, seed, username);
        drawn.strata()
                .forEach((name, sizes) -> jdbc.sql(
                                "insert into audit_stratum (programme_id, stratum, population, sampled) values (?, ?, ?, ?)")
                        .params(id, name, sizes[0], sizes[1])
                        .update());
        for (var a : auditors) {
            jdbc.sql("insert into audit_programme_auditor (programme_id, user_id, staff_id, team_id, capacity)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(id, a.userId(), a.staffId(), a.teamId(), a.capacity())
                    .update();
        }
        var now = Timestamp.from(clock.instant());
        var rows = new java.util.ArrayList<Object[]>();
        for (var c : drawn.chosen()) {
            rows.add(new Object[] {
                id,
                c.id(),
                c.reference(),
                c.caseType(),
                c.teamId(),
                c.teamName(),
                c.staffId(),
                strataOfCase.get(c.id()),
                c.gender(),
                c.ethnicity(),
                c.disability(),
                assignment.auditorByCase().get(c.id()),
                now
            });
        }
        jdbcTemplate.batchUpdate("""
                insert into audit (programme_id, case_id, case_reference, case_type, team_id, team_name,
                    worker_staff_id, stratum, gender, ethnicity, disability, auditor_user_id, status, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ASSIGNED', ?)
                """, rows);
        // Counts and timings only: no case is named in the log.
        log.info(
                "Sampled {} of {} cases in {} ms (population read {} ms, draw and assignment {} ms, writes {} ms)",
                n,
                population.size(),
                (System.nanoTime() - started) / 1_000_000,
                (read - started) / 1_000_000,
                (drawnAt - read) / 1_000_000,
                (System.nanoTime() - drawnAt) / 1_000_000);
        return id;
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AuditProgrammes.class);

    private long insertProgramme(
            Plan plan,
            AuditTemplates.TemplateVersion template,
            SamplingFrame.Population population,
            int populationSize,
            int n,
            long seed,
            String username) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into audit_programme (name, theme, template_version_id, service, service_area_id,
                            case_types, team_ids, open_on, sample_size, stratify_by, exclude_months, seed, due_date,
                            moderation_percent, snapshot_id, population_size, status, created_by, created_at)
                        values (:name, :theme, :template, :service, :area, :types, :teams, :openOn, :n, :strata,
                            :exclude, :seed, :due, :moderation, :snapshot, :population, 'OPEN', :by, :at)
                        """)
                .param("name", plan.name())
                .param("theme", plan.theme())
                .param("template", template.id())
                .param("service", template.service().name())
                .param("area", plan.serviceAreaId())
                .param("types", String.join(",", plan.caseTypes()))
                .param("teams", plan.teamIds().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .param("openOn", plan.openOn() == null ? population.asAt() : plan.openOn())
                .param("n", n)
                .param("strata", plan.stratifyBy().name())
                .param("exclude", plan.excludeMonths())
                .param("seed", seed)
                .param("due", plan.dueDate())
                .param("moderation", plan.moderationPercent())
                .param("snapshot", population.snapshotId())
                .param("population", populationSize)
                .param("by", username)
                .param("at", Timestamp.from(clock.instant()))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    private static String unassignedReason(
            List<AuditorAssignment.Case> unassigned,
            List<SamplingFrame.FrameCase> chosen,
            List<AuditorAssignment.Auditor> auditors,
            int n) {
        int capacity =
                auditors.stream().mapToInt(AuditorAssignment.Auditor::capacity).sum();
        if (auditors.isEmpty()) {
            return "Choose at least one auditor and how many audits they can do.";
        }
        if (capacity < n) {
            return "The auditors can do " + capacity + " audits between them, fewer than the sample of " + n
                    + ". Add auditors or raise their capacities.";
        }
        var teams = new HashMap<Long, String>();
        chosen.forEach(c -> teams.put(c.id(), c.teamName() == null ? "no recorded team" : c.teamName()));
        var names = unassigned.stream()
                .map(c -> teams.get(c.caseId()))
                .distinct()
                .sorted()
                .collect(Collectors.joining(", "));
        return unassigned.size() + (unassigned.size() == 1 ? " case" : " cases")
                + " could not be given an auditor: nobody in the pool with room left is from outside " + names
                + " and free of the case. Add auditors from other teams or raise their capacities.";
    }

    private java.util.Set<String> recentlyAudited(int months) {
        if (months <= 0) {
            return java.util.Set.of();
        }
        var since = Timestamp.valueOf(LocalDate.now(clock).minusMonths(months).atStartOfDay());
        return new HashSet<>(jdbc.sql("select distinct case_reference from audit where updated_at >= :since")
                .param("since", since)
                .query(String.class)
                .list());
    }

    @Transactional(readOnly = true)
    public PageOf<ProgrammeRow> list(ListPage page) {
        var items = jdbc.sql("""
                        select p.id, p.name, t.name || ' (version ' || v.version || ')' as template, p.due_date,
                            p.sample_size, p.status,
                            (select count(*) from audit a where a.programme_id = p.id
                                and a.status in ('SUBMITTED', 'MODERATED')) as submitted
                        from audit_programme p join audit_template_version v on v.id = p.template_version_id
                            join audit_template t on t.id = v.template_id
                        order by p.created_at desc, p.id desc offset :offset rows fetch next :size rows only
                        """)
                .param("offset", page.offset())
                .param("size", page.size())
                .query((rs, n) -> new ProgrammeRow(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("template"),
                        rs.getObject("due_date", LocalDate.class),
                        rs.getInt("sample_size"),
                        rs.getInt("submitted"),
                        rs.getString("status")))
                .list();
        return page.of(
                items,
                jdbc.sql("select count(*) from audit_programme")
                        .query(Long.class)
                        .single());
    }

    @Transactional(readOnly = true)
    public Optional<Programme> programme(long id) {
        var asAt = jdbc.sql("select snapshot_id from audit_programme where id = :id")
                .param("id", id)
                .query(Long.class)
                .optional()
                .flatMap(frame::snapshotDate);
        if (asAt.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select p.*, t.name || ' (version ' || v.version || ')' as template
                        from audit_programme p join audit_template_version v on v.id = p.template_version_id
                            join audit_template t on t.id = v.template_id
                        where p.id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> new Programme(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("theme"),
                        rs.getLong("template_version_id"),
                        rs.getString("template"),
                        CareService.valueOf(rs.getString("service")),
                        rs.getObject("open_on", LocalDate.class),
                        rs.getInt("population_size"),
                        rs.getInt("sample_size"),
                        Stratification.valueOf(rs.getString("stratify_by")),
                        rs.getInt("exclude_months"),
                        rs.getLong("seed"),
                        rs.getObject("due_date", LocalDate.class),
                        rs.getInt("moderation_percent"),
                        asAt.get(),
                        rs.getString("created_by"),
                        rs.getTimestamp("created_at").toLocalDateTime()))
                .optional();
    }

    @Transactional(readOnly = true)
    public List<Stratum> strata(long programmeId) {
        return jdbc.sql("""
                        select s.stratum, s.population, s.sampled,
                            (select count(*) from audit a where a.programme_id = s.programme_id and a.stratum = s.stratum
                                and a.status in ('SUBMITTED', 'MODERATED')) as submitted
                        from audit_stratum s where s.programme_id = :id order by s.stratum
                        """)
                .param("id", programmeId)
                .query((rs, n) -> new Stratum(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    @Transactional(readOnly = true)
    public List<AuditorLoad> auditors(long programmeId) {
        var rows = jdbc.sql("""
                        select p.user_id, p.capacity,
                            (select count(*) from audit a where a.programme_id = p.programme_id
                                and a.auditor_user_id = p.user_id) as assigned,
                            (select count(*) from audit a where a.programme_id = p.programme_id
                                and a.auditor_user_id = p.user_id and a.status in ('SUBMITTED', 'MODERATED')) as done
                        from audit_programme_auditor p where p.programme_id = :id
                        """)
                .param("id", programmeId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)})
                .list();
        var names = accounts.byIds(rows.stream().map(r -> r[0]).toList());
        var loads = new ArrayList<AuditorLoad>();
        for (var r : rows) {
            var a = names.get(r[0]);
            loads.add(new AuditorLoad(r[0], a == null ? "Former user" : a.name(), (int) r[1], (int) r[2], (int) r[3]));
        }
        loads.sort(java.util.Comparator.comparing(AuditorLoad::name));
        return loads;
    }

    @Transactional(readOnly = true)
    public PageOf<AuditRow> audits(long programmeId, ListPage page) {
        var items = jdbc.sql("""
                        select a.id, a.case_reference, a.case_type, a.team_name, a.auditor_user_id, a.status,
                            a.for_moderation
                        from audit a where a.programme_id = :id
                        order by a.stratum, a.case_reference offset :offset rows fetch next :size rows only
                        """)
                .param("id", programmeId)
                .param("offset", page.offset())
                .param("size", page.size())
                .query((rs, n) -> new Object[] {
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getObject(5, Long.class),
                    rs.getString(6),
                    rs.getBoolean(7)
                })
                .list();
        var names = accounts.byIds(items.stream()
                .map(r -> (Long) r[4])
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
        var rows = items.stream()
                .map(r -> new AuditRow(
                        (Long) r[0],
                        (String) r[1],
                        SamplingFrame.caseTypeLabel((String) r[2]),
                        r[3] == null ? Findings.NO_TEAM : (String) r[3],
                        r[4] == null ? "No auditor" : names.get((Long) r[4]).name(),
                        (String) r[5],
                        (Boolean) r[6]))
                .toList();
        return page.of(
                rows,
                jdbc.sql("select count(*) from audit where programme_id = :id")
                        .param("id", programmeId)
                        .query(Long.class)
                        .single());
    }
}
