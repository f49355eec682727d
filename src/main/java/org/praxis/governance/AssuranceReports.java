package org.praxis.governance;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.praxis.documents.ReportPeriod;
import org.praxis.documents.ReportSection;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.RecordAccess;
import org.praxis.identity.RecordRefused;
import org.praxis.web.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quarterly practice assurance report: versions of a quarter's report moving from draft to published, the
 * narrative of each section, and publishing, which stores every section's figures and charts as they were.
 */
@Service
@Transactional
class AssuranceReports {

    record ReportRow(
            long id,
            ReportPeriod period,
            int version,
            ReportStatus status,
            LocalDateTime createdAt,
            LocalDateTime publishedAt) {}

    record Move(ReportStatus status, String by, LocalDateTime at, String note) {}

    /**
     * A version of a quarter's report with its sections: as stored when published, else as they stand now ({@code
     * dataTakenAt} is then this moment).
     */
    record Report(
            long id,
            ReportPeriod period,
            int version,
            ReportStatus status,
            LocalDateTime dataTakenAt,
            List<ReportSection> sections,
            java.util.Set<String> failed,
            Map<String, String> narratives,
            String publishReason,
            String publishedBy,
            LocalDateTime publishedAt,
            int lockVersion,
            List<Move> history) {

        public boolean published() {
            return status == ReportStatus.PUBLISHED;
        }

        public String narrative(String key) {
            return narratives.getOrDefault(key, "");
        }

        /** The sections with nothing written for them yet. */
        public List<ReportSection> withoutNarrative() {
            return sections.stream().filter(s -> narrative(s.key()).isBlank()).toList();
        }

        public String title() {
            return "Practice assurance report, " + period.label();
        }
    }

    private static final String ROW_COLUMNS =
            "select id, period_code, version, status, created_at, published_at from assurance_report";
    private static final org.springframework.jdbc.core.RowMapper<ReportRow> ROW = (rs, n) -> new ReportRow(
            rs.getLong(1),
            ReportPeriod.parse(rs.getString(2)),
            rs.getInt(3),
            ReportStatus.valueOf(rs.getString(4)),
            rs.getTimestamp(5).toLocalDateTime(),
            rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toLocalDateTime());

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<ReportSection>> SECTIONS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ReportComposition composition;
    private final Clock clock;
    private final org.praxis.identity.StaffAccounts accounts;

    AssuranceReports(
            JdbcClient jdbc, ReportComposition composition, Clock clock, org.praxis.identity.StaffAccounts accounts) {
        this.jdbc = jdbc;
        this.composition = composition;
        this.clock = clock;
        this.accounts = accounts;
    }

    /** Every version the reader may open, latest quarter first. */
    @Transactional(readOnly = true)
    List<ReportRow> reports(CurrentUser reader) {
        return jdbc.sql(ROW_COLUMNS + " order by period_code desc, version desc").query(ROW).list().stream()
                .filter(r -> RecordAccess.mayReadAssuranceReport(reader, r.status() == ReportStatus.PUBLISHED))
                .toList();
    }

    /** Starts the first version of a quarter's report, in draft. */
    long start(ReportPeriod period, String username) {
        if (!period.to().isBefore(java.time.LocalDate.now(clock).plusMonths(3))) {
            throw new Refused("period", "Choose a quarter that has begun");
        }
        var existing = versionsOf(period);
        if (!existing.isEmpty()) {
            throw new Refused(
                    "period",
                    "There is already a report for " + period.label() + ": open it from the list"
                            + (existing.getFirst().status() == ReportStatus.PUBLISHED
                                    ? " and make a new version of it"
                                    : ""));
        }
        return insert(period, 1, username);
    }

    /** A new draft version of a published report, with its narrative to start from. */
    long newVersion(long publishedId, String username) {
        var published = row(publishedId).orElseThrow(org.praxis.web.NotFound::new);
        if (published.status() != ReportStatus.PUBLISHED) {
            throw new Refused("Only a published report gets a new version: this one can still be changed");
        }
        var latest = versionsOf(published.period()).getFirst();
        if (latest.status() != ReportStatus.PUBLISHED) {
            throw new Refused("Version " + latest.version() + " of this quarter's report is already being written: "
                    + "change that one");
        }
        long id = insert(published.period(), latest.version() + 1, username);
        jdbc.sql("insert into assurance_report_narrative (report_id, section_key, body, updated_by, updated_at)"
                        + " select ?, section_key, body, ?, ? from assurance_report_narrative where report_id = ?")
                .params(id, username, Timestamp.from(clock.instant()), publishedId)
                .update();
        return id;
    }

