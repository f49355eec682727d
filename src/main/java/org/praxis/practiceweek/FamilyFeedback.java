package org.praxis.practiceweek;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.praxis.accesslog.AccessLog;
import org.praxis.web.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What families and children tell us through the public form: kept apart from case data, slowed when one
 * connection sends too many, guarded against robots by a hidden field and a signed time stamp (no third-party
 * captcha), and quoted only when the person agreed and the QA lead approved.
 */
@Service
public class FamilyFeedback {

    public enum FormVersion {
        STANDARD,
        EASY_READ,
        CHILDREN
    }

    public enum Who {
        PARENT_OR_CARER("A parent or carer"),
        CHILD_OR_YOUNG_PERSON("A child or young person"),
        ADULT_USING_SERVICES("An adult who gets support"),
        FAMILY_MEMBER_OR_FRIEND("A family member or friend"),
        SOMEONE_ELSE("Someone else");

        private final String label;

        Who(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Given(
            FormVersion version,
            Who who,
            String service,
            String wentWell,
            String couldBeBetter,
            String anythingElse,
            boolean mayQuote,
            String name,
            String contact) {}

    record Received(
            long id,
            FormVersion version,
            Who who,
            String service,
            String wentWell,
            String couldBeBetter,
            String anythingElse,
            boolean mayQuote,
            boolean quoteApproved,
            OffsetDateTime receivedAt,
            String name,
            String contact,
            String quoteText) {

        /** What the report quotes: the edited quote, or what the person wrote. */
        public String quoted() {
            return quoteText != null
                    ? quoteText
                    : wentWell != null ? wentWell : couldBeBetter != null ? couldBeBetter : anythingElse;
        }
    }

    /** A person takes longer than this to read and fill in the form; a robot does not. */
    static final Duration QUICKEST_HUMAN = Duration.ofSeconds(3);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccessLog accessLog;
    private final FeedbackFormProperties settings;
    private final byte[] secret;

    FamilyFeedback(JdbcClient jdbc, Clock clock, AccessLog accessLog, FeedbackFormProperties settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accessLog = accessLog;
        this.settings = settings;
        // Without a configured secret, one per start: a form opened before a restart is simply sent again.
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        this.secret = settings.secret().isBlank() ? bytes : settings.secret().getBytes(StandardCharsets.UTF_8);
    }

    FeedbackFormProperties settings() {
        return settings;
    }

    /** The stamp the form carries: when it was opened, signed so it cannot be made up. */
    String stamp() {
        long now = clock.millis();
        return now + "." + sign("form:" + now);
    }

    /**
     * True when the stamp is genuine, the form was open long enough for a person to fill it in, and not so long that
     * the stamp has expired.
     */
    boolean humanPaced(String stamp) {
        if (stamp == null || !stamp.matches("\\d{1,15}\\.[0-9a-f]{64}")) {
            return false;
        }
        var parts = stamp.split("\\.");
        if (!sign("form:" + parts[0]).equals(parts[1])) {
            return false;
        }
        var opened = Instant.ofEpochMilli(Long.parseLong(parts[0]));
        var now = clock.instant();
        return !opened.plus(QUICKEST_HUMAN).isAfter(now)
                && !opened.plus(settings.stampLifetime()).isBefore(now);
    }

    /**
     * Uses the stamp up: false when it was used before (a replayed send). Kept until it would have expired anyway;
     * older ones are cleared as new ones come.
     */
    boolean firstUseOf(String stamp) {
        var now = clock.instant();
        jdbc.sql("delete from feedback_stamp_used where used_at < ?")
                .param(Timestamp.from(now.minus(settings.stampLifetime()).minus(QUICKEST_HUMAN)))
                .update();
        try {
            jdbc.sql("insert into feedback_stamp_used (stamp, used_at) values (?, ?)")
                    .params(sign("used:" + stamp), Timestamp.from(now))
                    .update();
            return true;
        } catch (org.springframework.dao.DuplicateKeyException usedBefore) {
            return false;
        }
    }

    /** A key for one week's form, for the cap on sends through it from all addresses together. */
    String formKey(long weekId) {
        return "form:" + weekId;
    }

    /** A key for the client address that cannot be turned back into the address. */
    String clientKey(String address) {
        return "feedback:" + sign("client:" + address).substring(0, 40);
    }

    private String sign(String text) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Counts a send from this client address and through this week's form, and says whether it may go ahead (both
     * under their limits). Counted in the database, so every instance agrees; a new window starts after the
     * window's length.
     */
    @Transactional
    Limit allowed(String clientKey, long weekId) {
        if (!allowed(clientKey, settings.sendsPerAddress())) {
            return Limit.ADDRESS;
        }
        return allowed(formKey(weekId), settings.sendsPerForm()) ? Limit.NONE : Limit.FORM;
    }

