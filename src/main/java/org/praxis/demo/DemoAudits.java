package org.praxis.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.praxis.actions.ActionStatus;
import org.praxis.actions.Actions;
import org.praxis.audit.AnswerType;
import org.praxis.audit.AuditProgrammes;
import org.praxis.audit.AuditTemplates;
import org.praxis.audit.Grade;
import org.praxis.audit.PastAudits;
import org.praxis.audit.Stratification;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Role;
import org.praxis.identity.StaffAccounts;
import org.praxis.web.ListPage;

/**
 * Northbridge's audit history, drawn through the real sampler from the demo register: two completed programmes
 * (children's routine audit nine months ago, adults' Making Safeguarding Personal audit five months ago), some
 * moderated, with actions in every state; and this quarter's programme under way.
 */
final class DemoAudits {

    record Services(
            AuditProgrammes programmes,
            PastAudits past,
            AuditTemplates templates,
            Actions actions,
            org.praxis.actions.EvidenceFiles evidence,
            org.praxis.actions.PastActions pastActions,
            StaffAccounts accounts,
            org.praxis.audit.ProgrammeChanges changes) {}

    private static final List<String> STRENGTHS =
            List.of("Direct work", "Relationships", "Timely visits", "Multi-agency working", "Clear analysis");
    private static final List<String> DEVELOPMENT =
            List.of("Chronology", "Management oversight", "SMART plans", "Voice of the child", "Contingency planning");

    static void load(Services s, List<Long> templates, LocalDate today) {
        var users = new HashMap<String, StaffAccounts.StaffAccount>();
        s.accounts().withAnyRole(EnumSet.allOf(Role.class)).forEach(a -> users.put(a.username(), a));
        var random = new Random(20261122L);

        long children = programme(
                s,
                "Quarter 1 routine audit: children in need and child protection",
                "Routine quarterly audit",
                templates.get(0),
                List.of("CHILD_PROTECTION", "CHILD_IN_NEED"),
                Stratification.TEAM,
                24,
                0,
                20260301L);
        s.past().started(children, today.minusMonths(9).atTime(9, 0), today.minusMonths(8));
        var childAudits = complete(s, children, today.minusMonths(8).atTime(10, 0), 0.50, random, users);

        long adults = programme(
                s,
                "Making Safeguarding Personal audit: safeguarding and long-term support",
                "Thematic audit: is the person at the centre of safeguarding?",
                templates.get(1),
                List.of("SAFEGUARDING_ENQUIRY", "LONG_TERM_SUPPORT"),
                Stratification.CASE_TYPE,
                12,
                0,
                20260601L);
        s.past().started(adults, today.minusMonths(5).atTime(9, 0), today.minusMonths(4));
        var adultAudits = complete(s, adults, today.minusMonths(4).atTime(10, 0), 0.62, random, users);

        // The demo's one QA lead moderates, so only other auditors' audits: nobody moderates their own.
        var qaLead = users.get("qa.lead");
        long moderator = qaLead.userId();
        var childrenToModerate = notAuditedBy(childAudits, qaLead);
        moderate(
                s,
                childrenToModerate.subList(0, 3),
                moderator,
                today.minusMonths(7).atTime(14, 0),
                random);
        differentGradeAgreed(
                s, childrenToModerate.get(3), moderator, today.minusMonths(7).atTime(15, 0));
        // A deeper moderation of the children's programme: twelve in all, enough for the agreement tables to show a
        // weighted kappa with its interval (from ten; decision 0020).
        moderateInAgreement(
                s,
                childrenToModerate.subList(4, 12),
                moderator,
                today.minusMonths(7).atTime(16, 0));
        moderate(
                s,
                notAuditedBy(adultAudits, qaLead).subList(0, 2),
                moderator,
                today.minusMonths(3).atTime(14, 0),
                random);

        actions(s, childAudits, adultAudits, users, today);

        var capacities = new LinkedHashMap<Long, Integer>();
        for (var auditor : s.accounts().withAnyRole(java.util.Set.of(Role.LEADER, Role.QA_LEAD))) {
            capacities.put(auditor.userId(), 15);
        }
        // Peer audit: the demo team manager audits three cases of other teams (never their own team's).
        var peerAuditor = users.get("manager");
        capacities.put(peerAuditor.userId(), 3);
        long current = s.programmes()
                .create(
                        new AuditProgrammes.Plan(
                                "Quarter 3 routine audit: child protection and children in need",
                                "Routine quarterly audit; this quarter's theme is the voice of the child",
                                templates.get(0),
                                null,
                                List.of("CHILD_PROTECTION", "CHILD_IN_NEED"),
                                List.of(),
                                null,
                                24,
                                null,
                                Stratification.TEAM,
                                6,
                                20261122L,
                                today.plusWeeks(4),
                                10,
                                capacities),
                        "demo");
        // Under way: the first few audits are in, one of them the team manager's peer audit.
        var started = audits(s, current);
        var done = new java.util.ArrayList<>(started.subList(0, 4));
        started.stream()
                .filter(a -> a.auditor().equals(peerAuditor.name()))
                .findFirst()
                .filter(a -> !done.contains(a))
                .ifPresent(done::add);
        completeSome(s, done, today.minusDays(3).atTime(11, 0), 0.58, random, users, current);
        s.past()
                .awaitingModeration(
                        notAuditedBy(done, users.get("qa.lead")).getFirst().id());
        changes(s, current, started, done, peerAuditor, DemoActions.as(users.get("qa.lead"), true));
    }

