package org.praxis.notifications;

import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.web.ListPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Each signed-in user's own messages. */
@Controller
@RequestMapping("/notifications")
class NoticeController {

    private final Notices notices;

    NoticeController(Notices notices) {
        this.notices = notices;
    }

    @GetMapping
    @PreAuthorize(Policies.SIGNED_IN)
    String list(@RequestParam(name = "page", required = false) Integer page, Model model) {
        model.addAttribute("page", notices.forUser(CurrentUser.require().userId(), ListPage.requested(page)));
        return "notifications/list";
    }

    @PostMapping("/read")
    @PreAuthorize(Policies.SIGNED_IN)
    String markRead() {
        notices.markAllRead(CurrentUser.require().userId());
        return "redirect:/notifications";
    }
}
