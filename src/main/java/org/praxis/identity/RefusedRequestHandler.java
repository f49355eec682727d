package org.praxis.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.praxis.accesslog.AccessLog;
import org.praxis.web.FormRecovery;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A refused request. A form sent after the session ended fails its CSRF check: keep what was typed
 * and send the person to sign in again, after which the form comes back filled in. Every other refusal of a
 * signed-in user (a screen their roles do not allow, or one record: {@link RecordRefused}) is written to the
 * access log as DENIED, here and nowhere else, and gets the 403 page.
 */
final class RefusedRequestHandler implements AccessDeniedHandler {

    private final AccessLog accessLog;
    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

    RefusedRequestHandler(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException, jakarta.servlet.ServletException {
        if (refused instanceof CsrfException && sessionHasExpired(request)) {
            FormRecovery.keep(request);
            response.sendRedirect(request.getContextPath() + "/sign-in?status=timed-out");
            return;
        }
        if (refused instanceof RecordRefused record) {
            accessLog.denied(record.recordType(), record.recordId());
        } else if (!(refused instanceof CsrfException) && CurrentUser.get().isPresent()) {
            accessLog.deniedScreen();
        }
        forbidden.handle(request, response, refused);
    }

    private static boolean sessionHasExpired(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }
}
