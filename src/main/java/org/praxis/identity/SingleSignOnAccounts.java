package org.praxis.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.praxis.accesslog.AccessLog;
import org.praxis.web.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who someone signed in by the council's OpenID Connect provider is in Praxis (decision 0026). They are known by the
 * provider's issuer and stable subject; the first time, by their work email to their staff record. Someone the
 * provider knows but Praxis cannot match waits, with no access, until an administrator links them to a staff record.
 */
@Service
class SingleSignOnAccounts {

    /** What the provider said about the person, from the ID token. */
    record Claims(String issuer, String subject, String email, String name, Collection<String> groups) {}

    /** How a sign-in through the provider ends. */
    sealed interface Outcome {}

    /** Signed in as this account. */
    record SignedIn(CurrentUser user) implements Outcome {}

    /** Not known to Praxis: waiting for an administrator to link them to a staff record. */
    record Waiting() implements Outcome {}

    /** Known, but may not sign in: the account is deactivated, or the provider gives them no Praxis role. */
    record Refused(String reason) implements Outcome {}

    /** Someone waiting, as the administrators' list shows them. */
    record WaitingPerson(long id, String email, String name, Instant firstSeenAt, Instant lastSeenAt) {}

    static final String INACTIVE = "inactive";
    static final String NO_ROLE = "no-role";

    private final JdbcClient jdbc;
    private final UserAccountRepository accounts;
    private final Accounts accountCreation;
    private final AccountDetailsService details;
    private final PersonDirectory people;
    private final PasswordEncoder passwords;
    private final SingleSignOnSettings settings;
    private final AccessLog accessLog;
    private final Clock clock;

