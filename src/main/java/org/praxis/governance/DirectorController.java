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
        var problems = new java.util.ArrayList<org.praxis.web.Problem>();
        if (!offered.contains(period)) {
            period = page.latest();
        }
        if (quarter != null && !quarter.isBlank() && !period.code().equals(quarter.strip())) {
            // a quarter not offered (still under way, too old, mistyped) is said, not silently replaced
            problems.add(new org.praxis.web.Problem(
                    "quarter",
                    "There is no page for the quarter " + quarter.strip() + ": choose one of the last eight quarters"
                            + " that have ended. This is " + period.label() + "."));
        }
        model.addAttribute("problems", problems);
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
