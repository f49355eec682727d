package org.praxis.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.Role;
import org.praxis.web.Cell;
import org.praxis.web.FormValues;
import org.praxis.web.ListPage;
import org.praxis.web.Option;
import org.praxis.web.Problem;
import org.praxis.web.Refused;
import org.praxis.web.ReturnTo;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The teams screens: everyone on staff can list them; administrators add, change and close them. */
@Controller
@RequestMapping("/organisation/teams")
class TeamController {

    record FilterForm(String name, String directorate, String serviceAreaId, String teamType, String status) {}

    record TeamForm(String name, String serviceAreaId, String teamType, Integer version) {

        Optional<TeamRecords.TeamDetails> check(Errors errors, List<Option> serviceAreas) {
            Rules.nameProblem(name, "the team's name").ifPresent(p -> errors.rejectValue("name", "name", p));
            var area = FormValues.id(serviceAreaId);
            if (area == null || serviceAreas.stream().noneMatch(o -> o.value().equals(String.valueOf(area)))) {
                errors.rejectValue("serviceAreaId", "area", "Select the service the team belongs to");
            }
            var type = Arrays.stream(TeamType.values())
                    .filter(t -> t.name().equals(teamType))
                    .findFirst();
            if (type.isEmpty()) {
                errors.rejectValue("teamType", "type", "Select the kind of team");
            }
            return errors.hasErrors()
                    ? Optional.empty()
                    : Optional.of(new TeamRecords.TeamDetails(Rules.tidy(name), area, type.get()));
        }
    }

    private final TeamRecords teams;
    private final TeamDirectory directory;

    TeamController(TeamRecords teams, TeamDirectory directory) {
        this.teams = teams;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize(Policies.STAFF)
    String list(
            @ModelAttribute("filter") FilterForm filter,
            @RequestParam(name = "page", required = false) Integer page,
            Model model) {
        var found = teams.list(
                new TeamRecords.Filter(
                        filter.name(),
                        filter.directorate(),
                        FormValues.id(filter.serviceAreaId()),
                        Arrays.stream(TeamType.values())
                                .filter(t -> t.name().equals(filter.teamType()))
                                .findFirst()
                                .orElse(null),
                        "all".equals(filter.status())),
                ListPage.requested(page));
        var isAdmin = CurrentUser.require().has(Role.ADMIN);
        model.addAttribute("page", found);
        model.addAttribute(
                "rows",
                found.items().stream()
                        .map(t -> List.of(
                                isAdmin
                                        ? Cell.link(t.name(), "/organisation/teams/" + t.id() + "/edit")
                                        : Cell.text(t.name()),
                                Cell.text(t.teamType().label()),
                                Cell.text(t.directorate() + ": " + t.serviceArea()),
                                Cell.link(String.valueOf(t.activeStaff()), "/organisation/staff?teamId=" + t.id()),
                                t.active() ? Cell.tag("Open", "green") : Cell.tag("Closed", "grey")))
                        .toList());
        model.addAttribute("canChange", isAdmin);
        model.addAttribute(
                "directorateOptions",
                Arrays.stream(DirectorateKind.values())
                        .map(k -> new Option(k.name(), k.label()))
                        .toList());
        model.addAttribute("teamTypeOptions", teamTypeOptions());
        model.addAttribute("serviceAreaOptions", directory.serviceAreaOptions());
        model.addAttribute(
                "statusOptions", List.of(new Option("", "Open teams"), new Option("all", "Open and closed")));
        return "organisation/team-list";
    }

    @GetMapping("/new")
    @PreAuthorize(Policies.ADMINISTRATORS)
    String addForm(Model model) {
        model.addAttribute("form", new TeamForm("", "", "", null));
        return form(model, null, true);
    }

    @PostMapping("/new")
    @PreAuthorize(Policies.ADMINISTRATORS)
    String add(@ModelAttribute("form") TeamForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        var details = form.check(result, directory.serviceAreaOptions());
        if (details.isPresent()) {
            try {
                teams.add(details.get());
                redirect.addFlashAttribute("saved", "Team added");
                return "redirect:/organisation/teams";
            } catch (Refused e) {
                e.addTo(result);
            }
        }
        model.addAttribute("problems", Problem.allIn(result));
        return form(model, null, true);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Policies.ADMINISTRATORS)
    String editForm(@PathVariable long id, Model model) {
        var team = teams.get(id);
        model.addAttribute(
                "form",
                new TeamForm(
                        team.name(),
                        String.valueOf(team.serviceAreaId()),
                        team.teamType().name(),
                        team.version()));
        return form(model, id, team.active());
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(Policies.ADMINISTRATORS)
    String edit(
            @PathVariable long id,
            @ModelAttribute("form") TeamForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var details = form.check(result, directory.serviceAreaOptions());
        if (details.isPresent() && form.version() != null) {
            try {
                teams.update(id, form.version(), details.get());
                redirect.addFlashAttribute("saved", "Team changed");
                return "redirect:/organisation/teams";
            } catch (Refused e) {
                e.addTo(result);
            } catch (OptimisticLockingFailureException e) {
                result.reject(
                        "conflict",
                        "Someone else changed this team while you were editing it. Open it again to see their change.");
            }
        }
        model.addAttribute("problems", Problem.allIn(result));
        return form(model, id, teams.get(id).active());
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize(Policies.ADMINISTRATORS)
    @ReturnTo("/organisation/teams/{id}/edit")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        teams.setActive(id, false);
        redirect.addFlashAttribute("saved", "Team closed");
        return "redirect:/organisation/teams";
    }

    @PostMapping("/{id}/reactivate")
    @PreAuthorize(Policies.ADMINISTRATORS)
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        teams.setActive(id, true);
        redirect.addFlashAttribute("saved", "Team reopened");
        return "redirect:/organisation/teams";
    }

    private String form(Model model, Long id, boolean active) {
        model.addAttribute("teamId", id);
        model.addAttribute("teamActive", active);
        model.addAttribute("serviceAreaOptions", directory.serviceAreaOptions());
        model.addAttribute("teamTypeOptions", teamTypeOptions());
        return "organisation/team-form";
    }

    private static List<Option> teamTypeOptions() {
        return Arrays.stream(TeamType.values())
                .map(t -> new Option(t.name(), t.label()))
                .toList();
    }
}
