package org.praxis.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.praxis.standards.CareService;
import org.praxis.standards.StandardsManual;
import org.praxis.web.Refused;
import org.praxis.web.Stale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audit templates and their versions. A draft is built section by section; publishing freezes it, and any later
 * change is a new version, so an audit always shows the questions it was answered against.
 */
@Service
public class AuditTemplates {

    public enum Status {
        DRAFT,
        PUBLISHED
    }

    public record TemplateRow(
            long templateId,
            String name,
            CareService service,
            long latestVersionId,
            int latestVersion,
            Status latestStatus,
            Long publishedVersionId,
            Integer publishedVersion) {}

    public record StandardRef(long id, String label) {}

    public record Question(
            long id,
            int position,
            String text,
            String guidance,
            AnswerType type,
            boolean required,
            List<StandardRef> standards) {}

    public record Section(long id, int position, String title, List<Question> questions) {}

    public record TemplateVersion(
            long id,
            long templateId,
            String name,
            CareService service,
            int version,
            String description,
            Status status,
            int lockVersion,
            String publishedBy,
            LocalDateTime publishedAt,
            List<Section> sections) {

        public boolean published() {
            return status == Status.PUBLISHED;
        }

        public List<Question> questions() {
            return sections.stream().flatMap(s -> s.questions().stream()).toList();
        }

        public String label() {
            return name + " (version " + version + ")";
        }
    }

    /** What a person writes when adding a question. */
    public record NewQuestion(
            String text, String guidance, AnswerType type, boolean required, Collection<Long> standardIds) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final StandardsManual standards;
    private final Map<Long, TemplateVersion> published = new java.util.concurrent.ConcurrentHashMap<>();
    /** The standards' revision the versions held in {@link #published} were read at. */
    private final java.util.concurrent.atomic.AtomicLong heldAtRevision =
            new java.util.concurrent.atomic.AtomicLong(-1);

