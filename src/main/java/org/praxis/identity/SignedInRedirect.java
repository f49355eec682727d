package org.praxis.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.praxis.web.FormRecovery;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Where someone goes once signed in, with a password or through the identity provider: back to the form they were
 * filling in when their session ended (decision 0006), else to the page they asked for, else home.
 */
final class SignedInRedirect implements AuthenticationSuccessHandler {

    private final SavedRequestAwareAuthenticationSuccessHandler savedRequests =
            new SavedRequestAwareAuthenticationSuccessHandler();

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        var keptForm = FormRecovery.keptPath(request);
        if (keptForm.isPresent()) {
            response.sendRedirect(request.getContextPath() + keptForm.get());
        } else {
            savedRequests.onAuthenticationSuccess(request, response, authentication);
        }
    }
}
