package org.praxis.training;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.praxis.audit.StandardResults;
import org.praxis.learning.LearningThemes;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.standards.StandardsManual;
import org.praxis.statistics.Share;
import org.praxis.statistics.SmallNumbers;
import org.praxis.web.ListPage;
import org.praxis.web.PageOf;
import org.praxis.web.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training needs proposed from the evidence: each team's practice standards whose estimate (the last 12 months'
 * audits) is below the council's on that standard, lowest first, and the learning themes still open from reviews.
 * A team's figure from fewer audits than {@code praxis.statistics.fewest-shown} is never shown, so no need is proposed
 * on it. A decision is kept with the figures it was made on; the need comes back only when they change (decision 0032).
 */
@Service
class TrainingNeeds {

    enum Kind {
        STANDARD,
        THEME
    }

    enum Decision {
        ACCEPTED,
        DISMISSED
    }

    /**
     * A proposed need. {@code key} names it (S:standard:team, T:theme); {@code evidence} is the figures it rests on,
     * which a decision is stored with.
     */
    record Need(
            String key,
            Kind kind,
            String title,
            String evidenceSentence,
            String evidence,
            double estimate,
            Set<Long> standardIds,
            Long teamId,
            Long themeId) {}

    record Decided(
            long id,
            String summary,
            Decision decision,
            Long courseId,
            String courseTitle,
            String reason,
            String decidedBy,
            LocalDateTime decidedAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final StandardResults results;
    private final StandardsManual standards;
    private final OrganisationDirectory organisation;
    private final LearningThemes themes;
    private final SmallNumbers smallNumbers;

    private final org.praxis.identity.StaffAccounts accounts;

    TrainingNeeds(
            JdbcClient jdbc,
            Clock clock,
            StandardResults results,
            StandardsManual standards,
            OrganisationDirectory organisation,
            LearningThemes themes,
            SmallNumbers smallNumbers,
            org.praxis.identity.StaffAccounts accounts) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
        this.results = results;
        this.standards = standards;
        this.organisation = organisation;
        this.themes = themes;
        this.smallNumbers = smallNumbers;
    }

    /** Every need proposed now and not yet decided on these figures: open themes first, then standards, lowest first. */
    @Transactional(readOnly = true)
    List<Need> proposed() {
        var decided = new HashSet<String>();
        jdbc.sql("select need_key, evidence from training_need_decision").query(rs -> {
            decided.add(rs.getString(1) + "|" + rs.getString(2));
        });
        var needs = new ArrayList<Need>();
        needs.addAll(themeNeeds());
        needs.addAll(standardNeeds());
        needs.removeIf(n -> decided.contains(n.key() + "|" + n.evidence()));
        return needs;
    }

    @Transactional(readOnly = true)
    PageOf<Need> proposed(ListPage page) {
        var all = proposed();
        return ListsInMemory.page(all, page);
    }

