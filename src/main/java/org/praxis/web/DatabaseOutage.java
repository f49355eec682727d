package org.praxis.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * While the database cannot be reached, every page answers at once (the pool waits at most
 * {@code spring.datasource.hikari.connection-timeout}) with the GOV.UK "Sorry, the service is unavailable" page and
 * status 503, not an empty 500. Outermost but for the CSP filter, so it also catches a failure to read the session,
 * which happens before any controller; the page is written without touching the database. Nothing else is needed for
 * recovery: the pool opens new connections when the database is back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseOutage extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

    private final ITemplateEngine templates;
    private final String councilName;
    private final String govukVersion;

    DatabaseOutage(
            ITemplateEngine templates,
            CouncilProperties council,
            @Value("${praxis.govuk-frontend.version:5.14.0}") String govukVersion) {
        this.templates = templates;
        this.councilName = council.name();
        this.govukVersion = govukVersion;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!unreachable(failure) || response.isCommitted()) {
                throw failure;
            }
            // No request details: they could identify a person.
            log.warn("The database cannot be reached: answered 503 ({})", rootCause(failure));
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "30");
            response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
            setIfAbsent(response, "X-Content-Type-Options", "nosniff");
            setIfAbsent(response, "X-Frame-Options", "DENY");
            setIfAbsent(response, "Referrer-Policy", "same-origin");
            response.setContentType("text/html;charset=UTF-8");
            var page = new Context();
            page.setVariable("councilName", councilName);
            page.setVariable(
                    "govukCss", "/webjars/govuk-frontend/" + govukVersion + "/dist/govuk/govuk-frontend.min.css");
            templates.process("error/service-unavailable", page, response.getWriter());
        }
    }

    private static void setIfAbsent(HttpServletResponse response, String name, String value) {
        if (!response.containsHeader(name)) {
            response.setHeader(name, value);
        }
    }

    /** A connection could not be had, or the one in use was cut: the database is down or unreachable. */
    static boolean unreachable(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            // A connection cut mid-transaction: the rollback fails too, and hides the first failure.
            if (cause instanceof TransactionSystemException rollback
                    && rollback.getApplicationException() != null
                    && unreachable(rollback.getApplicationException())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                var state = sql.getSQLState();
                // 08: connection exception; 57P01-57P03: the server is shutting down or not accepting connections;
                // 90067 and 90098: H2's "connection is broken" and "database is closed".
                if (state.startsWith("08")
                        || state.startsWith("57P0")
                        || state.equals("90067")
                        || state.equals("90098")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String rootCause(Throwable failure) {
        var cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }
}
