package org.praxis.web;

import org.praxis.identity.Policies;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Pages anyone may read, signed in or not. */
@Controller
class InformationPagesController {

    @GetMapping("/accessibility")
    @PreAuthorize(Policies.ANYONE)
    String accessibility() {
        return "web/accessibility";
    }

    @GetMapping("/privacy")
    @PreAuthorize(Policies.ANYONE)
    String privacy() {
        return "web/privacy";
    }
}
