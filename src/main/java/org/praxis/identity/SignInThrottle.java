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
 * Counts failed sign-ins three ways so that an attacker cannot lock other people out (decision 0027):
 *
 * <ul>
 *   <li>per username and address together: after {@code max-failures} that username is locked from that address for
 *       the lockout, even with the right password;
 *   <li>per username from anywhere: after {@code backoff-after} failures each further failure makes the next attempt
 *       wait twice as long as the one before (1 s, 2 s, 4 s … up to {@code backoff-longest}), which slows guessing
 *       spread over many addresses without a long lockout;
 *   <li>per address: after {@code max-failures-per-address} failures of any usernames, every further failure from it
 *       is answered "too many attempts"; a person with a known username and the right password still signs in, and
 *       their success clears the address's count.
 * </ul>
 *
 * Keys are hashes, and unknown usernames are counted exactly like real ones, so the throttle tells an attacker nothing
 * about which accounts exist. Kept in the database so every instance agrees.
 */
@Service
class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final int backoffAfter;
    private final Duration backoffLongest;
    private final Duration lockout;

    SignInThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${praxis.sign-in.max-failures}") int maxFailures,
            @Value("${praxis.sign-in.max-failures-per-address}") int maxFailuresPerAddress,
            @Value("${praxis.sign-in.backoff-after}") int backoffAfter,
            @Value("${praxis.sign-in.backoff-longest}") Duration backoffLongest,
            @Value("${praxis.sign-in.lockout}") Duration lockout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.backoffAfter = backoffAfter;
        this.backoffLongest = backoffLongest;
        this.lockout = lockout;
    }

    Duration lockout() {
        return lockout;
    }

    /** Refused before the password is looked at: this username from this address is locked, or must wait. */
    boolean isLocked(String username, String address) {
        return locked(pairKey(username, address)) || locked(userKey(username));
    }

    /**
     * Counts a failure on all three counts, and says whether the person should now be told to wait (rather than that
     * the details were wrong).
     */
    boolean recordFailure(String username, String address) {
        var now = clock.instant();
        var userKey = userKey(username);
        int userFailures = count(userKey);
        if (userFailures >= backoffAfter) {
            var wait = Duration.ofSeconds(1L << Math.min(30, userFailures - backoffAfter));
            lockUntil(userKey, now.plus(wait.compareTo(backoffLongest) > 0 ? backoffLongest : wait));
        }
        var pairKey = pairKey(username, address);
        if (count(pairKey) >= maxFailures) {
            lockUntil(pairKey, now.plus(lockout));
        }
        var addressKey = addressKey(address);
        if (count(addressKey) >= maxFailuresPerAddress) {
            lockUntil(addressKey, now.plus(lockout));
        }
        return isLocked(username, address) || locked(addressKey);
    }

    /** A success clears the username's counts and its address's. */
    void recordSuccess(String username, String address) {
        jdbc.sql("delete from sign_in_throttle where throttle_key in (?, ?, ?)")
                .params(userKey(username), pairKey(username, address), addressKey(address))
                .update();
    }

    private boolean locked(String key) {
        var now = clock.instant();
        return lockedUntil(key).filter(now::isBefore).isPresent();
    }

    private Optional<Instant> lockedUntil(String key) {
        return jdbc.sql("select locked_until from sign_in_throttle where throttle_key = ?")
                .param(key)
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .optional()
                .flatMap(o -> o);
    }

    private void lockUntil(String key, Instant until) {
        jdbc.sql("update sign_in_throttle set locked_until = ? where throttle_key = ?")
                .params(Timestamp.from(until), key)
                .update();
    }

    /** One more failure for this key; a failure after the window (the lockout's length) starts a fresh count. */
    private int count(String key) {
        var now = clock.instant();
        // failures is set before window_started_at because H2 evaluates SET clauses in order (PostgreSQL uses the
        // old values throughout).
        int updated = jdbc.sql("""
                        update sign_in_throttle
                           set failures = case when window_started_at < :windowStart then 1 else failures + 1 end,
                               window_started_at = case when window_started_at < :windowStart then :now else window_started_at end
                         where throttle_key = :key
                        """)
                .param("windowStart", Timestamp.from(now.minus(lockout)))
                .param("now", Timestamp.from(now))
                .param("key", key)
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into sign_in_throttle (throttle_key, failures, window_started_at) values (?, 1, ?)")
                        .params(key, Timestamp.from(now))
                        .update();
            } catch (DuplicateKeyException raceWithAnotherInstance) {
                return count(key);
            }
        }
        return jdbc.sql("select failures from sign_in_throttle where throttle_key = ?")
                .param(key)
                .query(Integer.class)
                .single();
    }

    private static String userKey(String username) {
        return "user:" + sha256(AccountDetailsService.normalise(username));
    }

    private static String pairKey(String username, String address) {
        return "pair:" + sha256(AccountDetailsService.normalise(username) + "\n" + (address == null ? "" : address));
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
