package org.praxis.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts (for the demo council and set-up) and answers questions about them. */
@Service
public class Accounts {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final JdbcClient jdbc;

    Accounts(UserAccountRepository accounts, PasswordEncoder passwords, Clock clock, JdbcClient jdbc) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * Someone the identity provider signed in whom Praxis could not match to a staff record: they wait, with no
     * access, until an administrator links them (decision 0026). Known by the provider's issuer and subject; a later
     * sign-in updates their email, name and when they were last seen.
     */
    @Transactional
    public void waitingForAccess(String issuer, String subject, String email, String name) {
        var at = java.sql.Timestamp.from(clock.instant());
        int updated = jdbc.sql("update sso_waiting set email = :email, name = :name, last_seen_at = :at"
                        + " where issuer = :issuer and subject = :subject")
                .param("email", email)
                .param("name", name)
                .param("at", at)
                .param("issuer", issuer)
                .param("subject", subject)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into sso_waiting (issuer, subject, email, name, first_seen_at, last_seen_at)
                            values (:issuer, :subject, :email, :name, :at, :at)
                            """)
                    .param("issuer", issuer)
                    .param("subject", subject)
                    .param("email", email)
                    .param("name", name)
                    .param("at", at)
                    .update();
        }
    }

    /**
     * Which active accounts can sign in with this password, and how many stored hashes had to be compared to know
     * (the rest were cleared by an earlier check).
     */
    public record PasswordCheck(List<Long> accountIds, int hashesCompared) {}

    /**
     * Every active account that signs in with this password (the published demo one). Accounts that share a hash
     * (the demo council's) are compared once, a hash found not to match is remembered so the next start compares only
     * new ones, and the comparisons run on every core: bcrypt is slow on purpose.
     */
    public PasswordCheck activeAccountsWithPassword(String password) {
        var idsByHash = new LinkedHashMap<String, List<Long>>();
        jdbc.sql("select id, password_hash from user_account where active = true order by id")
                .query((rs, n) -> Map.entry(rs.getString(2), rs.getLong(1)))
                .list()
                .forEach(row -> idsByHash
                        .computeIfAbsent(row.getKey(), h -> new ArrayList<>())
                        .add(row.getValue()));
        var cleared = new HashSet<>(jdbc.sql("select check_key from password_check_cleared")
                .query(String.class)
                .list());
        var toCompare = idsByHash.keySet().stream()
                .filter(hash -> !cleared.contains(checkKey(password, hash)))
                .toList();
        var matching = toCompare.parallelStream()
                .filter(hash -> passwords.matches(password, hash))
                .collect(Collectors.toSet());
        for (var hash : toCompare) {
            if (!matching.contains(hash)) {
                remember(checkKey(password, hash));
            }
        }
        var ids = matching.stream()
                .flatMap(hash -> idsByHash.get(hash).stream())
                .sorted()
                .toList();
        return new PasswordCheck(ids, toCompare.size());
    }

    private void remember(String key) {
        try {
            jdbc.sql("insert into password_check_cleared (check_key, checked_at) values (?, ?)")
                    .params(key, java.sql.Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException anotherInstanceCheckedItToo) {
            // the same answer, already kept
        }
    }

    private static String checkKey(String password, String hash) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest((password + "\n" + hash).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public long create(String username, String password, Long staffId, Long visitorId, Long teamId, Set<Role> roles) {
        return createWithHash(username, passwords.encode(password), staffId, visitorId, teamId, roles);
    }

    /** The stored form of a password, for creating several accounts that share one (the demo council's). */
    public String hash(String password) {
        return passwords.encode(password);
    }

    @Transactional
    public long createWithHash(
            String username, String passwordHash, Long staffId, Long visitorId, Long teamId, Set<Role> roles) {
        var account = new UserAccount(
                null,
                AccountDetailsService.normalise(username),
                passwordHash,
                staffId,
                visitorId,
                teamId,
                true,
                clock.instant(),
                null,
                roles.stream().map(UserAccount.UserRole::new).collect(Collectors.toSet()));
        return accounts.save(account).id();
    }

    /** The account with this username, active or not. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> idOf(String username) {
        return accounts.findByUsername(AccountDetailsService.normalise(username))
                .map(UserAccount::id);
    }

    /** Usernames by account id. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> usernames() {
        return accounts.findAll().stream().collect(Collectors.toMap(UserAccount::id, UserAccount::username));
    }
}
