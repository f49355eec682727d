package org.praxis.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.praxis.web.FormRecovery;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * Where someone goes once signed in, with a password or through the identity provider: back to the form they were
 * filling in when their session ended (decision 0006), else to the page they asked for, else home.
 */
final class SignedInRedirect implements AuthenticationSuccessHandler {

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        var keptForm = FormRecovery.keptPath(request);
        if (keptForm.isPresent()) {
            response.sendRedirect(request.getContextPath() + keptForm.get());
        } else {
            // A relative redirect, never built from the request's Host header (decision 0027).
            BrowserHardening.backToTheSavedPage(request, response, authentication);
        }
    }
}
