package org.praxis.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import org.praxis.web.FormRecovery;
import org.praxis.web.Problem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;

/** The sign-in page (Spring Security handles the POST) and the timeout warning's keep-alive. */
@Controller
class SignInController {

    record SignInForm(String username) {}

    private final SignInThrottle throttle;

    SignInController(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @GetMapping("/sign-in")
    @PreAuthorize("permitAll()")
    String signIn(
            @RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "locked", required = false) String locked,
            @RequestParam(name = "timed-out", required = false) String timedOut,
            @RequestParam(name = "signed-out", required = false) String signedOut,
            HttpServletRequest request,
            Model model) {
        if (CurrentUser.get().isPresent()) {
            return "redirect:/";
        }
        var problems = new ArrayList<Problem>();
        if (locked != null) {
            problems.add(new Problem(
                    "username",
                    "You have entered the wrong details too many times. Wait " + throttle.lockout().toMinutes()
                            + " minutes, then try again."));
        } else if (error != null) {
            problems.add(new Problem("username", "Enter a correct username and password"));
        }
        model.addAttribute("problems", problems);
        model.addAttribute("form", new SignInForm(""));
        model.addAttribute("timedOut", timedOut != null);
        model.addAttribute("formKept", FormRecovery.keptPath(request).isPresent());
        model.addAttribute("signedOut", signedOut != null);
        return "identity/sign-in";
    }

    /** Called by the timeout warning's "Stay signed in": any request keeps the session alive. */
    @GetMapping("/session/keep-alive")
    @PreAuthorize("isAuthenticated()")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ResponseBody
    void keepAlive() {}
}
