package org.praxis.learning;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.praxis.accesslog.AccessLog;
import org.praxis.actions.Actions;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.RecordAccess;
import org.praxis.register.SamplingFrame;
import org.praxis.standards.CareService;
import org.praxis.standards.StandardsManual;
import org.praxis.web.ListPage;
import org.praxis.web.PageOf;
import org.praxis.web.Refused;
import org.praxis.web.Stale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of reviews, what each found and what it recommended. A review's title is unique (case and spacing
 * ignored), and its dates run in order: commissioned, then published. A recommendation's actions are in the one
 * action tracker, raised with source {@value #SOURCE}; its status is rolled up from them.
 */
@Service
class Reviews {

    static final String SOURCE = "LEARNING_REVIEW";

    record Filter(ReviewKind kind, ReviewStatus status, CareService service) {}

    record ReviewRow(
            long id,
            String title,
            ReviewKind kind,
            CareService service,
            String author,
            LocalDate publishedOn,
            ReviewStatus status,
            int findings,
            int recommendations) {}

    /** What a person writes about a review (and what a form or an import checks). */
    record Details(
            String title,
            ReviewKind kind,
            CareService service,
            String author,
            LocalDate commissionedOn,
            LocalDate publishedOn,
            ReviewStatus status,
            String link,
            String summary) {}

    record Review(
            long id,
            Details details,
            String createdBy,
            LocalDateTime createdAt,
            String updatedBy,
            LocalDateTime updatedAt,
            int lockVersion) {

        public String title() {
            return details.title();
        }
    }

    record Theme(long id, String name) {}

    record Finding(
            long id,
            long reviewId,
            int position,
            String lesson,
            String detail,
            List<Theme> themes,
            List<StandardsManual.Cited> standards,
            List<Long> questionIds) {}

    /** How far a recommendation's actions have got, in one word for the list and the synopsis. */
    enum Progress {
        NO_ACTION("No action yet", "red"),
        OVERDUE("Overdue", "red"),
        IN_PROGRESS("In progress", "blue"),
        DONE("Done", "green");

        private final String label;
        private final String colour;

        Progress(String label, String colour) {
            this.label = label;
            this.colour = colour;
        }

        public String label() {
            return label;
        }

        public String colour() {
            return colour;
        }

        static Progress of(List<Actions.ActionRow> actions) {
            if (actions.isEmpty()) {
                return NO_ACTION;
            }
            if (actions.stream().anyMatch(Actions.ActionRow::overdue)) {
                return OVERDUE;
            }
            return actions.stream().allMatch(a -> a.status().finished()) ? DONE : IN_PROGRESS;
        }
    }

    record Recommendation(
            long id, long reviewId, String number, String text, Long findingId, List<Actions.ActionRow> actions) {

        public Progress progress() {
            return Progress.of(actions);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final StandardsManual standards;
    private final Actions actions;
    private final AccessLog accessLog;
    private final SamplingFrame register;

    Reviews(
            JdbcClient jdbc,
            Clock clock,
            StandardsManual standards,
            Actions actions,
            AccessLog accessLog,
            SamplingFrame register) {
        this.register = register;
        this.jdbc = jdbc;
        this.clock = clock;
        this.standards = standards;
        this.actions = actions;
        this.accessLog = accessLog;
    }

    static String key(String title) {
        return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static final String ROWS = "select r.id, r.title, r.kind, r.service, r.author, r.published_on, r.status,"
            + " (select count(*) from learning_finding f where f.review_id = r.id),"
            + " (select count(*) from learning_recommendation m where m.review_id = r.id)"
            + " from learning_review r";

    private static final String NEWEST_FIRST =
            " order by case when r.published_on is null then 0 else 1 end, r.published_on desc, r.id desc";

    private static ReviewRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ReviewRow(
                rs.getLong(1),
                rs.getString(2),
                ReviewKind.valueOf(rs.getString(3)),
                CareService.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getObject(6, LocalDate.class),
                ReviewStatus.valueOf(rs.getString(7)),
                rs.getInt(8),
                rs.getInt(9));
    }

    /** The register, newest publication first (unpublished ones first of all: they are in hand). */
    @Transactional(readOnly = true)
    PageOf<ReviewRow> list(Filter filter, ListPage page) {
        var where = new StringBuilder(" where 1 = 1");
        var params = new LinkedHashMap<String, Object>();
        if (filter.kind() != null) {
            where.append(" and r.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.status() != null) {
            where.append(" and r.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.service() != null) {
            where.append(" and r.service in (:service, 'ALL')");
            params.put("service", filter.service().name());
        }
        var items = jdbc.sql(ROWS + where + NEWEST_FIRST + " offset :offset rows fetch next :size rows only")
                .params(params)
                .param("offset", page.offset())
                .param("size", page.size())
                .query(Reviews::row)
                .list();
        long total = jdbc.sql("select count(*) from learning_review r" + where)
                .params(params)
                .query(Long.class)
                .single();
        return page.of(items, total);
    }

    /** These reviews as the register lists them, newest publication first. */
    @Transactional(readOnly = true)
    List<ReviewRow> rows(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ROWS + " where r.id in (:ids)" + NEWEST_FIRST)
                .param("ids", ids)
                .query(Reviews::row)
                .list();
    }

    /** The reviews these recommendations belong to. */
    @Transactional(readOnly = true)
    Set<Long> reviewsOfRecommendations(Collection<Long> recommendationIds) {
        if (recommendationIds.isEmpty()) {
            return Set.of();
        }
        return new java.util.HashSet<>(
                jdbc.sql("select distinct review_id from learning_recommendation where id in (:ids)")
                        .param("ids", recommendationIds)
                        .query(Long.class)
                        .list());
    }

    /** Every review's linked case references (reviews concern a handful of cases each). */
    @Transactional(readOnly = true)
    Map<Long, List<String>> allCaseLinks() {
        var links = new LinkedHashMap<Long, List<String>>();
        jdbc.sql("select review_id, case_reference from learning_review_case order by review_id, case_reference")
                .query(rs -> {
                    links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return links;
    }

    @Transactional(readOnly = true)
    Optional<Review> review(long id) {
        return jdbc.sql("select id, title, kind, service, author, commissioned_on, published_on, status, link, summary,"
                        + " created_by, created_at, updated_by, updated_at, lock_version from learning_review"
                        + " where id = :id")
                .param("id", id)
                .query((rs, n) -> new Review(
                        rs.getLong(1),
                        new Details(
                                rs.getString(2),
                                ReviewKind.valueOf(rs.getString(3)),
                                CareService.valueOf(rs.getString(4)),
                                rs.getString(5),
                                rs.getObject(6, LocalDate.class),
                                rs.getObject(7, LocalDate.class),
                                ReviewStatus.valueOf(rs.getString(8)),
                                rs.getString(9),
                                rs.getString(10)),
                        rs.getString(11),
                        rs.getTimestamp(12).toLocalDateTime(),
                        rs.getString(13),
                        rs.getTimestamp(14).toLocalDateTime(),
                        rs.getInt(15)))
                .optional();
    }

    /** The rules a review's details must meet whatever wrote them (the form, the import, the demo). */
    void check(Details details, Long exceptId) {
        if (titleTaken(details.title(), exceptId)) {
            throw new Refused(
                    "title",
                    "There is already a review called " + details.title().strip());
        }
        if (details.commissionedOn() != null
                && details.publishedOn() != null
                && details.publishedOn().isBefore(details.commissionedOn())) {
            throw new Refused("publishedOn", "The date published must be the same as or after the date commissioned");
        }
        if (details.status() == ReviewStatus.PUBLISHED && details.publishedOn() == null) {
            throw new Refused("publishedOn", "Enter the date the review was published");
        }
        var today = LocalDate.now(clock);
        if (details.publishedOn() != null && details.publishedOn().isAfter(today)) {
            throw new Refused("publishedOn", "The date published must be today or in the past");
        }
    }

    boolean titleTaken(String title, Long exceptId) {
        return jdbc.sql("select count(*) from learning_review where title_key = :key and id <> :except")
                        .param("key", key(title))
                        .param("except", exceptId == null ? -1L : exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Transactional
    long add(Details d, String username) {
        check(d, null);
        var now = Timestamp.from(clock.instant());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into learning_review (title, title_key, kind, service, author, commissioned_on,
                            published_on, status, link, summary, created_by, created_at, updated_by, updated_at)
                        values (:title, :key, :kind, :service, :author, :commissioned, :published, :status, :link,
                            :summary, :by, :now, :by, :now)
                        """).params(params(d)).param("by", username).param("now", now).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    @Transactional
    void change(long id, int lockVersion, Details d, String username) {
        check(d, id);
        int updated = jdbc.sql("""
                        update learning_review set title = :title, title_key = :key, kind = :kind, service = :service,
                            author = :author, commissioned_on = :commissioned, published_on = :published,
                            status = :status, link = :link, summary = :summary, updated_by = :by, updated_at = :now,
                            lock_version = lock_version + 1
                        where id = :id and lock_version = :lock
                        """)
                .params(params(d))
                .param("by", username)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .param("lock", lockVersion)
                .update();
        if (updated == 0) {
            throw new Stale();
        }
    }

    private static Map<String, Object> params(Details d) {
        var p = new HashMap<String, Object>();
        p.put("title", d.title().strip());
        p.put("key", key(d.title()));
        p.put("kind", d.kind().name());
        p.put("service", d.service().name());
        p.put("author", d.author().strip());
        p.put("commissioned", d.commissionedOn());
        p.put("published", d.publishedOn());
        p.put("status", d.status().name());
        p.put("link", blankAsNull(d.link()));
        p.put("summary", blankAsNull(d.summary()));
        return p;
    }

    static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // Findings

    /** The findings of some reviews with their themes, standards and questions: four queries, whatever the count. */
    @Transactional(readOnly = true)
    Map<Long, List<Finding>> findings(Collection<Long> reviewIds) {
        var byReview = new LinkedHashMap<Long, List<Finding>>();
        if (reviewIds.isEmpty()) {
            return byReview;
        }
        record Row(long id, long reviewId, int position, String lesson, String detail) {}
        var rows = jdbc.sql("select id, review_id, position, lesson, detail from learning_finding"
                        + " where review_id in (:reviews) order by review_id, position, id")
                .param("reviews", reviewIds)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5)))
                .list();
        var ids = rows.stream().map(Row::id).toList();
        var themes = new HashMap<Long, List<Theme>>();
        var standardIds = new HashMap<Long, List<Long>>();
        var questions = new HashMap<Long, List<Long>>();
        if (!ids.isEmpty()) {
            jdbc.sql("select ft.finding_id, t.id, t.name from learning_finding_theme ft"
                            + " join learning_theme t on t.id = ft.theme_id where ft.finding_id in (:ids)"
                            + " order by t.name_key")
                    .param("ids", ids)
                    .query(rs -> {
                        themes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new Theme(rs.getLong(2), rs.getString(3)));
                    });
            jdbc.sql("select finding_id, standard_id from learning_finding_standard where finding_id in (:ids)")
                    .param("ids", ids)
                    .query(rs -> {
                        standardIds
                                .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(rs.getLong(2));
                    });
            jdbc.sql("select finding_id, question_id from learning_finding_question where finding_id in (:ids)"
                            + " order by question_id")
                    .param("ids", ids)
                    .query(rs -> {
                        questions
                                .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(rs.getLong(2));
                    });
        }
        var cited = standardIds.isEmpty() ? Map.<Long, StandardsManual.Cited>of() : standards.everyStandard();
        for (var r : rows) {
            byReview.computeIfAbsent(r.reviewId(), k -> new ArrayList<>())
                    .add(new Finding(
                            r.id(),
                            r.reviewId(),
                            r.position(),
                            r.lesson(),
                            r.detail(),
                            themes.getOrDefault(r.id(), List.of()),
                            standardIds.getOrDefault(r.id(), List.of()).stream()
                                    .map(id -> cited.getOrDefault(
                                            id, new StandardsManual.Cited(id, "?", "Standard no longer known", true)))
                                    .sorted(java.util.Comparator.comparing(StandardsManual.Cited::code))
                                    .toList(),
                            questions.getOrDefault(r.id(), List.of())));
        }
        return byReview;
    }

    List<Finding> findings(long reviewId) {
        return findings(List.of(reviewId)).getOrDefault(reviewId, List.of());
    }

    Optional<Finding> finding(long findingId) {
        var reviewId = jdbc.sql("select review_id from learning_finding where id = :id")
                .param("id", findingId)
                .query(Long.class)
                .optional();
        return reviewId.flatMap(
                r -> findings(r).stream().filter(f -> f.id() == findingId).findFirst());
    }

    /** What a finding says and links to, checked: themes from the list, standards in the manual (not withdrawn). */
    record FindingLinks(
            String lesson, String detail, Set<Long> themeIds, Set<Long> standardIds, Set<Long> questionIds) {}

    @Transactional
    long addFinding(long reviewId, FindingLinks f) {
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from learning_finding where review_id = :id")
                .param("id", reviewId)
                .query(Integer.class)
                .single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into learning_finding (review_id, position, lesson, detail) values (?, ?, ?, ?)")
                .params(reviewId, position, f.lesson().strip(), blankAsNull(f.detail()))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        link(id, f);
        return id;
    }

    /**
     * Changes a finding. A standard it already cites that has since been withdrawn may stay (it is kept, marked);
     * only newly linked standards must be current.
     */
    @Transactional
    void changeFinding(long findingId, FindingLinks f) {
        jdbc.sql("update learning_finding set lesson = ?, detail = ? where id = ?")
                .params(f.lesson().strip(), blankAsNull(f.detail()), findingId)
                .update();
        for (var table : List.of("learning_finding_theme", "learning_finding_standard", "learning_finding_question")) {
            jdbc.sql("delete from " + table + " where finding_id = ?")
                    .params(findingId)
                    .update();
        }
        link(findingId, f);
    }

    private void link(long findingId, FindingLinks f) {
        f.themeIds()
                .forEach(t -> jdbc.sql("insert into learning_finding_theme (finding_id, theme_id) values (?, ?)")
                        .params(findingId, t)
                        .update());
        f.standardIds()
                .forEach(s -> jdbc.sql("insert into learning_finding_standard (finding_id, standard_id) values (?, ?)")
                        .params(findingId, s)
                        .update());
        f.questionIds()
                .forEach(q -> jdbc.sql("insert into learning_finding_question (finding_id, question_id) values (?, ?)")
                        .params(findingId, q)
                        .update());
    }

    // Recommendations

    /** Some reviews' recommendations, each with its actions from the tracker: two queries. */
    @Transactional(readOnly = true)
    Map<Long, List<Recommendation>> recommendations(Collection<Long> reviewIds) {
        var byReview = new LinkedHashMap<Long, List<Recommendation>>();
        if (reviewIds.isEmpty()) {
            return byReview;
        }
        record Row(long id, long reviewId, String number, String text, Long findingId) {}
        var rows = jdbc.sql("select id, review_id, number, text, finding_id from learning_recommendation"
                        + " where review_id in (:reviews) order by review_id, position, id")
                .param("reviews", reviewIds)
                .query((rs, n) -> new Row(
                        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getObject(5, Long.class)))
                .list();
        var actionsOf = new HashMap<Long, List<Actions.ActionRow>>();
        actions.forSources(SOURCE, rows.stream().map(Row::id).toList())
                .forEach(a -> actionsOf
                        .computeIfAbsent(a.sourceId(), k -> new ArrayList<>())
                        .add(a));
        for (var r : rows) {
            byReview.computeIfAbsent(r.reviewId(), k -> new ArrayList<>())
                    .add(new Recommendation(
                            r.id(),
                            r.reviewId(),
                            r.number(),
                            r.text(),
                            r.findingId(),
                            actionsOf.getOrDefault(r.id(), List.of())));
        }
        return byReview;
    }

    List<Recommendation> recommendations(long reviewId) {
        return recommendations(List.of(reviewId)).getOrDefault(reviewId, List.of());
    }

    Optional<Recommendation> recommendation(long id) {
        return jdbc.sql("select review_id from learning_recommendation where id = :id")
                .param("id", id)
                .query(Long.class)
                .optional()
                .flatMap(r ->
                        recommendations(r).stream().filter(m -> m.id() == id).findFirst());
    }

    /** A recommendation as written or imported. */
    record NewRecommendation(String number, String text, Long findingId) {}

    boolean numberTaken(long reviewId, String number) {
        return jdbc.sql(
                                "select count(*) from learning_recommendation where review_id = :id and upper(number) = upper(:n)")
                        .param("id", reviewId)
                        .param("n", number.strip())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Adds recommendations, numbered as the review numbers them, after those already there. */
    @Transactional
    void addRecommendations(long reviewId, List<NewRecommendation> recommendations, String username) {
        int position = jdbc.sql("select coalesce(max(position), 0) from learning_recommendation where review_id = :id")
                .param("id", reviewId)
                .query(Integer.class)
                .single();
        var now = Timestamp.from(clock.instant());
        for (var r : recommendations) {
            jdbc.sql("""
                            insert into learning_recommendation (review_id, number, position, text, finding_id,
                                created_by, created_at)
                            values (?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(reviewId, r.number().strip(), ++position, r.text().strip(), r.findingId(), username, now)
                    .update();
        }
    }

    // Cases

    @Transactional(readOnly = true)
    List<String> caseReferences(long reviewId) {
        return jdbc.sql("select case_reference from learning_review_case where review_id = :id order by case_reference")
                .param("id", reviewId)
                .query(String.class)
                .list();
    }

    /** A case the review concerns, as this reader may see it: its page, if it is still in the register. */
    record CaseLink(String reference, String href) {}

    /**
     * The cases linked to the review that this reader may open, each written to the access log in this transaction;
     * others are left out, so nobody learns of another team's case here. A case no longer in the register is shown
     * only to those who see every team's cases.
     */
    @Transactional
    List<CaseLink> visibleCases(long reviewId, CurrentUser user) {
        var references = caseReferences(reviewId);
        if (references.isEmpty() || !(RecordAccess.mayOpenEveryTeamsCases(user) || user.isTeamScoped())) {
            return List.of();
        }
        var live = register.live(references);
        var shown = new ArrayList<CaseLink>();
        for (var reference : references) {
            var found = live.get(reference);
            boolean mayOpen = found == null
                    ? RecordAccess.mayOpenEveryTeamsCases(user)
                    : RecordAccess.mayOpenCase(user, found.teamId());
            if (mayOpen) {
                accessLog.viewed("Register case", reference);
                shown.add(new CaseLink(reference, found == null ? null : "/register/cases/" + found.id()));
            }
        }
        return shown;
    }

    @Transactional
    void addCase(long reviewId, String reference, String username) {
        int exists = jdbc.sql(
                        "select count(*) from learning_review_case where review_id = :id and case_reference = :ref")
                .param("id", reviewId)
                .param("ref", reference)
                .query(Integer.class)
                .single();
        if (exists > 0) {
            throw new Refused("reference", "Case " + reference + " is already linked to this review");
        }
        jdbc.sql("insert into learning_review_case (review_id, case_reference, added_by, added_at) values (?, ?, ?, ?)")
                .params(reviewId, reference, username, Timestamp.from(clock.instant()))
                .update();
        accessLog.changed("Learning review case", reviewId + ":" + reference);
    }

    @Transactional
    void removeCase(long reviewId, String reference) {
        jdbc.sql("delete from learning_review_case where review_id = ? and case_reference = ?")
                .params(reviewId, reference)
                .update();
        accessLog.changed("Learning review case", reviewId + ":" + reference);
    }

    /** The reviews a case is linked to, for the case page. */
    @Transactional(readOnly = true)
    List<ReviewRow> ofCase(String reference) {
        return jdbc.sql(ROWS + " join learning_review_case c on c.review_id = r.id where c.case_reference = :ref"
                        + NEWEST_FIRST)
                .param("ref", reference)
                .query(Reviews::row)
                .list();
    }
}
