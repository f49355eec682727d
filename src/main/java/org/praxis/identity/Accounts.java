package org.praxis.identity;

import java.time.Clock;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts (for the demo council and set-up) and answers questions about them. */
@Service
public class Accounts {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;

    Accounts(UserAccountRepository accounts, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
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
