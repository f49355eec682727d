package org.praxis.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Content Security Policy with a fresh nonce per response. Pages put the nonce on their few inline
 * scripts (the GOV.UK "js-enabled" switch and module start-up); nothing else inline runs. With single sign-on on,
 * forms may also lead to the identity provider (signing out ends the provider's session there, decision 0026).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CspNonceFilter extends OncePerRequestFilter {

    static final String NONCE_ATTRIBUTE = "cspNonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String formAction;

    CspNonceFilter(org.springframework.core.env.Environment environment) {
        var issuer = environment.getProperty("praxis.sso.issuer", "");
        String provider = "";
        if (environment.getProperty("praxis.sso.enabled", Boolean.class, false) && !issuer.isBlank()) {
            var uri = java.net.URI.create(issuer.strip());
            provider = " " + uri.getScheme() + "://" + uri.getRawAuthority();
        }
        this.formAction = "form-action 'self'" + provider + ";";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        var nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; style-src 'self'; img-src 'self' data:; "
                        + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                        + formAction + " frame-ancestors 'none'");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        chain.doFilter(request, response);
    }
}
