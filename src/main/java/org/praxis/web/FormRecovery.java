package org.praxis.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps what a person typed when their session ran out before they pressed "Save": the refused POST's
 * fields go into the new session, and after sign-in the same form is shown again with those fields
 * (its GET request carries them as parameters, plus {@value #RECOVERED_PARAMETER}), so nothing is lost.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class FormRecovery extends OncePerRequestFilter {

    /** Present on a form's GET request when its fields were recovered; the page says so. */
    public static final String RECOVERED_PARAMETER = "recovered";

    private static final String SESSION_KEY = FormRecovery.class.getName();

    /** How long a kept form waits for its owner to sign in again; after that it is dropped. */
    static final java.time.Duration KEPT_FOR = java.time.Duration.ofMinutes(10);

    record KeptForm(String path, HashMap<String, String[]> fields, java.time.Instant keptAt) implements Serializable {
        boolean fresh() {
            return keptAt.plus(KEPT_FOR).isAfter(java.time.Instant.now());
        }
    }

    /** Keeps the fields of a refused form submission; returns the address to go back to after sign-in. */
    public static String keep(HttpServletRequest request) {
        var fields = new HashMap<String, String[]>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("_csrf")) {
                fields.put(name, values.clone());
            }
        });
        var path = request.getRequestURI().substring(request.getContextPath().length());
        request.getSession(true).setAttribute(SESSION_KEY, new KeptForm(path, fields, java.time.Instant.now()));
        return path;
    }

    /** The address of a kept form, if one is waiting in this session. */
    public static Optional<String> keptPath(HttpServletRequest request) {
        var session = request.getSession(false);
        return session != null && session.getAttribute(SESSION_KEY) instanceof KeptForm kept && kept.fresh()
                ? Optional.of(kept.path())
                : Optional.empty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null
                && "GET".equals(request.getMethod())
                && session.getAttribute(SESSION_KEY) instanceof KeptForm kept
                && kept.fresh()
                && kept.path()
                        .equals(request.getRequestURI()
                                .substring(request.getContextPath().length()))
                && request.getUserPrincipal() != null) {
            session.removeAttribute(SESSION_KEY);
            var fields = new HashMap<>(kept.fields());
            fields.put(RECOVERED_PARAMETER, new String[] {"true"});
            chain.doFilter(new WithFields(request, fields), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static final class WithFields extends HttpServletRequestWrapper {
        private final Map<String, String[]> fields;

        WithFields(HttpServletRequest request, Map<String, String[]> fields) {
            super(request);
            this.fields = Collections.unmodifiableMap(fields);
        }

        @Override
        public String getParameter(String name) {
            var values = fields.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return fields;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(fields.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return fields.get(name);
        }
    }
}