    /** Real life after the draw: one audit given to another auditor, and one case replaced from the same group. */
    private static void changes(
            Services s,
            long programme,
            List<AuditProgrammes.AuditRow> audits,
            List<AuditProgrammes.AuditRow> done,
            StaffAccounts.StaffAccount peerAuditor,
            CurrentUser qaLead) {
        var waiting = audits.stream()
                .filter(a -> !done.contains(a) && !a.auditor().equals(peerAuditor.name()))
                .toList();
        var toReassign = waiting.get(0);
        var free = s.changes().auditorsFreeOf(programme, toReassign.id());
        if (!free.isEmpty()) {
            s.changes()
                    .reassign(
                            toReassign.id(),
                            free.getFirst(),
                            "The auditor is on leave until after the due date",
                            qaLead);
        }
        s.changes().replace(waiting.get(1).id(), "The case closed the week before the audit began", qaLead);
    }

    private static long programme(
            Services s,
            String name,
            String theme,
            long template,
            List<String> types,
            Stratification by,
            int size,
            int exclude,
            long seed) {
        var capacities = new LinkedHashMap<Long, Integer>();
        for (var auditor : s.accounts().withAnyRole(java.util.Set.of(Role.LEADER, Role.QA_LEAD))) {
            capacities.put(auditor.userId(), size);
        }
        return s.programmes()
                .create(
                        new AuditProgrammes.Plan(
                                name,
                                theme,
                                template,
                                null,
                                types,
                                List.of(),
                                null,
                                size,
                                null,
                                by,
                                exclude,
                                seed,
                                LocalDate.now().plusDays(1),
                                10,
                                capacities),
                        "demo");
    }

