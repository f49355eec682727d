package org.praxis.identity;

import java.time.Clock;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
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

    /** Which of these usernames are active accounts that still have this password (the demo one, say). */
    @Transactional(readOnly = true)
    public Set<String> activeWithPassword(Collection<String> usernames, String password) {
        return usernames.stream()
                .map(u -> accounts.findByUsername(AccountDetailsService.normalise(u)))
                .flatMap(java.util.Optional::stream)
                .filter(UserAccount::active)
                .filter(a -> passwords.matches(password, a.passwordHash()))
                .map(UserAccount::username)
                .collect(Collectors.toSet());
    }
}
