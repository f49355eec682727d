package org.praxis.workforce;

import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.RecordAccess;
import org.praxis.identity.Role;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.web.Cell;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Caseloads: for team managers their teams' workers by name; for the QA lead each team's counts and the workers over
 * their threshold council-wide.
 */
@Controller
class CaseloadController {

    private final Caseloads caseloads;
    private final OrganisationDirectory organisation;

    CaseloadController(Caseloads caseloads, OrganisationDirectory organisation) {
        this.caseloads = caseloads;
        this.organisation = organisation;
    }

    @GetMapping("/workforce/caseloads")
    @PreAuthorize(Policies.CASELOAD_READERS)
    String caseloads(Model model) {
        var user = CurrentUser.require();
        var teams = organisation.teams();
        if (user.has(Role.QA_LEAD)) {
            var summary = caseloads.summary();
            model.addAttribute("council", summary.getFirst());
            model.addAttribute(
                    "teamRows",
                    summary.stream()
                            .skip(1)
                            .map(c -> List.of(
                                    Cell.text(c.teamName()),
                                    Cell.number(c.workers()),
                                    Cell.number(c.openCases()),
                                    new Cell(
                                            c.averagePerWorker() == null
                                                    ? "–"
                                                    : String.format(java.util.Locale.UK, "%.1f", c.averagePerWorker()),
                                            null,
                                            true,
                                            null),
                                    c.workersOver() == 0
                                            ? Cell.number(0)
                                            : Cell.tag(String.valueOf(c.workersOver()), "red")))
                            .toList());
        }
        var named = user.has(Role.QA_LEAD)
                ? caseloads.overThreshold()
                : caseloads.namedIn(user.teamIds().stream()
                        .filter(team -> RecordAccess.maySeeCaseloads(user, team))
                        .toList());
        model.addAttribute("qaLead", user.has(Role.QA_LEAD));
        model.addAttribute(
                "workerRows",
                named.stream()
                        .map(w -> List.of(
                                Cell.text(w.fullName()),
                                Cell.text(
                                        teams.containsKey(w.teamId())
                                                ? teams.get(w.teamId()).name()
                                                : ""),
                                Cell.text(w.jobRole().label()),
                                Cell.number(w.openCases()),
                                Cell.number(w.threshold()),
                                w.over()
                                        ? Cell.tag("Over by " + (w.openCases() - w.threshold()), "red")
                                        : Cell.text("")))
                        .toList());
        model.addAttribute(
                "overCount", named.stream().filter(Caseloads.Worker::over).count());
        return "workforce/caseloads";
    }
}