    SingleSignOnAccounts(
            JdbcClient jdbc,
            UserAccountRepository accounts,
            Accounts accountCreation,
            AccountDetailsService details,
            PersonDirectory people,
            PasswordEncoder passwords,
            SingleSignOnSettings settings,
            AccessLog accessLog,
            Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.accountCreation = accountCreation;
        this.details = details;
        this.people = people;
        this.passwords = passwords;
        this.settings = settings;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @Transactional
    Outcome signIn(Claims claims) {
        var email = claims.email() == null ? null : claims.email().strip().toLowerCase(Locale.ROOT);
        var linked = linkedAccount(claims.issuer(), claims.subject());
        Long accountId;
        if (linked.isPresent()) {
            accountId = linked.get();
            jdbc.sql("update sso_identity set email = :email, last_signed_in_at = :at"
                            + " where issuer = :issuer and subject = :subject")
                    .param("email", email)
                    .param("at", Timestamp.from(clock.instant()))
                    .param("issuer", claims.issuer())
                    .param("subject", claims.subject())
                    .update();
        } else {
            var staffId = email == null ? Optional.<Long>empty() : people.staffIdByWorkEmail(email);
            var account = staffId.flatMap(this::accountOf);
            if (account.isEmpty()
                    && staffId.isPresent()
                    && settings.rolesFrom() == SingleSignOnSettings.RolesFrom.PROVIDER) {
                var roles = settings.rolesFor(claims.groups());
                if (roles.isEmpty()) {
                    return new Refused(NO_ROLE);
                }
                account = Optional.of(
                        createAccount(email, staffId.get(), roles, teamFor(claims.groups(), roles, staffId.get())));
            }
            if (account.isEmpty()) {
                recordWaiting(claims, email);
                return new Waiting();
            }
            accountId = account.get();
            link(claims.issuer(), claims.subject(), email, accountId);
        }
        var account = accounts.findById(accountId).orElseThrow();
        if (!account.active()) {
            return new Refused(INACTIVE);
        }
        if (settings.rolesFrom() == SingleSignOnSettings.RolesFrom.PROVIDER) {
            var roles = settings.rolesFor(claims.groups());
            if (roles.isEmpty()) {
                return new Refused(NO_ROLE);
            }
            var team = teamFor(claims.groups(), roles, account.staffId());
            if (!roles.equals(account.roleSet()) || !java.util.Objects.equals(team, account.teamId())) {
                account = accounts.save(account.withRolesScopeAndActive(roles, team, true));
                accessLog.changed(UserAdministration.RECORD_TYPE, accountId);
            }
        }
        return new SignedIn(details.currentUser(account));
    }

    /** People waiting for an administrator, longest waiting first. */
    @Transactional(readOnly = true)
    List<WaitingPerson> waiting() {
        return jdbc.sql(
                        "select id, email, name, first_seen_at, last_seen_at from sso_waiting order by first_seen_at, id")
                .query((rs, n) -> new WaitingPerson(
                        rs.getLong("id"),
                        rs.getString("email"),
                        rs.getString("name"),
                        rs.getTimestamp("first_seen_at").toInstant(),
                        rs.getTimestamp("last_seen_at").toInstant()))
                .list();
    }

    @Transactional(readOnly = true)
    WaitingPerson waitingPerson(long id) {
        return waiting().stream().filter(w -> w.id() == id).findFirst().orElseThrow(NotFound::new);
    }

    /**
     * The account of a staff member, if they have one: an active one if any, else a deactivated one (so that someone
     * deactivated is told so, and does not join the waiting list).
     */
    @Transactional(readOnly = true)
    Optional<Long> accountOf(long staffId) {
        return jdbc
                .sql("select id from user_account where staff_id = :staff order by active desc, id")
                .param("staff", staffId)
                .query(Long.class)
                .list()
                .stream()
                .findFirst();
    }

    /**
     * An administrator links someone waiting to a staff record: to that staff member's account, or to a new one with
     * these roles and team scope when they have none. They can sign in at once.
     */
    @Transactional
    long link(long waitingId, long staffId, Set<Role> roles, Long teamId) {
        var person = jdbc.sql("select issuer, subject, email from sso_waiting where id = :id")
                .param("id", waitingId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .optional()
                .orElseThrow(NotFound::new);
        var accountId = accountOf(staffId)
                .orElseGet(() -> createAccount(
                        person[2] != null
                                ? person[2]
                                : people.workEmails(List.of(staffId)).get(staffId),
                        staffId,
                        roles,
                        teamId));
        link(person[0], person[1], person[2], accountId);
        accessLog.changed(UserAdministration.RECORD_TYPE, accountId);
        return accountId;
    }

    /** Records someone waiting, for each sign-in Praxis cannot match. */
    private void recordWaiting(Claims claims, String email) {
        accountCreation.waitingForAccess(claims.issuer(), claims.subject(), email, claims.name());
    }

    private Optional<Long> linkedAccount(String issuer, String subject) {
        return jdbc.sql("select user_account from sso_identity where issuer = :issuer and subject = :subject")
                .param("issuer", issuer)
                .param("subject", subject)
                .query(Long.class)
                .optional();
    }

    private void link(String issuer, String subject, String email, long accountId) {
        var at = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into sso_identity (issuer, subject, user_account, email, linked_at, last_signed_in_at)
                        values (:issuer, :subject, :account, :email, :at, :at)
                        """)
                .param("issuer", issuer)
                .param("subject", subject)
                .param("account", accountId)
                .param("email", email)
                .param("at", at)
                .update();
        jdbc.sql("delete from sso_waiting where issuer = :issuer and subject = :subject")
                .param("issuer", issuer)
                .param("subject", subject)
                .update();
    }

    /** The team a manager or practitioner sees: from the provider's groups, or else their staff record's team. */
    private Long teamFor(Collection<String> groups, Set<Role> roles, Long staffId) {
        var named = settings.teamFor(groups)
                .flatMap(name -> people.activeTeams().stream()
                        .filter(t -> t.name().equalsIgnoreCase(name.strip()))
                        .map(PersonDirectory.Team::id)
                        .findFirst());
        if (named.isPresent()) {
            return named.get();
        }
        if (roles.stream().noneMatch(Role::isTeamScoped) || staffId == null) {
            return null;
        }
        return people.staffMember(staffId).map(PersonDirectory.Person::teamId).orElse(null);
    }

    /**
     * An account for someone who signs in only through the provider: the username is their email's local part (made
     * unique), the password a random one nobody knows.
     */
    private long createAccount(String email, long staffId, Set<Role> roles, Long teamId) {
        var local = email == null ? "staff" : email.indexOf('@') > 0 ? email.substring(0, email.indexOf('@')) : email;
        var base = local.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        if (base.length() < 3) {
            base = "staff-" + base;
        }
        base = base.length() > 50 ? base.substring(0, 50) : base;
        var username = base;
        for (int n = 2; accounts.existsByUsername(username); n++) {
            username = base + n;
        }
        long id = accountCreation.createWithHash(
                username, passwords.encode(UUID.randomUUID().toString()), staffId, null, teamId, roles);
        accessLog.changed(UserAdministration.RECORD_TYPE, id);
        return id;
    }
}
