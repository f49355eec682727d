package org.praxis.organisation;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.web.Cell;
import org.praxis.web.FormRecovery;
import org.praxis.web.FormValues;
import org.praxis.web.ListPage;
import org.praxis.web.Option;
import org.praxis.web.Problem;
import org.praxis.web.Refused;
import org.praxis.web.SummaryRow;
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

/** The staff screens: list and view for staff roles (managers and practitioners see their team), changes for administrators. */
@Controller
@RequestMapping("/organisation/staff")
class StaffController {

    private final StaffRecords staff;
    private final TeamDirectory teams;

    StaffController(StaffRecords staff, TeamDirectory teams) {
        this.staff = staff;
        this.teams = teams;
    }

    record FilterForm(String name, String teamId, String jobRole, String employmentType, String status) {}

    @GetMapping
    @PreAuthorize(Policies.STAFF)
    String list(
            @ModelAttribute("filter") FilterForm filter,
            @RequestParam(name = "page", required = false) Integer page,
            Model model) {
        var user = CurrentUser.require();
        var found = staff.list(
                new StaffRecords.Filter(
                        filter.name(),
                        FormValues.id(filter.teamId()),
                        JobRole.parse(filter.jobRole()).orElse(null),
                        EmploymentType.parse(filter.employmentType()).orElse(null),
                        "all".equals(filter.status())),
                user,
                ListPage.requested(page));
        model.addAttribute("page", found);
        model.addAttribute(
                "rows", found.items().stream().map(StaffController::row).toList());
        model.addAttribute("teamScoped", user.isTeamScoped());
        model.addAttribute("canChange", user.has(org.praxis.identity.Role.ADMIN));
        model.addAttribute("teamOptions", teams.activeTeamOptions());
        model.addAttribute("jobRoleOptions", jobRoleOptions());
        model.addAttribute("employmentOptions", employmentOptions());
        model.addAttribute(
                "statusOptions", List.of(new Option("", "Active staff"), new Option("all", "Active and inactive")));
        return "organisation/staff-list";
    }

    @GetMapping("/{id}")
    @PreAuthorize(Policies.STAFF)
    String view(@PathVariable long id, Model model) {
        var user = CurrentUser.require();
        var view = staff.view(id, user);
        var s = view.staff();
        model.addAttribute("staff", s);
        model.addAttribute("canChange", user.has(org.praxis.identity.Role.ADMIN));
        model.addAttribute(
                "rows",
                List.of(
                        SummaryRow.of("Work email", s.workEmail()),
                        SummaryRow.of("Job role", s.jobRole().label()),
                        SummaryRow.of("Team", view.teamName()),
                        SummaryRow.of("Service", view.serviceAreaName()),
                        SummaryRow.of("Employment", s.employmentType().label()),
                        SummaryRow.of("Start date", s.startDate() == null ? null : Dates.shown(s.startDate())),
                        SummaryRow.of("Status", s.active() ? "Active" : "Inactive")));
        return "organisation/staff-view";
    }

    @GetMapping("/new")
    @PreAuthorize(Policies.ADMINISTRATORS)
    String addForm(
            @RequestParam(name = FormRecovery.RECOVERED_PARAMETER, required = false) boolean recovered,
            @ModelAttribute("form") StaffForm kept,
            Model model) {
        model.addAttribute("form", recovered ? kept : StaffForm.empty());
        model.addAttribute("recovered", recovered);
        return form(model, null);
    }

    @PostMapping("/new")
    @PreAuthorize(Policies.ADMINISTRATORS)
    String add(
            @Valid @ModelAttribute("form") StaffForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        checkTeam(form, result);
        if (!result.hasErrors()) {
            try {
                var id = staff.add(form.details());
                redirect.addFlashAttribute("saved", "Staff member added");
                return "redirect:/organisation/staff/" + id;
            } catch (Refused e) {
                e.addTo(result);
            }
        }
        model.addAttribute("problems", Problem.allIn(result, StaffForm.class));
        return form(model, null);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Policies.ADMINISTRATORS)
    String editForm(
            @PathVariable long id,
            @RequestParam(name = FormRecovery.RECOVERED_PARAMETER, required = false) boolean recovered,
            @ModelAttribute("form") StaffForm kept,
            Model model) {
        var current = staff.forEditing(id);
        model.addAttribute("form", recovered ? kept : StaffForm.of(current));
        model.addAttribute("recovered", recovered);
        return form(model, id);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(Policies.ADMINISTRATORS)
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") StaffForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        checkTeam(form, result);
        if (form.version() == null) {
            result.reject("version", "This form is out of date. Open the record again and make your change.");
        }
        if (!result.hasErrors()) {
            try {
                staff.update(id, form.version(), form.details());
                redirect.addFlashAttribute("saved", "Changes saved");
                return "redirect:/organisation/staff/" + id;
            } catch (Refused e) { // an email in use, or someone else saved first: the form again, as typed
                e.addTo(result);
            }
        }
        model.addAttribute("problems", Problem.allIn(result, StaffForm.class));
        return form(model, id);
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize(Policies.ADMINISTRATORS)
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        staff.setActive(id, false);
        redirect.addFlashAttribute("saved", "Staff member deactivated");
        return "redirect:/organisation/staff/" + id;
    }

    @PostMapping("/{id}/reactivate")
    @PreAuthorize(Policies.ADMINISTRATORS)
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        staff.setActive(id, true);
        redirect.addFlashAttribute("saved", "Staff member reactivated");
        return "redirect:/organisation/staff/" + id;
    }

    /** Staff join one of the open teams. */
    private void checkTeam(StaffForm form, BindingResult result) {
        var team = FormValues.id(form.teamId());
        if (team == null || !teams.isActiveTeam(team)) {
            result.rejectValue("teamId", "team", "Select their team");
        }
    }

    private String form(Model model, Long id) {
        model.addAttribute("staffId", id);
        model.addAttribute("teamOptions", teams.activeTeamOptions());
        model.addAttribute("jobRoleOptions", jobRoleOptions());
        model.addAttribute("employmentOptions", employmentOptions());
        return "organisation/staff-form";
    }

    static List<Option> jobRoleOptions() {
        return Arrays.stream(JobRole.values())
                .map(r -> new Option(r.name(), r.label()))
                .toList();
    }

    static List<Option> employmentOptions() {
        return Arrays.stream(EmploymentType.values())
                .map(t -> new Option(t.name(), t.label()))
                .toList();
    }

    private static List<Cell> row(StaffRecords.ListItem s) {
        return List.of(
                Cell.link(s.fullName(), "/organisation/staff/" + s.id()),
                Cell.text(s.jobRole().label()),
                Cell.text(s.teamName()),
                Cell.text(s.employmentType().label()),
                s.active() ? Cell.tag("Active", "green") : Cell.tag("Inactive", "grey"));
    }
}
