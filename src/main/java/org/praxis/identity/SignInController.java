package org.praxis.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import org.praxis.web.FormRecovery;
import org.praxis.web.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The sign-in page (Spring Security handles the POST) and the timeout warning's keep-alive. */
@Controller
class SignInController {

    private final SignInThrottle throttle;
    private final SingleSignOnSettings singleSignOn;
    private final LocalPasswords localPasswords;

    SignInController(SignInThrottle throttle, SingleSignOnSettings singleSignOn, LocalPasswords localPasswords) {
        this.throttle = throttle;
        this.singleSignOn = singleSignOn;
        this.localPasswords = localPasswords;
    }

    @GetMapping("/sign-in")
    @PreAuthorize(Policies.ANYONE)
    String signIn(
            @RequestParam(name = "problem", required = false) String problem,
            @RequestParam(name = "status", required = false) String status,
            HttpServletRequest request,
            Model model) {
        if (CurrentUser.get().isPresent()) {
            return "redirect:/";
        }
        if (singleSignOn.enabled() && "waiting".equals(status)) {
            model.addAttribute("providerName", singleSignOn.providerName());
            return "identity/sign-in-waiting";
        }
        var problems = new ArrayList<Problem>();
        var field = "sso";
        if ("sso-inactive".equals(problem)) {
            problems.add(new Problem(
                    field, "Your Praxis account is deactivated. Ask the Praxis administrator at your council."));
        } else if ("sso-no-role".equals(problem)) {
            problems.add(new Problem(
                    field,
                    "Your account with " + singleSignOn.providerName()
                            + " is not in any group that gives a role in Praxis. Ask the Praxis administrator at your"
                            + " council."));
        } else if ("sso".equals(problem)) {
            problems.add(new Problem(
                    field,
                    "Signing in with " + singleSignOn.providerName()
                            + " did not work. Try again, or ask the Praxis administrator at your council."));
        } else if ("locked".equals(problem)) {
            problems.add(new Problem(
                    "username",
                    "You have entered the wrong details too many times. Wait "
                            + throttle.lockout().toMinutes() + " minutes, then try again."));
        } else if (problem != null) {
            problems.add(new Problem("username", "Enter a correct username and password"));
        }
        model.addAttribute("problems", problems);
        model.addAttribute("timedOut", "timed-out".equals(status));
        model.addAttribute("formKept", FormRecovery.keptPath(request).isPresent());
        model.addAttribute("signedOut", "signed-out".equals(status));
        model.addAttribute("singleSignOn", singleSignOn.enabled());
        model.addAttribute("providerName", singleSignOn.providerName());
        model.addAttribute("singleSignOnPath", SingleSignOnSecurity.SIGN_IN_PATH);
        // With passwords off the form is only for the break-glass administrator, behind a "details" summary.
        model.addAttribute("passwords", !singleSignOn.enabled() || localPasswords.onForEveryone());
        model.addAttribute(
                "breakGlass",
                singleSignOn.enabled()
                        && !localPasswords.onForEveryone()
                        && !localPasswords.breakGlassUsername().isEmpty());
        return "identity/sign-in";
    }

    /** Called by the timeout warning's "Stay signed in": any request keeps the session alive. */
    @GetMapping("/session/keep-alive")
    @PreAuthorize(Policies.SIGNED_IN)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ResponseBody
    void keepAlive() {}
}
