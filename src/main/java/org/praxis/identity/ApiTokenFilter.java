package org.praxis.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads "Authorization: Bearer praxis_…" on the data API. A token in force signs the request in as its machine
 * account (named "api:" and the account's name in the access log), with the API reader role only; a wrong or revoked
 * token is answered 401 at once. Never a session, never a person.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    static final String ROLE = "ROLE_API_READER";

    private final ApiTokens tokens;

    ApiTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            var name = tokens.check(header.substring(7).strip());
            if (name.isEmpty()) {
                SecurityConfiguration.unauthorised(response);
                return;
            }
            var authentication = UsernamePasswordAuthenticationToken.authenticated(
                    "api:" + name.get(), null, List.of(new SimpleGrantedAuthority(ROLE)));
            SecurityContextHolder.getContext().setAuthentication(authentication);
        }
        chain.doFilter(request, response);
    }
}
