package org.praxis.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts failed sign-ins per username and per client address and locks either for a while after too
 * many. Keys are hashes, and unknown usernames are counted exactly like real ones, so the lockout
 * tells an attacker nothing about which accounts exist. Kept in the database so every instance agrees.
 */
@Service
class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration lockout;

    SignInThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${praxis.sign-in.max-failures}") int maxFailures,
            @Value("${praxis.sign-in.max-failures-per-address}") int maxFailuresPerAddress,
            @Value("${praxis.sign-in.lockout}") Duration lockout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.lockout = lockout;
    }

    Duration lockout() {
        return lockout;
    }

    boolean isLocked(String username, String address) {
        var now = clock.instant();
        return lockedUntil(userKey(username)).filter(now::isBefore).isPresent()
                || lockedUntil(addressKey(address)).filter(now::isBefore).isPresent();
    }

    void recordFailure(String username, String address) {
        count(userKey(username), maxFailures);
        count(addressKey(address), maxFailuresPerAddress);
    }

    void recordSuccess(String username) {
        jdbc.sql("delete from sign_in_throttle where throttle_key = ?")
                .param(userKey(username))
                .update();
    }

    private Optional<Instant> lockedUntil(String key) {
        return jdbc.sql("select locked_until from sign_in_throttle where throttle_key = ?")
                .param(key)
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .optional()
                .flatMap(o -> o);
    }

    private void count(String key, int limit) {
        var now = clock.instant();
        var windowStart = Timestamp.from(now.minus(lockout));
        // A failure after the window (or after a lock ended) starts a fresh count. locked_until is set first
        // and window_started_at last because H2 evaluates SET clauses in order (PostgreSQL uses old values).
        int updated = jdbc.sql("""
                        update sign_in_throttle
                           set locked_until = case
                                   when window_started_at >= :windowStart and failures + 1 >= :limit then :lockedUntil
                                   else locked_until end,
                               failures = case when window_started_at < :windowStart then 1 else failures + 1 end,
                               window_started_at = case when window_started_at < :windowStart then :now else window_started_at end
                         where throttle_key = :key
                        """)
                .param("windowStart", windowStart)
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .param("lockedUntil", Timestamp.from(now.plus(lockout)))
                .param("key", key)
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into sign_in_throttle (throttle_key, failures, window_started_at, locked_until)"
                                + " values (?, 1, ?, ?)")
                        .params(key, Timestamp.from(now), limit <= 1 ? Timestamp.from(now.plus(lockout)) : null)
                        .update();
            } catch (DuplicateKeyException raceWithAnotherInstance) {
                count(key, limit);
            }
        }
    }

    private static String userKey(String username) {
        return "user:" + sha256(AccountDetailsService.normalise(username));
    }

    private static String addressKey(String address) {
        return "addr:" + sha256(address == null ? "" : address);
    }

    private static String sha256(String value) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
