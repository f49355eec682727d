package org.praxis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.praxis.organisation.EmploymentType;
import org.praxis.organisation.JobRole;
import org.praxis.organisation.OrganisationSetup;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With roles kept in Praxis (the default, {@code praxis.sso.roles-from=praxis}), the provider only says who someone
 * is: their account's roles and team stay as administrators set them, whatever groups the provider sends, and a staff
 * member without an account waits like anyone unknown. (The provider's side runs in {@code SingleSignOnIT}.)
 */
@PraxisIntegrationTest
class SingleSignOnAccountsIT {

    private static final String ISSUER = "https://login.microsoftonline.com/00000000-0000-4000-8000-000000000000/v2.0";

    @Autowired
    SingleSignOnAccounts singleSignOn;

    @Autowired
    Accounts accounts;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    OrganisationSetup organisation;

    @Autowired
    PersonDirectory people;

    @Autowired
    JdbcClient jdbc;

    private final String id = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theAccountKeepsTheRolesAnAdministratorGaveItWhateverTheGroups() {
        var email = "rae.patel." + id + "@northbridge.example";
        long staffId = staffMember(email);
        long team = people.staffMember(staffId).orElseThrow().teamId();
        long accountId = accounts.create("rae." + id, "a-long-password-1", staffId, null, team, Set.of(Role.MANAGER));

        var first = singleSignOn.signIn(claims("rae-" + id, email.toUpperCase(), List.of("praxis-admins")));

        assertThat(first).isInstanceOfSatisfying(SingleSignOnAccounts.SignedIn.class, signedIn -> {
            assertThat(signedIn.user().userId()).isEqualTo(accountId);
            assertThat(signedIn.user().roles()).containsExactly(Role.MANAGER);
            assertThat(signedIn.user().teamId()).isEqualTo(team);
        });
        // Later, under a new address that matches nobody: the subject still finds the account.
        var later = singleSignOn.signIn(claims("rae-" + id, "rae.new." + id + "@elsewhere.example", List.of()));
        assertThat(later)
                .isInstanceOfSatisfying(
                        SingleSignOnAccounts.SignedIn.class,
                        signedIn -> assertThat(signedIn.user().userId()).isEqualTo(accountId));
    }

    @Test
    void aStaffMemberWithoutAnAccountWaitsAndADeactivatedAccountIsRefused() {
        var email = "lee.wong." + id + "@northbridge.example";
        long staffId = staffMember(email);

        assertThat(singleSignOn.signIn(claims("lee-" + id, email, List.of("praxis-admins"))))
                .isInstanceOf(SingleSignOnAccounts.Waiting.class);
        assertThat(singleSignOn.waiting()).anySatisfy(w -> assertThat(w.email()).isEqualTo(email));

        long accountId = accounts.create("lee." + id, "a-long-password-1", staffId, null, null, Set.of(Role.LEADER));
        var account = repository.findById(accountId).orElseThrow();
        repository.save(account.withRolesScopeAndActive(account.roleSet(), null, false));

        assertThat(singleSignOn.signIn(claims("lee-" + id, email, List.of())))
                .isEqualTo(new SingleSignOnAccounts.Refused(SingleSignOnAccounts.INACTIVE));
        // Linked to the account now (found by email), no longer waiting.
        assertThat(singleSignOn.waiting())
                .noneSatisfy(w -> assertThat(w.email()).isEqualTo(email));
    }

    private SingleSignOnAccounts.Claims claims(String subject, String email, List<String> groups) {
        return new SingleSignOnAccounts.Claims(ISSUER, subject, email, "Someone " + id, groups);
    }

    private long staffMember(String email) {
        long team = people.activeTeams().getFirst().id();
        return organisation
                .addStaff(List.of(new OrganisationSetup.NewStaffMember(
                        "Someone " + id,
                        email,
                        JobRole.SOCIAL_WORKER,
                        team,
                        EmploymentType.PERMANENT,
                        LocalDate.of(2022, 1, 10))))
                .get(email);
    }
}
