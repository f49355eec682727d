package org.praxis.actions;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.praxis.accesslog.AccessLog;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.RecordRefused;
import org.praxis.identity.Role;
import org.praxis.web.Refused;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Files of evidence kept with an action (decision 0028): checked by content and size as they arrive, stored in the
 * database in the same transaction as the note in the action's history, and written to the access log each time one
 * is opened.
 */
@Service
public class EvidenceFiles {

    record EvidenceFile(
            long id, String fileName, String kind, long sizeBytes, String uploadedBy, LocalDateTime uploadedAt) {

        /** "PDF, 120 KB". */
        public String description() {
            return kind + ", " + size(sizeBytes);
        }
    }

    /** The form field a file's problem is shown against. */
    static final String FIELD = "evidenceFile";

    record Content(String fileName, String contentType, byte[] bytes) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Actions actions;
    private final AccessLog accessLog;
    private final DataSize maxSize;
    private final int maxFiles;

    EvidenceFiles(
            JdbcClient jdbc,
            Clock clock,
            Actions actions,
            AccessLog accessLog,
            @Value("${praxis.actions.evidence.max-file-size:10MB}") DataSize maxSize,
            @Value("${praxis.actions.evidence.max-files:20}") int maxFiles) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.actions = actions;
        this.accessLog = accessLog;
        this.maxSize = maxSize;
        this.maxFiles = maxFiles;
    }

    /** "10 MB": the largest file taken, in words. */
    String limitText() {
        return size(maxSize.toBytes());
    }

    /** The owner, the person who raised the action and QA leads add evidence while the action is not finished. */
    static boolean mayAdd(Actions.Action action, CurrentUser user) {
        return !action.status().finished()
                && (action.ownerUserId() == user.userId()
                        || user.has(Role.QA_LEAD)
                        || (action.raisedByUserId() != null && action.raisedByUserId() == user.userId()));
    }

    @Transactional(readOnly = true)
    List<EvidenceFile> of(long actionId) {
        return jdbc.sql("select id, file_name, kind, size_bytes, uploaded_by, uploaded_at from action_evidence_file"
                        + " where action_id = ? order by id")
                .param(actionId)
                .query((rs, n) -> new EvidenceFile(
                        rs.getLong(1),
                        rs.getString(2),
                        EvidenceFileType.valueOf(rs.getString(3)).label(),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toLocalDateTime()))
                .list();
    }

    /**
     * Adds a file to the action's evidence. It is read no further than the size limit; its type is decided from its
     * content and must agree with its name. Refused with a sentence naming the problem.
     */
    @Transactional
    public long add(long actionId, String originalName, InputStream in, CurrentUser user) throws IOException {
        var action = actions.action(actionId).orElseThrow(() -> new Refused("There is no such action"));
        if (!Actions.maySee(action, user)) {
            throw new RecordRefused("Action", actionId, "Action outside the user's scope");
        }
        if (!mayAdd(action, user)) {
            throw new Refused(
                    action.status().finished()
                            ? "The action is " + action.status().label().toLowerCase(java.util.Locale.ROOT)
                                    + ": no more evidence can be added"
                            : "Only the owner, the person who raised the action or a quality assurance lead adds evidence");
        }
        var name = safeName(originalName);
        if (name.isEmpty()) {
            throw new Refused(FIELD, "Choose a file to add");
        }
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxSize.toBytes() + 1));
        if (bytes.length == 0) {
            throw new Refused(FIELD, "The file " + name + " is empty");
        }
        if (bytes.length > maxSize.toBytes()) {
            throw new Refused(FIELD, "The file " + name + " must be smaller than " + limitText());
        }
        var type = EvidenceFileType.of(name, bytes);
        if (type.type().isEmpty()) {
            throw new Refused(
                    FIELD,
                    type.problem()
                            .replace("The file is", "The file " + name + " is")
                            .replace("The file must", "The file " + name + " must"));
        }
        long already = jdbc.sql("select count(*) from action_evidence_file where action_id = ?")
                .param(actionId)
                .query(Long.class)
                .single();
        if (already >= maxFiles) {
            throw new Refused(FIELD, "An action can have up to " + maxFiles + " evidence files");
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into action_evidence_file (action_id, file_name, content_type, kind, size_bytes, sha256,
                            content, uploaded_by, uploaded_by_user_id, uploaded_at)
                        values (:action, :name, :type, :kind, :size, :sha, :content, :by, :byId, :at)
                        """)
                .param("action", actionId)
                .param("name", name)
                .param("type", type.type().get().contentType())
                .param("kind", type.type().get().name())
                .param("size", bytes.length)
                .param("sha", sha256(bytes))
                .param("content", bytes)
                .param("by", user.displayName())
                .param("byId", user.userId())
                .param("at", Timestamp.from(clock.instant()))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        actions.note(actionId, action.status(), user.displayName(), "Evidence file added: " + name);
        accessLog.changed("Action evidence file", id);
        return id;
    }

    /** One file, for someone who may see its action; the opening is written to the access log with the read. */
    @Transactional
    Optional<Content> open(long actionId, long fileId, CurrentUser user) {
        var action = actions.action(actionId);
        if (action.isEmpty()) {
            return Optional.empty();
        }
        if (!Actions.maySee(action.get(), user)) {
            throw new RecordRefused("Action evidence file", fileId, "Action outside the user's scope");
        }
        var found = jdbc.sql("select file_name, content_type, content from action_evidence_file"
                        + " where id = ? and action_id = ?")
                .params(fileId, actionId)
                .query((rs, n) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
        found.ifPresent(f -> accessLog.viewed("Action evidence file", fileId));
        return found;
    }

    /** The name without any folder, control characters or characters a header or a file system would misread. */
    static String safeName(String original) {
        if (original == null) {
            return "";
        }
        var name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>:|?*;]", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String size(long bytes) {
        if (bytes >= 1L << 20) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20))
                    .replace(".0 MB", " MB");
        }
        if (bytes >= 1L << 10) {
            return (bytes >> 10) + " KB";
        }
        return bytes + " bytes";
    }
}
