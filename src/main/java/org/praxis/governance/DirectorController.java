package org.praxis.governance;

import java.time.Clock;
import java.time.LocalDateTime;
import org.praxis.documents.ReportPeriod;
import org.praxis.identity.Policies;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The director's one page: the headline figures of every section for a quarter, each linking to its detail. */
@Controller
class DirectorController {

    private final DirectorsPage page;
    private final org.praxis.web.PageAccess access;
    private final Clock clock;

    DirectorController(DirectorsPage page, org.praxis.web.PageAccess access, Clock clock) {
        this.page = page;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/governance/director")
    @PreAuthorize(Policies.REPORT_READERS)
    String director(@RequestParam(required = false) String quarter, Model model) {
        var offered = page.offered();
        ReportPeriod period;
        try {
            period = quarter == null ? page.latest() : ReportPeriod.parse(quarter);
        } catch (IllegalArgumentException e) {
            period = page.latest();
        }
        if (!offered.contains(period)) {
            period = page.latest();
        }
        var headlines = page.headlines(period);
        model.addAttribute("headlines", headlines);
        // a figure links to its detail only for readers who may open that page
        model.addAttribute(
                "openable",
                access.openable(headlines.composed().sections().stream()
                        .flatMap(s -> s.headlines().stream())
                        .map(h -> h.detailPath())
                        .toList()));
        model.addAttribute("offered", offered);
        model.addAttribute("takenAt", LocalDateTime.ofInstant(headlines.takenAt(), clock.getZone()));
        return "governance/director";
    }
}