    /** Accepts (with a course, optionally) or dismisses (with a reason) a need as proposed now. */
    @Transactional
    void decide(String key, Decision decision, Long courseId, String reason, String username) {
        var need = proposed().stream()
                .filter(n -> n.key().equals(key))
                .findFirst()
                .orElseThrow(
                        () -> new Refused("This need is no longer proposed: it was decided, or its evidence changed"));
        jdbc.sql("""
                        insert into training_need_decision (need_key, evidence, summary, decision, course_id, reason,
                            decided_by, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        key,
                        need.evidence(),
                        need.title() + ": " + need.evidenceSentence(),
                        decision.name(),
                        courseId,
                        reason,
                        username,
                        Timestamp.from(clock.instant()))
                .update();
    }

    /** One page of the decisions, newest first. */
    @Transactional(readOnly = true)
    PageOf<Decided> decided(ListPage page) {
        long total = jdbc.sql("select count(*) from training_need_decision")
                .query(Long.class)
                .single();
        var items = jdbc.sql("""
                        select d.id, d.summary, d.decision, d.course_id, c.title, d.reason, d.decided_by, d.decided_at
                        from training_need_decision d left join training_course c on c.id = d.course_id
                        order by d.decided_at desc, d.id desc offset :offset rows fetch next :size rows only
                        """)
                .param("offset", page.offset())
                .param("size", page.size())
                .query((rs, n) -> new Decided(
                        rs.getLong(1),
                        rs.getString(2),
                        Decision.valueOf(rs.getString(3)),
                        rs.getObject(4, Long.class),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getTimestamp(8).toLocalDateTime()))
                .list();
        // Who decided, by name: the decisions keep usernames
        var names = accounts.namesOf(items.stream().map(Decided::decidedBy).toList());
        return page.of(
                items.stream()
                        .map(d -> new Decided(
                                d.id(),
                                d.summary(),
                                d.decision(),
                                d.courseId(),
                                d.courseTitle(),
                                d.reason(),
                                names.get(d.decidedBy()),
                                d.decidedAt()))
                        .toList(),
                total);
    }

    private List<Need> themeNeeds() {
        var codes = standardCodes();
        return themes.open().stream()
                .map(t -> new Need(
                        "T:" + t.id(),
                        Kind.THEME,
                        "Open learning: " + t.name(),
                        t.findings() + (t.findings() == 1 ? " finding" : " findings") + " from "
                                + String.join("; ", t.reviews())
                                + (t.standardIds().isEmpty()
                                        ? ""
                                        : ", on "
                                                + t.standardIds().stream()
                                                        .sorted()
                                                        .map(id -> codes.getOrDefault(id, "a withdrawn standard"))
                                                        .collect(Collectors.joining(", "))),
                        t.findings() + ":" + t.reviews().size() + ":" + Courses.sorted(t.standardIds()),
                        Double.NaN,
                        t.standardIds(),
                        null,
                        t.id()))
                .toList();
    }

    private List<Need> standardNeeds() {
        var thisMonth = YearMonth.from(LocalDate.now(clock));
        var byStandard = results.standardsByTeam(thisMonth.minusMonths(11), thisMonth.plusMonths(1));
        var codes = standardCodes();
        var teams = organisation.teams();
        var needs = new ArrayList<Need>();
        byStandard.forEach((standardId, byTeam) -> {
            if (!codes.containsKey(standardId)) {
                return; // withdrawn from the manual: nobody would be trained on it now
            }
            var council = byTeam.values().stream()
                    .reduce(
                            StandardResults.Tally.NONE,
                            (a, b) -> new StandardResults.Tally(
                                    a.audits() + b.audits(), a.goodOrBetter() + b.goodOrBetter()))
                    .share();
            byTeam.forEach((teamId, tally) -> {
                var team = teams.get(teamId);
                if (teamId == 0
                        || team == null
                        || !team.active()
                        || smallNumbers.group(tally.audits()) == SmallNumbers.Visibility.SUPPRESSED) {
                    return;
                }
                var share = tally.share();
                if (share.value() >= council.value()) {
                    return;
                }
                needs.add(new Need(
                        "S:" + standardId + ":" + teamId,
                        Kind.STANDARD,
                        codes.get(standardId) + " in " + team.name(),
                        evidence(team.name(), codes.get(standardId), share, council),
                        tally.audits() + ":" + tally.goodOrBetter(),
                        share.value(),
                        Set.of(standardId),
                        teamId,
                        null));
            });
        });
        needs.sort(Comparator.comparingDouble(Need::estimate).thenComparing(Need::key));
        return needs;
    }

    /** "Team X: 41% good or better on CS3 (95% interval 30% to 53%), 34 audits; the council 62%". */
    static String evidence(String team, String code, Share share, Share council) {
        return team + ": " + Share.percent(share.value()) + " good or better on " + code + " (95% interval "
                + Share.percent(share.lower()) + " to " + Share.percent(share.upper()) + "), " + share.size()
                + " audits in the last 12 months; the council " + Share.percent(council.value());
    }

    private Map<Long, String> standardCodes() {
        return standards.current(null, null).stream()
                .collect(Collectors.toMap(StandardsManual.Standard::id, StandardsManual.Standard::code));
    }
}
