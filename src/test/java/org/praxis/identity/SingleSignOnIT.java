package org.praxis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.organisation.EmploymentType;
import org.praxis.organisation.JobRole;
import org.praxis.organisation.OrganisationSetup;
import org.praxis.support.IdentityProvider;
import org.praxis.support.SingleSignOnTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Single sign-on against a real OpenID Connect provider over real HTTP (decision 0026): who the provider's people are
 * in Praxis, the roles their groups give, the people Praxis does not know, and passwords switched off.
 */
@SingleSignOnTest
class SingleSignOnIT {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationSetup organisation;

    @Autowired
    PersonDirectory people;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    JdbcClient jdbc;

    /** The home page, where Spring Security's saved request may add "?continue". */
    private static final String HOME = "/";

    private WebClient client;
    private final String id = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void praxis() {
        var praxis = "http://127.0.0.1:" + port;
        IdentityProvider.allow(praxis);
        client = new WebClient(praxis);
    }

    @Test
    void theFirstSignInFindsTheStaffRecordByWorkEmailAndTheGroupsGiveRolesAndTeam() throws Exception {
        var email = "sam.okafor." + id + "@northbridge.example";
        long staffId = staffMember("Sam Okafor " + id, email);
        IdentityProvider.person(
                "sam-" + id,
                Map.of("email", email, "name", "Sam Okafor", "groups", List.of("praxis-practitioners", "cp-east")));

        var landed = client.signInThroughProvider("sam-" + id);

        assertThat(client.where(landed)).isEqualTo(HOME);
        assertThat(landed.body()).contains("Sam Okafor " + id);
        var account = linkedAccount("sam-" + id);
        assertThat(account.staffId()).isEqualTo(staffId);
        assertThat(account.roleSet()).containsExactly(Role.PRACTITIONER);
        assertThat(account.teamId()).isEqualTo(team("Child Protection Team East"));
        assertThat(client.get("/admin/users").statusCode()).isEqualTo(403);
    }

    @Test
    void someoneWithNoStaffRecordWaitsWithNoAccessUntilAnAdministratorLinksThem() throws Exception {
        var providerEmail = "new.starter." + id + "@contractor.example";
        IdentityProvider.person(
                "new-" + id,
                Map.of("email", providerEmail, "name", "Ola New " + id, "groups", List.of("praxis-practitioners")));

        var landed = client.signInThroughProvider("new-" + id);

        assertThat(client.where(landed)).isEqualTo("/sign-in?status=waiting");
        assertThat(landed.body()).contains("Your account is waiting for an administrator");
        assertThat(client.where(client.get("/organisation/staff"))).isEqualTo("/sign-in");

        // The administrator (the break-glass account, with its password) sees them waiting and links them.
        var admin = new WebClient("http://127.0.0.1:" + port);
        assertThat(admin.where(admin.signInWithPassword("admin", "praxis-demo")))
                .isEqualTo(HOME);
        var users = admin.get("/admin/users");
        assertThat(users.body()).contains("Waiting for access", "Ola New " + id, providerEmail);
        long waitingId = jdbc.sql("select id from sso_waiting where subject = :s")
                .param("s", "new-" + id)
                .query(Long.class)
                .single();
        var linkPage = admin.get("/admin/users/waiting/" + waitingId);
        var refused = admin.post(
                "/admin/users/waiting/" + waitingId, linkPage, Map.of("staffEmail", "nobody." + id + "@x.example"));
        assertThat(refused.body()).contains("Enter the work email of an active staff member");
        var staffEmail = "ola.new." + id + "@northbridge.example";
        long staffId = staffMember("Ola New " + id, staffEmail);
        var linked = admin.post(
                "/admin/users/waiting/" + waitingId,
                linkPage,
                Map.of("staffEmail", staffEmail, "roles", "PRACTITIONER"));
        assertThat(admin.where(linked)).isEqualTo("/admin/users");
        assertThat(linked.body()).contains("Account created and linked").doesNotContain(providerEmail);

        var again = new WebClient("http://127.0.0.1:" + port).signInThroughProvider("new-" + id);
        assertThat(again.uri().getPath()).isEqualTo(HOME);
        assertThat(linkedAccount("new-" + id).staffId()).isEqualTo(staffId);
    }

    @Test
    void laterSignInsFindThePersonByTheProvidersSubjectEvenWhenTheirEmailChanged() throws Exception {
        var email = "jo.brown." + id + "@northbridge.example";
        staffMember("Jo Brown " + id, email);
        IdentityProvider.person("jo-" + id, Map.of("email", email, "groups", List.of("praxis-managers", "cp-east")));
        assertThat(client.where(client.signInThroughProvider("jo-" + id))).isEqualTo(HOME);
        long accountId = linkedAccount("jo-" + id).id();

        // Jo's name and address change at the council; the provider's subject for Jo does not.
        IdentityProvider.person(
                "jo-" + id,
                Map.of("email", "jo.green." + id + "@northbridge.example", "groups", List.of("praxis-managers")));
        var again = new WebClient("http://127.0.0.1:" + port);
        assertThat(again.where(again.signInThroughProvider("jo-" + id))).isEqualTo(HOME);

        assertThat(linkedAccount("jo-" + id).id()).isEqualTo(accountId);
        assertThat(jdbc.sql("select email from sso_identity where subject = :s")
                        .param("s", "jo-" + id)
                        .query(String.class)
                        .single())
                .isEqualTo("jo.green." + id + "@northbridge.example");
    }

