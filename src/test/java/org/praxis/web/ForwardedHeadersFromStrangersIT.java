package org.praxis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.praxis.identity.Accounts;
import org.praxis.identity.Role;
import org.praxis.support.RawHttp;
import org.praxis.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Praxis with no trusted proxy named (the default): a client that sends the headers a proxy would send is not
 * believed, so it can neither pass for another address (to escape a lockout) nor pretend the connection is HTTPS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class ForwardedHeadersFromStrangersIT {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void aClientCannotEscapeALockoutByNamingAnotherAddress() {
        var username = "stranger.person";
        if (accounts.idOf(username).isEmpty()) {
            accounts.create(username, "correct horse battery", null, null, null, Set.of(Role.LEADER));
        }
        for (int i = 0; i < 4; i++) {
            assertThat(BehindAProxyIT.signIn(port, username, "wrong", "203.0.113.80"))
                    .isEqualTo("/sign-in?problem=credentials");
        }
        assertThat(BehindAProxyIT.signIn(port, username, "wrong", "203.0.113.80"))
                .isEqualTo("/sign-in?problem=locked");
        assertThat(BehindAProxyIT.signIn(port, username, "correct horse battery", "203.0.113.81"))
                .as("the forwarded address is ignored: this is the same client that failed five times")
                .isEqualTo("/sign-in?problem=locked");
    }

    @Test
    void aClaimedHttpsConnectionGetsNoStrictTransportSecurityAndNoSecureCookies() {
        var response = new RawHttp(port).get("/sign-in", BehindAProxyIT.forwardedFor("203.0.113.82"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Strict-Transport-Security")).isNull();
        assertThat(response.headers().get("set-cookie"))
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
    }
}
