package org.praxis.identity;

import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads an active account for sign-in. Inactive and unknown accounts look the same to the caller. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final PersonDirectory people;
    private final LocalPasswords localPasswords;
    private final JdbcClient jdbc;
    private final AccountScopes scopes;

    AccountDetailsService(
            UserAccountRepository accounts,
            PersonDirectory people,
            LocalPasswords localPasswords,
            JdbcClient jdbc,
            AccountScopes scopes) {
        this.accounts = accounts;
        this.people = people;
        this.localPasswords = localPasswords;
        this.jdbc = jdbc;
        this.scopes = scopes;
    }

    /** The stored password hash of an active account, by one query that costs the same whether or not there is one. */
    Optional<String> activePasswordHash(String username) {
        return jdbc.sql("select password_hash from user_account where username = ? and active = true")
                .param(normalise(username))
                .query(String.class)
                .optional();
    }

    @Override
    public AccountDetails loadUserByUsername(String username) {
        var account = accounts.findByUsername(normalise(username))
                .filter(UserAccount::active)
                .orElseThrow(() -> new UsernameNotFoundException("No active account"));
        return new AccountDetails(
                currentUser(account),
                account.passwordHash(),
                localPasswords.allowed(account.username(), account.roleSet()));
    }

    CurrentUser currentUser(UserAccount account) {
        var person = account.staffId() != null
                ? people.staffMember(account.staffId())
                : account.visitorId() != null
                        ? people.visitor(account.visitorId())
                        : java.util.Optional.<PersonDirectory.Person>empty();
        return new CurrentUser(
                account.id(),
                account.username(),
                person.map(PersonDirectory.Person::displayName).orElse(account.username()),
                account.roleSet(),
                account.teamId(),
                account.staffId(),
                account.visitorId(),
                scopes.teamsOf(account.id()));
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
