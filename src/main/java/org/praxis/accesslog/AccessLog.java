package org.praxis.accesslog;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records that the current user viewed, exported or changed a record. These entries are written in the
 * caller's transaction and refuse to run without one: if the entry cannot be written, the read or
 * change fails with it. Refusals are written in their own transaction so they survive the refusal.
 */
@Service
public class AccessLog {

    /** What was done to the record, with the word the access log page shows for it. */
    public enum Action {
        VIEWED("Viewed"),
        EXPORTED("Exported"),
        CHANGED("Changed"),
        DENIED("Refused");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final int MAX_ID = 64;
    private static final int MAX_SCREEN = 200;

    private final JdbcClient jdbc;
    private final Clock clock;

    AccessLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void viewed(String recordType, Object recordId) {
        write(Action.VIEWED, recordType, recordId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void exported(String recordType, Object recordId) {
        write(Action.EXPORTED, recordType, recordId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(String recordType, Object recordId) {
        write(Action.CHANGED, recordType, recordId);
    }

    /** The current user asked for a record outside their scope. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void denied(String recordType, Object recordId) {
        write(Action.DENIED, recordType, recordId);
    }

    /** The current user asked for a screen their roles do not allow. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void deniedScreen() {
        var request = currentRequest();
        write(Action.DENIED, "SCREEN", request == null ? "unknown" : request.getRequestURI());
    }

    private void write(Action action, String recordType, Object recordId) {
        jdbc.sql("""
                        insert into access_log (occurred_at, username, action, record_type, record_id, screen)
                        values (:at, :username, :action, :type, :id, :screen)
                        """)
                .param("at", Timestamp.from(clock.instant()))
                .param("username", currentUsername())
                .param("action", action.name())
                .param("type", recordType)
                .param("id", truncate(String.valueOf(recordId), MAX_ID))
                .param("screen", truncate(currentScreen(), MAX_SCREEN))
                .update();
    }

    private static String currentUsername() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return currentRequest() == null ? "command-line" : "anonymous";
        }
        return truncate(authentication.getName(), 60);
    }

    /** The screen as its address pattern ("GET /organisation/staff/{id}"), so ids in paths are not repeated. */
    private static String currentScreen() {
        var request = currentRequest();
        if (request == null) {
            return "command line";
        }
        var pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return request.getMethod() + " " + (pattern != null ? pattern : request.getRequestURI());
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
