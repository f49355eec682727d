package org.praxis.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.praxis.web.FormRecovery;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What the browser chain needs to hold up on the open internet behind a proxy (decision 0027), kept apart from the
 * chain itself:
 *
 * <ul>
 *   <li>The CSRF token lives in an HttpOnly cookie, not in a session, so the sign-in page and the families' form
 *       create no session (no database row) for someone who only looks at them.
 *   <li>Redirects are relative: never built from the Host header a client sent.
 * </ul>
 */
final class BrowserHardening {

    private BrowserHardening() {}

    /** CSRF tokens in a cookie (HttpOnly, SameSite=Lax, Secure over HTTPS), masked in each page against BREACH. */
    static void csrf(CsrfConfigurer<HttpSecurity> csrf) {
        var repository = new CookieCsrfTokenRepository();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        csrf.csrfTokenRepository(repository).csrfTokenRequestHandler(new XorCsrfTokenRequestAttributeHandler());
    }

    /**
     * Makes the CSRF token (and its cookie) before a page starts to be written, so the cookie is never lost to a page
     * long enough to be sent in parts. Only for GET pages, not for the year-cached assets (a shared cache must never
     * keep someone's cookie).
     */
    static final class TokenBeforeThePage extends OncePerRequestFilter {
        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            var path =
                    request.getRequestURI().substring(request.getContextPath().length());
            return !"GET".equals(request.getMethod())
                    || path.startsWith("/assets/")
                    || path.startsWith("/webjars/")
                    || path.startsWith("/css/")
                    || path.startsWith("/js/")
                    || path.startsWith("/actuator/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }

    /**
     * Sends someone who is not signed in to the sign-in page by a relative address. A form sent after the session
     * ended still carries a good CSRF token (the token is in a cookie now, and outlives the session): its fields are
     * kept and come back after sign-in, as when the token was refused (decision 0006).
     */
    static AuthenticationEntryPoint signInPage() {
        var entryPoint = new LoginUrlAuthenticationEntryPoint("/sign-in");
        entryPoint.setFavorRelativeUris(true);
        return (request, response, notSignedIn) -> {
            if ("POST".equals(request.getMethod())
                    && request.getRequestedSessionId() != null
                    && !request.isRequestedSessionIdValid()) {
                FormRecovery.keep(request);
                response.sendRedirect(request.getContextPath() + "/sign-in?status=timed-out");
            } else {
                entryPoint.commence(request, response, notSignedIn);
            }
        };
    }

    private static final RequestCache SAVED_REQUESTS = new HttpSessionRequestCache();

    /**
     * After sign-in, back to the page the person asked for, by its path alone: the saved request's full URL was built
     * from whatever Host header came with it.
     */
    static void backToTheSavedPage(HttpServletRequest request, HttpServletResponse response, Authentication ignored)
            throws IOException {
        var saved = SAVED_REQUESTS.getRequest(request, response);
        String target = "/";
        if (saved instanceof DefaultSavedRequest page) {
            var path = page.getRequestURI();
            if (path != null && path.startsWith("/") && !path.startsWith("//")) {
                target = path.substring(
                                Math.min(path.length(), request.getContextPath().length()))
                        + (page.getQueryString() == null ? "" : "?" + page.getQueryString());
                if (!target.startsWith("/")) {
                    target = "/" + target;
                }
            }
            SAVED_REQUESTS.removeRequest(request, response);
        }
        response.sendRedirect(request.getContextPath() + target);
    }
}
