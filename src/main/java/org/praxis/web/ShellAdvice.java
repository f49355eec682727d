package org.praxis.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts what every page needs on it: the layout's council name, navigation for the user's roles and
 * timeout, and an empty list of problems for the error summary.
 */
@ControllerAdvice
class ShellAdvice {

    /** What the layout shows around every page. */
    record Shell(
            String councilName,
            boolean signedIn,
            List<Navigation.Item> navigation,
            List<Navigation.Item> familyPages,
            String family,
            String currentPath,
            long idleTimeoutSeconds,
            long warningSeconds,
            String cspNonce) {

        public boolean isCurrent(String href) {
            return href.equals("/") ? currentPath.equals("/") : currentPath.startsWith(href);
        }

        public boolean isCurrent(Navigation.Item item) {
            return item.current(currentPath);
        }
    }

    private final CouncilProperties council;
    private final Navigation navigation;
    private final Duration idleTimeout;
    private final Duration warningBefore;

    ShellAdvice(
            CouncilProperties council,
            Navigation navigation,
            @Value("${praxis.session.idle-timeout}") Duration idleTimeout,
            @Value("${praxis.session.warning-before}") Duration warningBefore) {
        this.council = council;
        this.navigation = navigation;
        this.idleTimeout = idleTimeout;
        this.warningBefore = warningBefore;
    }

    /** No problems until a handler finds some: every page can show the error summary fragment. */
    @ModelAttribute("problems")
    List<Problem> problems() {
        return List.of();
    }

    @ModelAttribute("shell")
    Shell shell(HttpServletRequest request) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var signedIn = authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        return new Shell(
                council.name(),
                signedIn,
                signedIn ? navigation.visibleTo(authentication) : List.of(),
                signedIn ? navigation.familyPages(request.getRequestURI(), authentication) : List.of(),
                navigation.familyOf(request.getRequestURI(), signedIn ? authentication : null),
                request.getRequestURI(),
                idleTimeout.toSeconds(),
                warningBefore.toSeconds(),
                (String) request.getAttribute(CspNonceFilter.NONCE_ATTRIBUTE));
    }
}
