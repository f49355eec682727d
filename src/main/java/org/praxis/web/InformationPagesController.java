package org.praxis.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Pages anyone may read, signed in or not. */
@Controller
class InformationPagesController {

    @GetMapping("/accessibility")
    @PreAuthorize("permitAll()")
    String accessibility() {
        return "web/accessibility";
    }

    @GetMapping("/privacy")
    @PreAuthorize("permitAll()")
    String privacy() {
        return "web/privacy";
    }
}