    /**
     * Thematic audits before the demo's learning reviews and re-audits since, so that the reviews' evidence of change
     * has audits on both sides: children's risk (CS5) and adults' Making Safeguarding Personal (AS1) improve; children's
     * assessments (CS3) do not move. Returns a children's and an adults' case reference that the reviews can concern.
     */
    static List<String> learningHistory(Services s, List<Long> templates, LocalDate today) {
        var users = new HashMap<String, StaffAccounts.StaffAccount>();
        s.accounts().withAnyRole(EnumSet.allOf(Role.class)).forEach(a -> users.put(a.username(), a));
        var random = new Random(20261202L);
        var children = List.of("CHILD_PROTECTION", "CHILD_IN_NEED");
        var adults = List.of("SAFEGUARDING_ENQUIRY", "LONG_TERM_SUPPORT");
        var cases = new ArrayList<String>();
        record Thematic(
                String name,
                String theme,
                int template,
                List<String> types,
                Stratification by,
                int monthsAgo,
                double goodShare,
                Map<String, Double> steady) {}
        for (var t : List.of(
                new Thematic(
                        "Thematic audit: risk and the voice of the child",
                        "Before the review of Child K",
                        0,
                        children,
                        Stratification.TEAM,
                        13,
                        0.3,
                        Map.of()),
                new Thematic(
                        "Thematic audit: adult safeguarding",
                        "Before the review of Mr M",
                        1,
                        adults,
                        Stratification.CASE_TYPE,
                        9,
                        0.15,
                        Map.of()),
                new Thematic(
                        "Re-audit: risk and the voice of the child",
                        "Has the learning from Child K landed?",
                        0,
                        children,
                        Stratification.TEAM,
                        2,
                        0.95,
                        Map.of("CS3", 0.5)),
                new Thematic(
                        "Re-audit: Making Safeguarding Personal",
                        "Has the learning from Mr M landed?",
                        1,
                        adults,
                        Stratification.CASE_TYPE,
                        1,
                        0.95,
                        Map.of()))) {
            long id = programme(
                    s,
                    t.name(),
                    t.theme(),
                    templates.get(t.template()),
                    t.types(),
                    t.by(),
                    40,
                    0,
                    20250101L + t.monthsAgo());
            s.past().started(id, today.minusMonths(t.monthsAgo() + 1).atTime(9, 0), today.minusMonths(t.monthsAgo()));
            var audited = audits(s, id);
            completeSome(
                    s,
                    audited,
                    today.minusMonths(t.monthsAgo()).atTime(10, 0),
                    t.goodShare(),
                    random,
                    users,
                    id,
                    t.steady());
            cases.add(audited.getFirst().reference());
        }
        // A case from each service, for the reviews to concern.
        return List.of(cases.get(0), cases.get(1));
    }

    private static List<AuditProgrammes.AuditRow> audits(Services s, long programme) {
        return s.programmes().audits(programme, new ListPage(1, 1000, "/")).items();
    }

    private static List<AuditProgrammes.AuditRow> complete(
            Services s,
            long programme,
            LocalDateTime when,
            double goodShare,
            Random random,
            Map<String, StaffAccounts.StaffAccount> users) {
        var all = audits(s, programme);
        completeSome(s, all, when, goodShare, random, users, programme);
        return all;
    }

    private static void completeSome(
            Services s,
            List<AuditProgrammes.AuditRow> audits,
            LocalDateTime when,
            double goodShare,
            Random random,
            Map<String, StaffAccounts.StaffAccount> users,
            long programme) {
        completeSome(s, audits, when, goodShare, random, users, programme, Map.of());
    }

