package org.praxis.register;

import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.Role;
import org.praxis.register.indicators.Indicator;
import org.praxis.register.indicators.IndicatorFigures;
import org.praxis.web.FormValues;
import org.praxis.web.Option;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The indicators of a snapshot, overall and by team, each with its definition. Counts only: no case data. */
@Controller
@RequestMapping("/register/indicators")
class IndicatorController {

    private final IndicatorFigures figures;

    IndicatorController(IndicatorFigures figures) {
        this.figures = figures;
    }

    @GetMapping
    @PreAuthorize(Policies.CASE_READERS)
    String show(@RequestParam(name = "snapshot", required = false) String snapshotId, Model model) {
        var recent = figures.recentSnapshots();
        model.addAttribute(
                "snapshotOptions",
                recent.stream()
                        .map(s -> new Option(String.valueOf(s.id()), s.asAt().format(RegisterController.DAY)))
                        .toList());
        var snapshot = figures.chosenOrLatest(FormValues.id(snapshotId), recent);
        model.addAttribute("snapshot", snapshot.orElse(null));
        model.addAttribute("selected", snapshot.map(s -> String.valueOf(s.id())).orElse(""));
        model.addAttribute("bins", Indicator.VISIT_BINS);
        var user = CurrentUser.require();
        model.addAttribute("canSeeHolidays", user.has(Role.ADMIN) || user.has(Role.QA_LEAD));
        model.addAttribute("indicators", snapshot.map(s -> figures.of(s.id())).orElse(List.of()));
        return "register/indicators";
    }
}