    AuditTemplates(JdbcClient jdbc, Clock clock, StandardsManual standards) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.standards = standards;
    }

    @Transactional(readOnly = true)
    public List<TemplateRow> list() {
        return jdbc.sql("""
                        select t.id, t.name, t.service, l.id latest_id, l.version latest_version, l.status latest_status,
                               p.id published_id, p.version published_version
                        from audit_template t
                        join audit_template_version l on l.template_id = t.id
                         and l.version = (select max(version) from audit_template_version where template_id = t.id)
                        left join audit_template_version p on p.template_id = t.id
                         and p.version = (select max(version) from audit_template_version
                                          where template_id = t.id and status = 'PUBLISHED')
                        order by t.name
                        """)
                .query((rs, n) -> new TemplateRow(
                        rs.getLong("id"),
                        rs.getString("name"),
                        CareService.valueOf(rs.getString("service")),
                        rs.getLong("latest_id"),
                        rs.getInt("latest_version"),
                        Status.valueOf(rs.getString("latest_status")),
                        rs.getObject("published_id", Long.class),
                        rs.getObject("published_version", Integer.class)))
                .list();
    }

    /**
     * One version with its sections, questions and the standards each question tests. Published versions never
     * change, so they are kept in memory after the first read (the audit form reads its template on every
     * autosave). Their questions show the standards' labels, so a change to a standard's wording, made on this
     * instance or any other, clears them: the standards' revision is checked on every read (one small query).
     */
    @Transactional(readOnly = true)
    public Optional<TemplateVersion> version(long versionId) {
        long revision = standards.revision();
        if (heldAtRevision.getAndSet(revision) != revision) {
            published.clear();
        }
        var cached = published.get(versionId);
        if (cached != null) {
            return Optional.of(cached);
        }
        var loaded = load(versionId);
        loaded.filter(TemplateVersion::published).ifPresent(v -> published.put(versionId, v));
        return loaded;
    }

    /** Three queries, whatever the number of questions. */
    private Optional<TemplateVersion> load(long versionId) {
        var head = jdbc.sql("""
                        select v.id, v.template_id, t.name, t.service, v.version, v.description, v.status,
                               v.lock_version, v.published_by, v.published_at
                        from audit_template_version v join audit_template t on t.id = v.template_id
                        where v.id = :id
                        """)
                .param("id", versionId)
                .query((rs, n) -> new TemplateVersion(
                        rs.getLong("id"),
                        rs.getLong("template_id"),
                        rs.getString("name"),
                        CareService.valueOf(rs.getString("service")),
                        rs.getInt("version"),
                        rs.getString("description"),
                        Status.valueOf(rs.getString("status")),
                        rs.getInt("lock_version"),
                        rs.getString("published_by"),
                        rs.getTimestamp("published_at") == null
                                ? null
                                : rs.getTimestamp("published_at").toLocalDateTime(),
                        List.of()))
                .optional();
        if (head.isEmpty()) {
            return head;
        }
        var labels = new HashMap<Long, String>();
        standards.current(null, null).forEach(s -> labels.put(s.id(), s.label()));
        var links = new HashMap<Long, List<StandardRef>>();
        jdbc.sql("""
                        select qs.question_id, qs.standard_id from audit_question_standard qs
                        join audit_question q on q.id = qs.question_id where q.template_version_id = :id
                        order by qs.question_id, qs.standard_id
                        """)
                .param("id", versionId)
                .query((rs, n) -> {
                    long standard = rs.getLong("standard_id");
                    links.computeIfAbsent(rs.getLong("question_id"), k -> new ArrayList<>())
                            .add(new StandardRef(standard, labels.getOrDefault(standard, "Withdrawn standard")));
                    return null;
                })
                .list();
        var questions = new HashMap<Long, List<Question>>();
        jdbc.sql("""
                        select id, section_id, position, text, guidance, answer_type, required from audit_question
                        where template_version_id = :id order by section_id, position, id
                        """)
                .param("id", versionId)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    questions
                            .computeIfAbsent(rs.getLong("section_id"), k -> new ArrayList<>())
                            .add(new Question(
                                    id,
                                    rs.getInt("position"),
                                    rs.getString("text"),
                                    rs.getString("guidance"),
                                    AnswerType.valueOf(rs.getString("answer_type")),
                                    rs.getBoolean("required"),
                                    links.getOrDefault(id, List.of())));
                    return null;
                })
                .list();
        var sections = jdbc.sql(
                        "select id, position, title from audit_section where template_version_id = :id order by position, id")
                .param("id", versionId)
                .query((rs, n) -> new Section(
                        rs.getLong("id"),
                        rs.getInt("position"),
                        rs.getString("title"),
                        questions.getOrDefault(rs.getLong("id"), List.of())))
                .list();
        var v = head.get();
        return Optional.of(new TemplateVersion(
                v.id(),
                v.templateId(),
                v.name(),
                v.service(),
                v.version(),
                v.description(),
                v.status(),
                v.lockVersion(),
                v.publishedBy(),
                v.publishedAt(),
                sections));
    }

    /** Published versions, newest first, for choosing a programme's template. */
    @Transactional(readOnly = true)
    public Map<Long, String> publishedVersions() {
        var found = new LinkedHashMap<Long, String>();
        jdbc.sql("""
                        select v.id, t.name, v.version from audit_template_version v
                        join audit_template t on t.id = v.template_id
                        where v.status = 'PUBLISHED' order by t.name, v.version desc
                        """)
                .query((rs, n) ->
                        found.put(rs.getLong("id"), rs.getString("name") + " (version " + rs.getInt("version") + ")"))
                .list();
        return found;
    }

    /** A new template, as a draft version 1 with no sections yet. */
    @Transactional
    public long create(String name, CareService service, String description, String username) {
        boolean taken = jdbc.sql("select count(*) from audit_template where lower(name) = lower(:name)")
                        .param("name", name)
                        .query(Long.class)
                        .single()
                > 0;
        if (taken) {
            throw new Refused("name", "There is already a template called " + name);
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into audit_template (name, service) values (:name, :service)")
                .param("name", name)
                .param("service", service.name())
                .update(keys, "id");
        return insertVersion(keys.getKeyAs(Long.class), 1, description, username);
    }

    @Transactional
    public long addSection(long versionId, String title) {
        var v = draft(versionId);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into audit_section (template_version_id, position, title) values (:v, :p, :t)")
                .param("v", versionId)
                .param("p", v.sections().size() + 1)
                .param("t", title)
                .update(keys, "id");
        touch(versionId);
        return keys.getKeyAs(Long.class);
    }

    @Transactional
    public long addQuestion(long versionId, long sectionId, NewQuestion question) {
        var v = draft(versionId);
        var section = v.sections().stream()
                .filter(s -> s.id() == sectionId)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No section " + sectionId + " in this version"));
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into audit_question
                            (section_id, template_version_id, position, text, guidance, answer_type, required)
                        values (:s, :v, :p, :text, :guidance, :type, :required)
                        """)
                .param("s", sectionId)
                .param("v", versionId)
                .param("p", section.questions().size() + 1)
                .param("text", question.text())
                .param("guidance", question.guidance())
                .param("type", question.type().name())
                .param("required", question.required())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        for (long standard : question.standardIds()) {
            jdbc.sql("insert into audit_question_standard (question_id, standard_id) values (:q, :s)")
                    .param("q", id)
                    .param("s", standard)
                    .update();
        }
        touch(versionId);
        return id;
    }

    @Transactional
    public void removeQuestion(long versionId, long questionId) {
        draft(versionId);
        jdbc.sql("delete from audit_question_standard where question_id = :q")
                .param("q", questionId)
                .update();
        jdbc.sql("delete from audit_question where id = :q and template_version_id = :v")
                .param("q", questionId)
                .param("v", versionId)
                .update();
        touch(versionId);
    }

    /** Freezes the version. {@code lockVersion} is the draft the person reviewed: a later edit refuses the publish. */
    @Transactional
    public void publish(long versionId, int lockVersion, String username) {
        var v = draft(versionId);
        if (v.questions().isEmpty()) {
            throw new Refused("Add at least one question before publishing");
        }
        int updated = jdbc.sql("""
                        update audit_template_version set status = 'PUBLISHED', published_by = :by, published_at = :at,
                            lock_version = lock_version + 1
                        where id = :id and status = 'DRAFT' and lock_version = :lock
                        """)
                .param("by", username)
                .param("at", Timestamp.from(clock.instant()))
                .param("id", versionId)
                .param("lock", lockVersion)
                .update();
        if (updated == 0) {
            throw new Stale("The draft changed since you opened it. Check the questions below, then publish again.");
        }
    }

    /** Copies the newest version of the template into a new draft, sections, questions and links included. */
    @Transactional
    public long newVersion(long templateId, String username) {
        var latest = jdbc.sql("select id, version, status from audit_template_version where template_id = :t"
                        + " order by version desc fetch first 1 rows only")
                .param("t", templateId)
                .query((rs, n) -> new long[] {
                    rs.getLong("id"), rs.getInt("version"), "DRAFT".equals(rs.getString("status")) ? 1 : 0
                })
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("No template " + templateId));
        if (latest[2] == 1) {
            return latest[0];
        }
        var from = version(latest[0]).orElseThrow();
        long copy = insertVersion(templateId, (int) latest[1] + 1, from.description(), username);
        for (var section : from.sections()) {
            long sectionId = addSection(copy, section.title());
            for (var q : section.questions()) {
                addQuestion(
                        copy,
                        sectionId,
                        new NewQuestion(
                                q.text(),
                                q.guidance(),
                                q.type(),
                                q.required(),
                                q.standards().stream().map(StandardRef::id).toList()));
            }
        }
        return copy;
    }

    private long insertVersion(long templateId, int version, String description, String username) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into audit_template_version
                            (template_id, version, description, status, created_by, created_at)
                        values (:t, :v, :d, 'DRAFT', :by, :at)
                        """)
                .param("t", templateId)
                .param("v", version)
                .param("d", description)
                .param("by", username)
                .param("at", Timestamp.from(clock.instant()))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    private TemplateVersion draft(long versionId) {
        var v = version(versionId).orElseThrow(() -> new IllegalArgumentException("No template version " + versionId));
        if (v.published()) {
            throw new Refused("Version " + v.version() + " of " + v.name()
                    + " is published, so it cannot be changed: audits rely on it. Make a new version to change it.");
        }
        return v;
    }

    private void touch(long versionId) {
        jdbc.sql("update audit_template_version set lock_version = lock_version + 1 where id = :id")
                .param("id", versionId)
                .update();
    }
}