    /**
     * As above; the questions of the standards in {@code steady} are graded good with the given share whatever the
     * case's overall grade: practice on them did not move.
     */
    private static void completeSome(
            Services s,
            List<AuditProgrammes.AuditRow> audits,
            LocalDateTime when,
            double goodShare,
            Random random,
            Map<String, StaffAccounts.StaffAccount> users,
            long programme,
            Map<String, Double> steady) {
        var template = s.templates()
                .version(s.programmes().programme(programme).orElseThrow().templateVersionId())
                .orElseThrow();
        int i = 0;
        for (var audit : audits) {
            var overall = grade(random, goodShare);
            var answers = new LinkedHashMap<Long, String>();
            for (var q : template.questions()) {
                var fixed = q.standards().stream()
                        .map(ref -> steady.get(ref.label().split(" ")[0]))
                        .filter(java.util.Objects::nonNull)
                        .findFirst();
                answers.put(
                        q.id(),
                        fixed.isPresent() && q.type() == AnswerType.GRADE
                                ? (random.nextDouble() < fixed.get() ? Grade.GOOD : Grade.REQUIRES_IMPROVEMENT).name()
                                : answer(q.type(), overall, random, when.toLocalDate()));
            }
            s.past()
                    .record(
                            new PastAudits.Completed(
                                    audit.id(),
                                    answers,
                                    overall,
                                    pick(
                                            random,
                                            "The worker knows the family well and visits are purposeful.",
                                            "Direct work shows the child's wishes clearly.",
                                            "Partners are engaged and information is shared promptly."),
                                    pick(random, STRENGTHS.toArray(String[]::new)) + ", "
                                            + pick(random, STRENGTHS.toArray(String[]::new)),
                                    pick(
                                            random,
                                            "The chronology is out of date.",
                                            "Plans are not specific about who does what by when.",
                                            "Management oversight is not recorded at key decisions."),
                                    pick(random, DEVELOPMENT.toArray(String[]::new)),
                                    pick(
                                            random,
                                            "School attendance has improved since the plan began.",
                                            "The person says they feel safer at home.",
                                            "Too early to see a difference."),
                                    when.toLocalDate().minusDays(2),
                                    "Allocated worker",
                                    random.nextInt(10) < 8 ? "YES" : "NOT_APPROPRIATE",
                                    "They said the worker listens and explains what is happening.",
                                    when.plusHours(i++)),
                            "demo");
        }
    }

    private static void moderate(
            Services s, List<AuditProgrammes.AuditRow> audits, long moderator, LocalDateTime when, Random random) {
        for (var a : audits) {
            var grades = Grade.values();
            var moderatorGrade = grades[random.nextInt(grades.length)];
            s.past()
                    .moderated(
                            a.id(), moderator, moderatorGrade, moderatorGrade, "Agreed at the moderation panel", when);
        }
    }

    private static List<AuditProgrammes.AuditRow> notAuditedBy(
            List<AuditProgrammes.AuditRow> audits, StaffAccounts.StaffAccount moderator) {
        return audits.stream()
                .filter(a -> !a.auditor().equals(moderator.name()))
                .toList();
    }

    /** Moderated and agreed at the auditor's own grade, so the findings stand as they were. */
    private static void moderateInAgreement(
            Services s, List<AuditProgrammes.AuditRow> audits, long moderator, LocalDateTime when) {
        for (var a : audits) {
            var grade = s.past().auditorGrade(a.id()).orElse(Grade.GOOD);
            s.past().moderated(a.id(), moderator, grade, grade, "The auditor's grade stands", when);
        }
    }

    /**
     * One moderated audit whose agreed grade is a step below the auditor's, with the learning conversation that
     * followed: what the audit page shows its readers when moderation changed the grade.
     */
    private static void differentGradeAgreed(
            Services s, AuditProgrammes.AuditRow audit, long moderator, LocalDateTime when) {
        var auditors = s.past().auditorGrade(audit.id()).orElse(Grade.GOOD);
        var agreed = auditors == Grade.INADEQUATE ? Grade.REQUIRES_IMPROVEMENT : Grade.values()[auditors.ordinal() + 1];
        s.past()
                .moderated(
                        audit.id(),
                        moderator,
                        agreed,
                        agreed,
                        "The plan has no timescales and the child's views are not recorded since the review:"
                                + " agreed with the auditor at the moderation panel",
                        when);
        s.past()
                .conversation(
                        audit.id(),
                        when.toLocalDate().plusDays(5),
                        "The allocated social worker and the team manager",
                        "Add timescales to the plan before the next core group; see the child alone at the next visit",
                        "Demo QA lead",
                        when.plusDays(5));
    }