    private long insert(ReportPeriod period, int version, String username) {
        var now = Timestamp.from(clock.instant());
        jdbc.sql("insert into assurance_report (period_code, version, status, created_by, created_at)"
                        + " values (?, ?, 'DRAFT', ?, ?)")
                .params(period.code(), version, username, now)
                .update();
        long id = jdbc.sql("select id from assurance_report where period_code = ? and version = ?")
                .params(period.code(), version)
                .query(Long.class)
                .single();
        history(id, ReportStatus.DRAFT, username, version == 1 ? null : "New version of a published report");
        return id;
    }

    /** The report, if the reader may open it: refused (and logged as refused) otherwise. */
    @Transactional(readOnly = true)
    Optional<Report> report(long id, CurrentUser reader) {
        var report = load(id);
        report.ifPresent(r -> {
            if (!RecordAccess.mayReadAssuranceReport(reader, r.published())) {
                throw new RecordRefused("assurance report", id, "Only published reports are open to committee members");
            }
        });
        return report;
    }

    /** The latest published version for a quarter, else its latest version: for the command line. */
    @Transactional(readOnly = true)
    Optional<Report> forPeriod(ReportPeriod period) {
        var versions = versionsOf(period);
        return versions.stream()
                .filter(r -> r.status() == ReportStatus.PUBLISHED)
                .findFirst()
                .or(() -> versions.stream().findFirst())
                .flatMap(r -> load(r.id()));
    }

