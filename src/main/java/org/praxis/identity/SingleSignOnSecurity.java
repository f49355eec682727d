package org.praxis.identity;

import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Sign-in through the council's OpenID Connect provider, added to the web security chain when single sign-on is on
 * (decision 0026); when it is off this changes nothing. The provider's address, client id and secret come from
 * {@link SingleSignOnSettings}; its endpoints are read from its discovery document on the first sign-in, so Praxis
 * starts even while the provider cannot be reached.
 */
@Component
class SingleSignOnSecurity {

    /** The registration's id, in Praxis's addresses: /oauth2/authorization/sso and /login/oauth2/code/sso. */
    static final String REGISTRATION = "sso";

    static final String SIGN_IN_PATH = "/oauth2/authorization/" + REGISTRATION;

    private static final Logger log = LoggerFactory.getLogger(SingleSignOnSecurity.class);

    private final SingleSignOnSettings settings;
    private final SingleSignOnAccounts accounts;
    private final ProviderRegistration registrations;

    SingleSignOnSecurity(SingleSignOnSettings settings, SingleSignOnAccounts accounts) {
        this.settings = settings;
        this.accounts = accounts;
        this.registrations = new ProviderRegistration(settings);
    }

    /**
     * The chain's authentication: passwords (as given) and, with single sign-on on, the provider's authorisation codes
     * exchanged for ID tokens and checked against Praxis's accounts.
     */
    AuthenticationManager authenticationManager(AuthenticationProvider passwords) {
        if (!settings.enabled()) {
            return new ProviderManager(passwords);
        }
        return new ProviderManager(
                passwords,
                new OidcAuthorizationCodeAuthenticationProvider(
                        new RestClientAuthorizationCodeTokenResponseClient(), new PraxisUserService()));
    }

    /** Adds sign-in through the provider to the chain, if single sign-on is on. */
    void configure(HttpSecurity http) throws Exception {
        if (!settings.enabled()) {
            return;
        }
        http.oauth2Login(login -> login.loginPage("/sign-in")
                .clientRegistrationRepository(registrations)
                // Kept in the session, so it ends with it and every instance sees it (not in one instance's memory).
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .successHandler(new SignedInRedirect())
                .failureHandler((request, response, failure) -> {
                    var code = failure instanceof OAuth2AuthenticationException refused
                            ? refused.getError().getErrorCode()
                            : "";
                    if (!code.startsWith("praxis-")) {
                        // The provider's error code and Spring Security's reason: no personal data.
                        log.warn(
                                "Sign-in through the identity provider failed: {} {}",
                                failure.getClass().getSimpleName(),
                                failure.getMessage());
                    }
                    response.sendRedirect(request.getContextPath()
                            + switch (code) {
                                case "praxis-waiting" -> "/sign-in?status=waiting";
                                case "praxis-inactive" -> "/sign-in?problem=sso-inactive";
                                case "praxis-no-role" -> "/sign-in?problem=sso-no-role";
                                default -> "/sign-in?problem=sso";
                            });
                }));
    }

    /**
     * Signing out of a session begun through the provider also ends the provider's session, where the provider
     * offers that (RP-initiated logout), and it comes back to "You have signed out". A session that timed out ends
     * only in Praxis, and anyone signed in with a password signs out as before.
     */
    LogoutSuccessHandler signOut(LogoutSuccessHandler local) {
        if (!settings.enabled()) {
            return local;
        }
        var provider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        provider.setPostLogoutRedirectUri("{baseUrl}/sign-in?status=signed-out");
        provider.setDefaultTargetUrl("/sign-in?status=signed-out");
        return (request, response, authentication) -> {
            if (authentication != null
                    && authentication.getPrincipal() instanceof OidcUser
                    && !"timeout".equals(request.getParameter("reason"))) {
                provider.onLogoutSuccess(request, response, authentication);
            } else {
                local.onLogoutSuccess(request, response, authentication);
            }
        };
    }

    /** The provider's user, checked against Praxis's accounts: signed in, waiting, or refused. */
    private final class PraxisUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

        private final OidcUserService provider = new OidcUserService();

        @Override
        public OidcUser loadUser(OidcUserRequest request) {
            var user = provider.loadUser(request);
            var claims = new SingleSignOnAccounts.Claims(
                    String.valueOf(user.getIssuer()),
                    user.getSubject(),
                    email(user),
                    user.getFullName() != null ? user.getFullName() : user.getPreferredUsername(),
                    groups(user));
            return switch (accounts.signIn(claims)) {
                case SingleSignOnAccounts.SignedIn signedIn ->
                    new SingleSignOnPrincipal(signedIn.user(), user.getIdToken(), user.getUserInfo());
                case SingleSignOnAccounts.Waiting waiting -> throw refused("praxis-waiting");
                case SingleSignOnAccounts.Refused refused -> throw refused("praxis-" + refused.reason());
            };
        }

        private String email(OidcUser user) {
            var email = user.getClaimAsString(settings.emailClaim());
            if (email == null || !email.contains("@")) {
                // Entra ID sends the work address as preferred_username when the email claim is not configured.
                email = user.getEmail() != null ? user.getEmail() : user.getPreferredUsername();
            }
            return email != null && email.contains("@") ? email : null;
        }

        private Collection<String> groups(OidcUser user) {
            var value = user.getClaims().get(settings.groupsClaim());
            if (value instanceof Collection<?> list) {
                return list.stream().map(String::valueOf).toList();
            }
            return value == null ? List.of() : List.of(String.valueOf(value));
        }

        private static OAuth2AuthenticationException refused(String code) {
            return new OAuth2AuthenticationException(new OAuth2Error(code));
        }
    }

    /**
     * The one provider, its endpoints discovered from the issuer on first use and then kept. If the provider cannot be
     * reached, sign-in through it fails (and is tried again next time); nothing else is affected.
     */
    private static final class ProviderRegistration implements ClientRegistrationRepository {

        private final SingleSignOnSettings settings;
        private volatile ClientRegistration registration;

        ProviderRegistration(SingleSignOnSettings settings) {
            this.settings = settings;
        }

        @Override
        public ClientRegistration findByRegistrationId(String registrationId) {
            if (!REGISTRATION.equals(registrationId)) {
                return null;
            }
            var found = registration;
            if (found == null) {
                synchronized (this) {
                    if (registration == null) {
                        try {
                            registration = ClientRegistrations.fromIssuerLocation(settings.issuer())
                                    .registrationId(REGISTRATION)
                                    .clientId(settings.clientId())
                                    .clientSecret(settings.clientSecret())
                                    .clientName(settings.providerName())
                                    .scope("openid", "profile", "email")
                                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                                    .build();
                        } catch (RuntimeException unreachable) {
                            log.warn(
                                    "The identity provider's discovery document could not be read from {}: {}",
                                    settings.issuer(),
                                    unreachable.getMessage());
                            return null;
                        }
                    }
                    found = registration;
                }
            }
            return found;
        }
    }
}
