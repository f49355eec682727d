package org.praxis.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization Server on a random port of
 * {@code localhost}, with its own login page, ID tokens signed with a key made at start, the user info endpoint and
 * RP-initiated logout. Started once for the test run. A test adds the people it needs ({@link #person}) with the claims
 * their ID token carries (email, name, groups), and may change those claims between sign-ins.
 *
 * <p>Praxis is reached at {@code 127.0.0.1} and the provider at {@code localhost}, so the browser keeps their cookies
 * apart as it would two real hosts (and the provider accepts only an IP literal as a loopback redirect address).
 */
public final class IdentityProvider {

    public static final String CLIENT_ID = "praxis";
    public static final String CLIENT_SECRET = "praxis-test-secret";
    public static final String PASSWORD = "provider-password";

    private static final Map<String, Map<String, Object>> CLAIMS = new ConcurrentHashMap<>();
    private static final Set<String> PRAXIS_ADDRESSES = ConcurrentHashMap.newKeySet();
    private static final InMemoryUserDetailsManager PEOPLE = new InMemoryUserDetailsManager();
    private static ConfigurableApplicationContext context;

    private IdentityProvider() {}

    /** The provider's issuer address, starting it the first time. */
    public static synchronized String issuer() {
        if (context == null || !context.isActive()) {
            context = new SpringApplicationBuilder(Provider.class)
                    .properties(
                            "spring.config.name=identity-provider",
                            "spring.main.banner-mode=off",
                            "server.port=0",
                            "logging.level.org.springframework.security=WARN")
                    .run();
            var started = context;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    /** Lets Praxis at this address (for example {@code http://127.0.0.1:54321}) sign in and out through the provider. */
    public static void allow(String praxisAddress) {
        PRAXIS_ADDRESSES.add(praxisAddress);
    }

    /** Someone the provider knows, signing in with {@link #PASSWORD}; their subject is their username. */
    public static void person(String username, Map<String, Object> claims) {
        CLAIMS.put(username, Map.copyOf(claims));
        if (!PEOPLE.userExists(username)) {
            PEOPLE.createUser(User.withUsername(username)
                    .password("{noop}" + PASSWORD)
                    .roles("USER")
                    .build());
        }
    }

    /** Sets the provider's issuer (started if need be) on the Praxis context under test. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext praxis) {
            praxis.getEnvironment()
                    .getPropertySources()
                    .addFirst(new org.springframework.core.env.MapPropertySource(
                            "identity-provider", Map.of("praxis.sso.issuer", issuer())));
        }
    }

    // Not a @Configuration: Praxis's own test contexts scan this package and must never pick the provider up.
    @EnableWebSecurity
    @ImportAutoConfiguration({
        org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration.class,
        org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration.class,
        org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration.class,
        org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration.class,
        org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration.class,
        org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration.class
    })
    static class Provider {

        /** The provider's endpoints: authorisation, token, JWKS, user info, discovery and logout. */
        @Bean
        @Order(1)
        SecurityFilterChain endpoints(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"),
                            new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                    // The user info endpoint takes the access token it issued.
                    .oauth2ResourceServer(resources -> resources.jwt(Customizer.withDefaults()));
            return http.build();
        }

        /** Its own sign-in page, Spring Security's plain one. */
        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        InMemoryUserDetailsManager people() {
            return PEOPLE;
        }

        /** Praxis, with a redirect back to each Praxis the tests started. */
        @Bean
        RegisteredClientRepository clients() {
            return new RegisteredClientRepository() {
                private final String id = UUID.randomUUID().toString();

                @Override
                public void save(RegisteredClient registeredClient) {}

                @Override
                public RegisteredClient findById(String registeredId) {
                    return id.equals(registeredId) ? praxis() : null;
                }

                @Override
                public RegisteredClient findByClientId(String clientId) {
                    return CLIENT_ID.equals(clientId) ? praxis() : null;
                }

                private RegisteredClient praxis() {
                    var client = RegisteredClient.withId(id)
                            .clientId(CLIENT_ID)
                            .clientSecret("{noop}" + CLIENT_SECRET)
                            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                            .scope(OidcScopes.OPENID)
                            .scope(OidcScopes.PROFILE)
                            .scope(OidcScopes.EMAIL)
                            .clientSettings(ClientSettings.builder()
                                    .requireAuthorizationConsent(false)
                                    .build());
                    PRAXIS_ADDRESSES.forEach(address -> client.redirectUri(address + "/login/oauth2/code/sso")
                            .postLogoutRedirectUri(address + "/sign-in?status=signed-out"));
                    if (PRAXIS_ADDRESSES.isEmpty()) {
                        client.redirectUri("http://127.0.0.1/login/oauth2/code/sso");
                    }
                    return client.build();
                }
            };
        }

        /** The person's email, name and groups in the ID token, as a council's provider sends them. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims() {
            return context -> {
                if ("id_token".equals(context.getTokenType().getValue())) {
                    var claims = CLAIMS.getOrDefault(context.getPrincipal().getName(), Map.of());
                    context.getClaims().claims(all -> all.putAll(claims));
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws Exception {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            var key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder accessTokens(JWKSource<SecurityContext> keys) {
            return NimbusJwtDecoder.withJwkSource(keys).build();
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