    /** Actions in every state, including two overdue, owned by the demo's practitioner, manager and leader. */
    private static void actions(
            Services s,
            List<AuditProgrammes.AuditRow> childAudits,
            List<AuditProgrammes.AuditRow> adultAudits,
            Map<String, StaffAccounts.StaffAccount> users,
            LocalDate today) {
        record Plan(
                AuditProgrammes.AuditRow audit,
                String title,
                String owner,
                LocalDate raisedOn,
                LocalDate due,
                List<ActionStatus> moves) {}
        var plans = new ArrayList<Plan>();
        plans.add(new Plan(
                childAudits.get(0),
                "Bring the chronology up to date",
                "practitioner",
                today.minusWeeks(2),
                today.plusWeeks(3),
                List.of()));
        plans.add(new Plan(
                childAudits.get(1),
                "Record the child's views in their own words at each visit",
                "practitioner",
                today.minusWeeks(6),
                today.plusWeeks(2),
                List.of(ActionStatus.IN_PROGRESS)));
        plans.add(new Plan(
                childAudits.get(2),
                "Hold a family group conference",
                "practitioner",
                today.minusMonths(3),
                today.minusWeeks(2),
                List.of(ActionStatus.IN_PROGRESS)));
        plans.add(new Plan(
                childAudits.get(3),
                "Record management oversight at each key decision",
                "manager",
                today.minusMonths(4),
                today.minusDays(5),
                List.of()));
        plans.add(new Plan(
                adultAudits.get(0),
                "Ask the person what outcomes they want, and record it",
                "leader",
                today.minusMonths(4).plusDays(3),
                today.minusWeeks(1),
                List.of(ActionStatus.IN_PROGRESS, ActionStatus.DONE)));
        plans.add(new Plan(
                adultAudits.get(1),
                "Review the support plan with the person and their carer",
                "leader",
                today.minusMonths(4).plusDays(3),
                today.minusMonths(2).minusWeeks(3),
                List.of(ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.VERIFIED)));
        plans.add(new Plan(
                childAudits.get(4),
                "Refer to the edge of care service",
                "practitioner",
                today.minusWeeks(7),
                today.plusWeeks(1),
                List.of(ActionStatus.CANCELLED)));
        plans.add(new Plan(
                childAudits.get(5),
                "Add timescales and a contingency plan to the child's plan",
                "practitioner",
                today.minusMonths(2),
                today.plusWeeks(1),
                List.of(ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.RETURNED)));
        DemoActions.raise(
                s.actions(),
                s.pastActions(),
                s.evidence(),
                users,
                plans.stream()
                        .map(p -> new DemoActions.Plan(
                                "AUDIT",
                                p.audit().id(),
                                "Audit of case " + p.audit().reference(),
                                "/audit/audits/" + p.audit().id(),
                                p.title(),
                                p.owner(),
                                p.raisedOn(),
                                p.due(),
                                p.moves(),
                                "The audit found this missing from the case record, as it was in other audits of the"
                                        + " same service this year.",
                                "Seen on the case file at the next audit of this case, and in supervision notes",
                                Map.of()))
                        .toList(),
                today);
    }

    private static Grade grade(Random random, double goodShare) {
        double r = random.nextDouble();
        if (r < goodShare * 0.2) {
            return Grade.OUTSTANDING;
        }
        if (r < goodShare) {
            return Grade.GOOD;
        }
        return r < goodShare + (1 - goodShare) * 0.75 ? Grade.REQUIRES_IMPROVEMENT : Grade.INADEQUATE;
    }

    private static String answer(AnswerType type, Grade overall, Random random, LocalDate around) {
        return switch (type) {
            case GRADE -> {
                int score = Math.max(1, Math.min(4, overall.score() + random.nextInt(3) - 1));
                yield java.util.Arrays.stream(Grade.values())
                        .filter(g -> g.score() == score)
                        .findFirst()
                        .orElseThrow()
                        .name();
            }
            case YES_PARTLY_NO ->
                overall.goodOrBetter()
                        ? (random.nextInt(4) == 0 ? "PARTLY" : "YES")
                        : (random.nextBoolean() ? "PARTLY" : "NO");
            case NUMBER -> String.valueOf(1 + random.nextInt(4));
            case DATE -> around.minusDays(random.nextInt(40)).toString();
            case TEXT -> "Seen in the case record.";
        };
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }

    private DemoAudits() {}
}
