package org.praxis.organisation;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.Role;
import org.praxis.web.Cell;
import org.praxis.web.FormValues;
import org.praxis.web.ListPage;
import org.praxis.web.OneOf;
import org.praxis.web.Option;
import org.praxis.web.Problem;
import org.praxis.web.Refused;
import org.praxis.web.ReturnTo;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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

    /** The add and change team form, its fields in the page's order; the service is checked by the controller. */
    record TeamForm(
            @Name("the team's name") String name,
            String serviceAreaId,

            @OneOf(value = TeamType.class, message = "Select the kind of team")
            String teamType,

            Integer version) {

        TeamRecords.TeamDetails details() {
            return new TeamRecords.TeamDetails(
                    Rules.tidy(name), FormValues.id(serviceAreaId), FormValues.parse(TeamType.class, teamType));
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
    String add(
            @Valid @ModelAttribute("form") TeamForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        checkServiceArea(form, result);
        if (!result.hasErrors()) {
            try {
                teams.add(form.details());
                redirect.addFlashAttribute("saved", "Team added");
                return "redirect:/organisation/teams";
            } catch (Refused e) {
                e.addTo(result);
            }
        }
        model.addAttribute("problems", Problem.allIn(result, TeamForm.class));
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
            @Valid @ModelAttribute("form") TeamForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        checkServiceArea(form, result);
        if (!result.hasErrors() && form.version() != null) {
            try {
                teams.update(id, form.version(), form.details());
                redirect.addFlashAttribute("saved", "Team changed");
                return "redirect:/organisation/teams";
            } catch (Refused e) { // a name in use, or someone else saved first: the form again, as typed
                e.addTo(result);
            }
        }
        model.addAttribute("problems", Problem.allIn(result, TeamForm.class));
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

    /** The team's service must be one of the open services the page offers. */
    private void checkServiceArea(TeamForm form, BindingResult result) {
        var area = FormValues.id(form.serviceAreaId());
        if (area == null
                || directory.serviceAreaOptions().stream()
                        .noneMatch(o -> o.value().equals(String.valueOf(area)))) {
            result.rejectValue("serviceAreaId", "area", "Select the service the team belongs to");
        }
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
