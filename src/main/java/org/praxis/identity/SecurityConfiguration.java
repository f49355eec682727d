package org.praxis.identity;

import jakarta.servlet.DispatcherType;
import org.praxis.accesslog.AccessLog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what. Pages anyone may read are listed here; every other address needs a signed-in
 * user, and every controller handler also carries its own {@code @PreAuthorize} rule (a test fails
 * any handler without one), so permissions sit next to the screens they guard.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String[] PUBLIC_PATHS = {
        "/assets/**",
        "/webjars/**",
        "/css/**",
        "/js/**",
        "/images/**",
        "/favicon.svg",
        "/favicon.ico",
        "/sign-in",
        "/accessibility",
        "/privacy",
        // Practice Week feedback from families and children: no account, no sign-in.
        "/f/**",
        // Staff surveys answered through a single-use link by staff without an account.
        "/surveys/link/**",
        "/actuator/health",
        "/actuator/health/**"
    };

    /** The read-only data API's own description: no data in it, so anyone may read it. */
    static final String DATA_API_DESCRIPTION = "/api/data/openapi.json";

    /**
     * The read-only data API for analysts' tools (decision 0029): machine accounts only, by "Authorization: Bearer"
     * with a token an administrator made; no session, no person's password, no CSRF (no cookie is ever accepted).
     * Ahead of the other /api chain, which takes people's accounts by HTTP Basic.
     */
    @Bean
    @Order(0)
    SecurityFilterChain dataApiSecurity(HttpSecurity http, ApiTokens tokens, AccessLog accessLog) throws Exception {
        http.securityMatcher("/api/data/**")
                .addFilterBefore(
                        new ApiTokenFilter(tokens),
                        org.springframework.security.web.authentication.AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers(DATA_API_DESCRIPTION)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.requireExplicitSave(true))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, failure) -> unauthorised(response))
                        .accessDeniedHandler(new RefusedRequestHandler(accessLog)))
                .headers(headers ->
                        headers.frameOptions(frame -> frame.deny()).contentTypeOptions(Customizer.withDefaults()));
        return http.build();
    }

    static void unauthorised(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        response.setStatus(401);
        response.setContentType("application/json");
        response.getWriter()
                .write("{\"status\":\"UNAUTHORISED\",\"message\":\"Send a data API token made by a Praxis"
                        + " administrator, as: Authorization: Bearer praxis_...\"}");
    }

    /**
     * Machine endpoints under /api (the nightly case register import): HTTP Basic on every request, no session,
     * and no browser prompt. A 401 never carries WWW-Authenticate, so browsers never cache the credentials and a
     * cross-site page cannot ride them: that is why CSRF tokens are not needed here (decision record 0009).
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            AccountDetailsService accounts,
            PasswordEncoder passwordEncoder,
            SignInThrottle throttle,
            AccessLog accessLog)
            throws Exception {
        var signIn = new ThrottledAuthenticationProvider(accounts, passwordEncoder, throttle);
        AuthenticationEntryPoint unauthorised = (request, response, failure) -> {
            response.setStatus(401);
            response.setContentType("application/json");
            response.getWriter()
                    .write("{\"status\":\"UNAUTHORISED\",\"message\":\"Send the username and password of a Praxis"
                            + " account with the QA lead or admin role, by HTTP Basic.\"}");
        };
        http.securityMatcher("/api/**")
                .authenticationManager(new ProviderManager(signIn))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorised))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorised)
                        .accessDeniedHandler(new RefusedRequestHandler(accessLog)))
                .headers(headers ->
                        headers.frameOptions(frame -> frame.deny()).contentTypeOptions(Customizer.withDefaults()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain praxisSecurity(
            HttpSecurity http,
            AccountDetailsService accounts,
            PasswordEncoder passwordEncoder,
            SignInThrottle throttle,
            AccessLog accessLog,
            SingleSignOnSecurity singleSignOn)
            throws Exception {
        var signIn = new ThrottledAuthenticationProvider(accounts, passwordEncoder, throttle);
        http.authenticationManager(singleSignOn.authenticationManager(signIn))
                .authorizeHttpRequests(
                        requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                                .permitAll()
                                .requestMatchers(PUBLIC_PATHS)
                                .permitAll()
                                .anyRequest()
                                .authenticated())
                .formLogin(form -> form.loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .successHandler(new SignedInRedirect())
                        .failureHandler((request, response, failure) -> response.sendRedirect(request.getContextPath()
                                + (failure instanceof ThrottledAuthenticationProvider.SignInLockedException
                                        ? "/sign-in?problem=locked"
                                        : "/sign-in?problem=credentials"))))
                .logout(logout -> logout.logoutUrl("/sign-out")
                        .logoutSuccessHandler(singleSignOn.signOut(
                                (request, response, authentication) -> response.sendRedirect(request.getContextPath()
                                        + ("timeout".equals(request.getParameter("reason"))
                                                ? "/sign-in?status=timed-out"
                                                : "/sign-in?status=signed-out")))))
                // Hardening (decision 0027): CSRF token in a cookie, so public pages make no session; relative
                // redirects.
                .csrf(BrowserHardening::csrf)
                .addFilterAfter(new BrowserHardening.TokenBeforeThePage(), CsrfFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(BrowserHardening.signInPage())
                        .accessDeniedHandler(new RefusedRequestHandler(accessLog)))
                .headers(headers -> headers.frameOptions(frame -> frame.deny())
                        .contentTypeOptions(Customizer.withDefaults())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        // Sign-in through the council's OpenID Connect provider, when it is switched on (decision 0026).
        singleSignOn.configure(http);
        return http.build();
    }
}