    @Test
    void theProvidersGroupsDecideRolesAtEverySignIn() throws Exception {
        var email = "ali.shah." + id + "@northbridge.example";
        staffMember("Ali Shah " + id, email);
        IdentityProvider.person("ali-" + id, Map.of("email", email, "groups", List.of("praxis-qa")));
        assertThat(client.where(client.signInThroughProvider("ali-" + id))).isEqualTo(HOME);
        assertThat(linkedAccount("ali-" + id).roleSet()).isEqualTo(EnumSet.of(Role.QA_LEAD, Role.LEADER));
        assertThat(client.get("/admin/users").statusCode()).isEqualTo(403);

        IdentityProvider.person("ali-" + id, Map.of("email", email, "groups", List.of("praxis-admins", "other")));
        var admin = new WebClient("http://127.0.0.1:" + port);
        assertThat(admin.where(admin.signInThroughProvider("ali-" + id))).isEqualTo(HOME);
        assertThat(linkedAccount("ali-" + id).roleSet()).isEqualTo(EnumSet.of(Role.ADMIN));
        assertThat(admin.get("/admin/users").statusCode()).isEqualTo(200);

        IdentityProvider.person("ali-" + id, Map.of("email", email, "groups", List.of("other")));
        var none = new WebClient("http://127.0.0.1:" + port);
        var refused = none.signInThroughProvider("ali-" + id);
        assertThat(none.where(refused)).isEqualTo("/sign-in?problem=sso-no-role");
        assertThat(refused.body()).contains("is not in any group that gives a role in Praxis");
        assertThat(none.where(none.get("/"))).isEqualTo("/sign-in");
    }

    @Test
    void theIdleTimeoutEndsOnlyThePraxisSessionWhileSignOutEndsTheProvidersToo() throws Exception {
        var email = "max.idle." + id + "@northbridge.example";
        staffMember("Max Idle " + id, email);
        IdentityProvider.person("max-" + id, Map.of("email", email, "groups", List.of("praxis-leaders")));
        assertThat(client.where(client.signInThroughProvider("max-" + id))).isEqualTo(HOME);

        // The timeout warning's sign-out: Praxis only, so the provider signs them straight back in (no password page)
        // and they land on the page they had asked for.
        var timedOut = client.post("/sign-out", client.get("/"), Map.of("reason", "timeout"));
        assertThat(client.where(timedOut)).isEqualTo("/sign-in?status=timed-out");
        assertThat(client.where(client.get("/organisation/staff"))).isEqualTo("/sign-in");
        assertThat(client.where(client.get("/oauth2/authorization/sso"))).isEqualTo("/organisation/staff");

        // Signing out: Praxis and the provider, so the provider asks for the password again.
        assertThat(client.where(client.signOut())).isEqualTo("/sign-in?status=signed-out");
        assertThat(client.get("/oauth2/authorization/sso").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void withLocalPasswordsOffOnlyTheBreakGlassAdministratorCanUseThePasswordForm() throws Exception {
        var page = client.get("/sign-in");
        assertThat(page.body()).contains("Sign in with the test identity provider", "Emergency sign-in");

        assertThat(client.where(client.signInWithPassword("qa.lead", "praxis-demo")))
                .isEqualTo("/sign-in?problem=credentials");
        assertThat(client.where(client.get("/"))).isEqualTo("/sign-in");

        assertThat(client.where(client.signInWithPassword("admin", "praxis-demo")))
                .isEqualTo(HOME);
        assertThat(client.get("/admin/users").statusCode()).isEqualTo(200);
    }

    private long staffMember(String name, String email) {
        return organisation
                .addStaff(List.of(new OrganisationSetup.NewStaffMember(
                        name,
                        email,
                        JobRole.SOCIAL_WORKER,
                        team("Child Protection Team East"),
                        EmploymentType.PERMANENT,
                        LocalDate.of(2024, 4, 1))))
                .get(email);
    }

    private long team(String name) {
        return people.activeTeams().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private UserAccount linkedAccount(String subject) {
        long accountId = jdbc.sql("select user_account from sso_identity where issuer = :i and subject = :s")
                .param("i", IdentityProvider.issuer())
                .param("s", subject)
                .query(Long.class)
                .single();
        return accounts.findById(accountId).orElseThrow();
    }
}
