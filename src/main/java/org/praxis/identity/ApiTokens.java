package org.praxis.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.praxis.accesslog.AccessLog;
import org.praxis.web.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Machine accounts for the data API (decision 0029): an administrator names one and is shown its token once; only
 * the token's SHA-256 hash is kept (the token is 256 random bits, so a fast hash is enough and lets a request be
 * checked by one indexed look-up). A revoked token stops working at once, on every instance.
 */
@Service
class ApiTokens {

    static final String PREFIX = "praxis_";

    record Token(
            long id,
            String name,
            String createdBy,
            LocalDateTime createdAt,
            LocalDateTime lastUsedAt,
            boolean revoked) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccessLog accessLog;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, Clock clock, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    /** Makes a token and returns it: the only time it is seen. */
    @Transactional
    String create(String name, String createdBy) {
        var tidy = name == null ? "" : name.strip();
        if (tidy.isEmpty()) {
            throw new Refused("name", "Enter a name for the machine account, such as “Power BI”");
        }
        if (tidy.length() > 100) {
            throw new Refused("name", "The name must be 100 characters or fewer");
        }
        if (jdbc.sql("select count(*) from api_token where name = ?")
                        .param(tidy)
                        .query(Long.class)
                        .single()
                > 0) {
            throw new Refused("name", "A machine account with this name already exists: choose another name");
        }
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into api_token (name, token_hash, created_by, created_at) values (?, ?, ?, ?)")
                .params(tidy, hash(token), createdBy, Timestamp.from(clock.instant()))
                .update(keys, "id");
        accessLog.changed("API token", keys.getKeyAs(Long.class));
        return token;
    }

    @Transactional
    void revoke(long id) {
        jdbc.sql("update api_token set revoked_at = ? where id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), id)
                .update();
        accessLog.changed("API token", id);
    }

    @Transactional(readOnly = true)
    List<Token> list() {
        return jdbc.sql(
                        "select id, name, created_by, created_at, last_used_at, revoked_at from api_token order by name")
                .query((rs, n) -> new Token(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toLocalDateTime(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toLocalDateTime(),
                        rs.getTimestamp(6) != null))
                .list();
    }

    /** The machine account's name, if the token is one in force; its last use is noted. */
    @Transactional
    Optional<String> check(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        var found = jdbc.sql("select id, name from api_token where token_hash = ? and revoked_at is null")
                .param(hash(token))
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .optional();
        found.ifPresent(f -> jdbc.sql("update api_token set last_used_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), f[0])
                .update());
        return found.map(f -> (String) f[1]);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
