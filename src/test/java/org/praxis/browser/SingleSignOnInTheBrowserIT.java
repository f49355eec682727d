package org.praxis.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.praxis.identity.PersonDirectory;
import org.praxis.organisation.EmploymentType;
import org.praxis.organisation.JobRole;
import org.praxis.organisation.OrganisationSetup;
import org.praxis.support.IdentityProvider;
import org.praxis.support.SingleSignOnTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Single sign-on in a real browser against a real OpenID Connect provider (Spring Authorization Server, started by the
 * test), with nothing mocked: "Sign in with ..." leads to the provider's own login page, the person lands in Praxis
 * with the roles their groups give, and signing out ends the provider's session too. The pages single sign-on adds
 * pass axe.
 */
@SingleSignOnTest
class SingleSignOnInTheBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationSetup organisation;

    @Autowired
    PersonDirectory people;

    private final String id = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @Test
    void signsInThroughTheProviderWithTheMappedRolesAndSignsOutOfBoth() throws Exception {
        var praxis = "http://127.0.0.1:" + port;
        IdentityProvider.allow(praxis);
        var email = "dee.clarke." + id + "@northbridge.example";
        long team = people.activeTeams().stream()
                .filter(t -> t.name().equals("Child Protection Team East"))
                .findFirst()
                .orElseThrow()
                .id();
        organisation.addStaff(List.of(new OrganisationSetup.NewStaffMember(
                "Dee Clarke " + id,
                email,
                JobRole.SENIOR_PRACTITIONER,
                team,
                EmploymentType.PERMANENT,
                LocalDate.of(2023, 9, 4))));
        IdentityProvider.person(
                "dee-" + id, Map.of("email", email, "name", "Dee Clarke", "groups", List.of("praxis-qa", "staff")));

        try (var browser = new Browser(praxis, true)) {
            browser.open("/sign-in");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.screenshot("sso-sign-in");

            browser.clickAndWait(By.id("sso"));
            assertThat(browser.driver.getCurrentUrl()).startsWith(IdentityProvider.issuer() + "/login");
            signInAtTheProvider(browser, "dee-" + id);

            assertThat(browser.path()).startsWith("/");
            assertThat(browser.driver.findElement(By.tagName("main")).getText())
                    .contains("Signed in as Dee Clarke " + id);
            // A QA lead and leader: audits and the register, but not the administrators' screens.
            var navigation = browser.driver.findElements(By.cssSelector("nav a")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(navigation).contains("Audits", "Case register").doesNotContain("Users", "Access log");
            browser.open("/admin/users");
            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).doesNotContain("Users");
            // The idle timeout's warning is on every page, as for anyone signed in.
            assertThat(browser.driver.findElements(By.id("timeout-warning"))).hasSize(1);

            browser.open("/");
            browser.signOut();
            assertThat(browser.path()).isEqualTo("/sign-in?status=signed-out");
            assertThat(browser.driver
                            .findElement(By.cssSelector(".govuk-notification-banner"))
                            .getText())
                    .contains("You have signed out");

            // The provider's session ended too: signing in again asks for the password at the provider.
            browser.clickAndWait(By.id("sso"));
            assertThat(browser.driver.getCurrentUrl()).startsWith(IdentityProvider.issuer() + "/login");
        }
    }

    @Test
    void someoneUnknownSeesTheyAreWaitingAndTheAdministratorSeesThem() throws Exception {
        var praxis = "http://127.0.0.1:" + port;
        IdentityProvider.allow(praxis);
        IdentityProvider.person(
                "kim-" + id,
                Map.of("email", "kim." + id + "@agency.example", "name", "Kim Agency " + id, "groups", List.of()));

        try (var browser = new Browser(praxis, true)) {
            browser.open("/oauth2/authorization/sso");
            signInAtTheProvider(browser, "kim-" + id);
            assertThat(browser.path()).isEqualTo("/sign-in?status=waiting");
            assertThat(browser.driver.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Your account is waiting for an administrator");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.screenshot("sso-waiting");
        }
        try (var browser = new Browser(praxis, true)) {
            // The break-glass administrator signs in with a password, under the "emergency sign-in" details.
            browser.open("/sign-in");
            browser.driver.findElement(By.cssSelector("details summary")).click();
            browser.driver.findElement(By.id("username")).sendKeys("admin");
            browser.driver.findElement(By.id("password")).sendKeys("praxis-demo");
            browser.clickAndWait(By.cssSelector("details button[type=submit]"));
            browser.open("/admin/users");
            assertThat(browser.driver.findElement(By.tagName("main")).getText())
                    .contains("Waiting for access", "Kim Agency " + id);
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.clickAndWait(By.linkText("Link Kim Agency " + id + " to a staff record"));
            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Link to a staff record");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.screenshot("sso-link");
        }
    }

    private static void signInAtTheProvider(Browser browser, String username) {
        browser.driver.findElement(By.id("username")).sendKeys(username);
        browser.driver.findElement(By.id("password")).sendKeys(IdentityProvider.PASSWORD);
        browser.clickAndWait(By.cssSelector("button[type=submit]"));
    }
}