    void saveNarrative(long id, String sectionKey, String body, int lockVersion, String username) {
        var report = row(id).orElseThrow(org.praxis.web.NotFound::new);
        refuseUnlessEditable(report.status());
        if (!composition.keys().contains(sectionKey)) {
            throw new org.praxis.web.NotFound();
        }
        touch(id, lockVersion);
        var now = Timestamp.from(clock.instant());
        var text = body == null ? "" : body.strip();
        jdbc.sql("delete from assurance_report_narrative where report_id = ? and section_key = ?")
                .params(id, sectionKey)
                .update();
        if (!text.isEmpty()) {
            jdbc.sql("insert into assurance_report_narrative (report_id, section_key, body, updated_by, updated_at)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(id, sectionKey, text, username, now)
                    .update();
        }
    }

    static void refuseUnlessEditable(ReportStatus status) {
        switch (status) {
            case PUBLISHED ->
                throw new Refused("A published report cannot be changed: make a new version of it to change it");
            case APPROVED -> throw new Refused("An approved report cannot be changed: send it back to draft first");
            default -> {}
        }
    }

    /**
     * Moves the report on. Publishing stores every section as it stands now with the moment the data was taken; a
     * section with nothing written is allowed only with a reason, and a section that could not be put together is
     * not allowed.
     */
    void move(long id, ReportStatus next, String note, int lockVersion, String username) {
        var report = row(id).orElseThrow(org.praxis.web.NotFound::new);
        if (!report.status().canMoveTo(next)) {
            if (report.status() == ReportStatus.PUBLISHED) {
                refuseUnlessEditable(ReportStatus.PUBLISHED);
            }
            throw new Refused("A report " + report.status().label().toLowerCase(java.util.Locale.UK)
                    + " cannot be moved to " + next.label().toLowerCase(java.util.Locale.UK));
        }
        var tidyNote = note == null || note.isBlank() ? null : note.strip();
        if (next == ReportStatus.APPROVED && username.equals(sentForReviewBy(id))) {
            throw new Refused("Someone other than the person who sent the report for review approves it: ask a leader");
        }
        if (next == ReportStatus.PUBLISHED && !report.period().to().isBefore(java.time.LocalDate.now(clock))) {
            throw new Refused("A quarter’s report is published once the quarter has ended ("
                    + Dates.words(report.period().to()) + ")");
        }
        if (next == ReportStatus.PUBLISHED) {
            var composed = composition.sections(report.period());
            if (!composed.failed().isEmpty()) {
                throw new Refused("Some sections could not be put together (" + String.join(", ", composed.failed())
                        + "): publish when they can");
            }
            var narratives = narratives(id);
            var without = composed.sections().stream()
                    .filter(s -> narratives.getOrDefault(s.key(), "").isBlank())
                    .map(ReportSection::title)
                    .toList();
            if (!without.isEmpty() && tidyNote == null) {
                throw new Refused(
                        "reason",
                        "Nothing is written for " + String.join(", ", without)
                                + ": write it, or give the reason to publish without it");
            }
            var now = clock.instant();
            int changed = jdbc.sql("update assurance_report set status = 'PUBLISHED', frozen_sections = ?,"
                            + " data_taken_at = ?, publish_reason = ?, published_by = ?, published_at = ?,"
                            + " lock_version = lock_version + 1 where id = ? and lock_version = ? and status = ?")
                    .params(
                            JSON.writeValueAsString(composed.sections()).getBytes(StandardCharsets.UTF_8),
                            Timestamp.from(now),
                            without.isEmpty() ? null : tidyNote,
                            username,
                            Timestamp.from(now),
                            id,
                            lockVersion,
                            report.status().name())
                    .update();
            if (changed == 0) {
                throw stale();
            }
        } else {
            int changed = jdbc.sql("update assurance_report set status = ?, lock_version = lock_version + 1"
                            + " where id = ? and lock_version = ? and status = ?")
                    .params(next.name(), id, lockVersion, report.status().name())
                    .update();
            if (changed == 0) {
                throw stale();
            }
        }
        history(id, next, username, tidyNote);
    }

    /** Who last sent the report for review, or null. */
    @Transactional(readOnly = true)
    String sentForReviewBy(long id) {
        return jdbc
                .sql("select moved_by from assurance_report_history where report_id = ? and status = 'REVIEW'"
                        + " order by moved_at desc, id desc")
                .param(id)
                .query(String.class)
                .list()
                .stream()
                .findFirst()
                .orElse(null);
    }

    @Transactional(readOnly = true)
    int lockVersionOf(long id) {
        return jdbc.sql("select lock_version from assurance_report where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    private void touch(long id, int lockVersion) {
        int changed = jdbc.sql("update assurance_report set lock_version = lock_version + 1"
                        + " where id = ? and lock_version = ?")
                .params(id, lockVersion)
                .update();
        if (changed == 0) {
            throw stale();
        }
    }

    private static Refused stale() {
        return new Refused("Someone changed this report after you opened it: look at it again");
    }

    private void history(long id, ReportStatus status, String username, String note) {
        jdbc.sql("insert into assurance_report_history (report_id, status, moved_by, moved_at, note)"
                        + " values (?, ?, ?, ?, ?)")
                .params(id, status.name(), username, Timestamp.from(clock.instant()), note)
                .update();
    }

    private List<ReportRow> versionsOf(ReportPeriod period) {
        return jdbc.sql(ROW_COLUMNS + " where period_code = ? order by version desc")
                .param(period.code())
                .query(ROW)
                .list();
    }

    private Optional<ReportRow> row(long id) {
        return jdbc.sql(ROW_COLUMNS + " where id = ?").param(id).query(ROW).optional();
    }

    private Map<String, String> narratives(long id) {
        var narratives = new LinkedHashMap<String, String>();
        jdbc.sql("select section_key, body from assurance_report_narrative where report_id = ?")
                .param(id)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(e -> narratives.put(e.getKey(), e.getValue()));
        return narratives;
    }

    /** A report's row as stored: its sections only once published. */
    private record Stored(
            ReportPeriod period,
            int version,
            ReportStatus status,
            LocalDateTime dataTakenAt,
            byte[] frozen,
            String publishReason,
            String publishedBy,
            LocalDateTime publishedAt,
            int lockVersion) {}

    private Optional<Report> load(long id) {
        return jdbc.sql("select period_code, version, status, data_taken_at, frozen_sections, publish_reason,"
                        + " published_by, published_at, lock_version from assurance_report where id = ?")
                .param(id)
                .query((rs, n) -> new Stored(
                        ReportPeriod.parse(rs.getString(1)),
                        rs.getInt(2),
                        ReportStatus.valueOf(rs.getString(3)),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toLocalDateTime(),
                        rs.getBytes(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toLocalDateTime(),
                        rs.getInt(9)))
                .optional()
                .map(stored -> {
                    // Published: the sections as stored. Otherwise composed now, after the row is read.
                    var composed = stored.frozen() != null
                            ? new ReportComposition.Composed(
                                    JSON.readValue(new String(stored.frozen(), StandardCharsets.UTF_8), SECTIONS),
                                    java.util.Set.of())
                            : composition.sections(stored.period());
                    return new Report(
                            id,
                            stored.period(),
                            stored.version(),
                            stored.status(),
                            stored.frozen() != null ? stored.dataTakenAt() : LocalDateTime.now(clock),
                            composed.sections(),
                            composed.failed(),
                            narratives(id),
                            stored.publishReason(),
                            stored.publishedBy(),
                            stored.publishedAt(),
                            stored.lockVersion(),
                            moves(id));
                });
    }

    /** The report's moves, each by the person's name (the history keeps the username). */
    private List<Move> moves(long id) {
        var moves = jdbc.sql("select status, moved_by, moved_at, note from assurance_report_history"
                        + " where report_id = ? order by moved_at, id")
                .param(id)
                .query((rs, n) -> new Move(
                        ReportStatus.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getTimestamp(3).toLocalDateTime(),
                        rs.getString(4)))
                .list();
        var names = accounts.namesOf(moves.stream().map(Move::by).toList());
        return new ArrayList<>(moves.stream()
                .map(m -> new Move(m.status(), names.get(m.by()), m.at(), m.note()))
                .toList());
    }
}