    /** Which limit, if any, a send ran into. */
    enum Limit {
        NONE,
        ADDRESS,
        FORM
    }

    private boolean allowed(String clientKey, int limit) {
        var now = clock.instant();
        var window = jdbc.sql("select window_started_at, submissions from feedback_rate_limit where client_key = ?")
                .param(clientKey)
                .query((rs, n) -> new Object[] {rs.getObject(1, OffsetDateTime.class), rs.getInt(2)})
                .optional();
        if (window.isEmpty()) {
            try {
                jdbc.sql(
                                "insert into feedback_rate_limit (client_key, window_started_at, submissions) values (?, ?, 1)")
                        .params(clientKey, Timestamp.from(now))
                        .update();
                return true;
            } catch (org.springframework.dao.DuplicateKeyException e) {
                return allowed(clientKey, limit);
            }
        }
        var started = ((OffsetDateTime) window.get()[0]).toInstant();
        if (started.plus(settings.window()).isBefore(now)) {
            jdbc.sql("update feedback_rate_limit set window_started_at = ?, submissions = 1 where client_key = ?")
                    .params(Timestamp.from(now), clientKey)
                    .update();
            return true;
        }
        if ((Integer) window.get()[1] >= limit) {
            return false;
        }
        jdbc.sql("update feedback_rate_limit set submissions = submissions + 1 where client_key = ?")
                .param(clientKey)
                .update();
        return true;
    }

    @Transactional
    long receive(long weekId, Given given) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into family_feedback (week_id, form_version, who, service, went_well, could_be_better,
                            anything_else, may_quote, received_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        weekId,
                        given.version().name(),
                        given.who().name(),
                        given.service(),
                        given.wentWell(),
                        given.couldBeBetter(),
                        given.anythingElse(),
                        given.mayQuote(),
                        Timestamp.from(clock.instant()))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        if (given.name() != null || given.contact() != null) {
            jdbc.sql("insert into family_feedback_contact (feedback_id, name, contact) values (?, ?, ?)")
                    .params(id, given.name(), given.contact())
                    .update();
        }
        return id;
    }

    /** Everything received for the week, newest first, with contact details: for QA leads (access-logged). */
    @Transactional
    List<Received> forWeek(long weekId) {
        var rows = jdbc.sql("""
                        select f.id, f.form_version, f.who, f.service, f.went_well, f.could_be_better, f.anything_else,
                            f.may_quote, f.quote_approved, f.received_at, c.name, c.contact, f.quote_text
                        from family_feedback f left join family_feedback_contact c on c.feedback_id = f.id
                        where f.week_id = ? order by f.received_at desc, f.id desc
                        """)
                .param(weekId)
                .query((rs, n) -> new Received(
                        rs.getLong(1),
                        FormVersion.valueOf(rs.getString(2)),
                        Who.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getBoolean(8),
                        rs.getBoolean(9),
                        rs.getObject(10, OffsetDateTime.class),
                        rs.getString(11),
                        rs.getString(12),
                        rs.getString(13)))
                .list();
        accessLog.viewed("Practice Week family feedback", weekId);
        return rows;
    }

    /** Approves or withdraws a quote; only feedback whose writer agreed to be quoted can be approved. */
    @Transactional
    boolean approveQuote(long weekId, long feedbackId, boolean approved, String username) {
        int changed = jdbc.sql("""
                        update family_feedback set quote_approved = ?, quote_approved_by = ?
                        where id = ? and week_id = ? and (may_quote = true or ? = false)
                        """)
                .params(approved, approved ? username : null, feedbackId, weekId, approved)
                .update();
        accessLog.changed("Practice Week family feedback", feedbackId);
        return changed == 1;
    }

    /**
     * Changes what the report quotes from an approved quote (to take out a name, say). What the person wrote is kept as
     * they wrote it and is no longer what the report shows. Refused for a quote not approved, or an empty one.
     */
    @Transactional
    void editQuote(long weekId, long feedbackId, String text, String username) {
        var quote = text == null ? "" : text.strip();
        if (quote.isEmpty()) {
            throw new Refused("Enter the quote as the report should show it");
        }
        if (quote.length() > 5000) {
            throw new Refused("The quote must be 5,000 characters or fewer");
        }
        int changed = jdbc.sql("""
                        update family_feedback set quote_text = ?, quote_edited_by = ?, quote_edited_at = ?
                        where id = ? and week_id = ? and quote_approved = true and may_quote = true
                        """)
                .params(quote, username, java.sql.Timestamp.from(clock.instant()), feedbackId, weekId)
                .update();
        if (changed == 0) {
            throw new Refused("Only an approved quote can be edited");
        }
        accessLog.changed("Practice Week family feedback", feedbackId);
    }
}
