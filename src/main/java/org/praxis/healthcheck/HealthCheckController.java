package org.praxis.healthcheck;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.praxis.actions.Actions;
import org.praxis.documents.PdfDocument;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.Role;
import org.praxis.identity.StaffAccounts;
import org.praxis.surveys.EmployerStandard;
import org.praxis.web.DateInput;
import org.praxis.web.FormValues;
import org.praxis.web.MaxLength;
import org.praxis.web.NotFound;
import org.praxis.web.Option;
import org.praxis.web.Problem;
import org.praxis.web.RealDate;
import org.springframework.beans.factory.annotation.Value;
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
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** The annual health check: the years, a year's page and PDF, its agreement with the unions and its actions. */
@Controller
@RequestMapping("/health-check")
class HealthCheckController {

    /** An action of the plan, its fields in the page's order. */
    record PlanActionForm(
            @NotBlank(message = "Enter what needs to be done") @MaxLength(value = 500, label = "The action")
            String title,

            String standard,

            @MaxLength(value = 2000, label = "How success will be judged")
            String measure,

            @NotBlank(message = "Choose who owns the action")
            String owner,

            @RealDate(label = "Due date", blank = "Enter the due date")
            DateInput due) {

        static PlanActionForm empty() {
            return new PlanActionForm("", "", "", "", DateInput.of(null));
        }
    }

    private final HealthChecks checks;
    private final HealthCheckPlans plans;
    private final Actions actions;
    private final StaffAccounts accounts;
    private final TemplateEngine templates;
    private final Clock clock;
    private final String council;

    HealthCheckController(
            HealthChecks checks,
            HealthCheckPlans plans,
            Actions actions,
            StaffAccounts accounts,
            TemplateEngine templates,
            Clock clock,
            @Value("${praxis.council.name:Praxis}") String council) {
        this.checks = checks;
        this.plans = plans;
        this.actions = actions;
        this.accounts = accounts;
        this.templates = templates;
        this.clock = clock;
        this.council = council;
    }

    @GetMapping
    @PreAuthorize(Policies.HEALTH_CHECK_READERS)
    String years(Model model) {
        model.addAttribute("years", checks.years());
        return "healthcheck/years";
    }

    @GetMapping("/{year}")
    @PreAuthorize(Policies.HEALTH_CHECK_READERS)
    String year(@PathVariable int year, Model model) {
        var check = checks.year(year).orElseThrow(NotFound::new);
        model.addAttribute("check", check);
        model.addAttribute("plans", CurrentUser.require().has(Role.QA_LEAD));
        // An action links to its page only for those who may open it; others see its title and status.
        model.addAttribute(
                "openable",
                actions.openableBy(
                        CurrentUser.require(),
                        check.actions().stream().map(Actions.ActionRow::id).toList()));
        return "healthcheck/year";
    }

    @GetMapping("/{year}.pdf")
    @PreAuthorize(Policies.HEALTH_CHECK_READERS)
    void pdf(@PathVariable int year, HttpServletResponse response) throws IOException {
        var context = new Context(Locale.UK);
        context.setVariable("check", checks.year(year).orElseThrow(NotFound::new));
        context.setVariable("council", council);
        context.setVariable(
                "today", LocalDate.now(clock).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")));
        var pdf = PdfDocument.fromHtml(templates.process("healthcheck/report", context));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"health-check-" + year + ".pdf\"");
        response.getOutputStream().write(pdf);
    }

    @PostMapping("/{year}/plan")
    @PreAuthorize(Policies.QA_LEADS)
    String agreement(
            @PathVariable int year,
            @RequestParam(required = false) String agreed,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) Integer lockVersion,
            RedirectAttributes redirect) {
        if (!checks.exists(year)) {
            throw new NotFound();
        }
        if (note != null && note.length() > 2000) {
            throw new org.praxis.web.Refused("note", "What was agreed must be 2000 characters or fewer");
        }
        plans.record(
                year,
                "yes".equals(agreed),
                note,
                lockVersion,
                CurrentUser.require().username());
        redirect.addFlashAttribute("saved", "The plan's agreement with the trade unions is recorded");
        return "redirect:/health-check/" + year + "#plan";
    }

    @GetMapping("/{year}/actions/new")
    @PreAuthorize(Policies.QA_LEADS)
    String actionForm(@PathVariable int year, Model model) {
        model.addAttribute("form", PlanActionForm.empty());
        return actionForm(year, model, List.of());
    }

    @PostMapping("/{year}/actions/new")
    @PreAuthorize(Policies.QA_LEADS)
    String raise(
            @PathVariable int year,
            @Valid @ModelAttribute("form") PlanActionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!checks.exists(year)) {
            throw new NotFound();
        }
        var owner = FormValues.id(form.owner());
        if (!result.hasFieldErrors("owner")
                && (owner == null || owners().stream().noneMatch(o -> o.value().equals(String.valueOf(owner))))) {
            result.rejectValue("owner", "owner", "Choose who owns the action");
        }
        var due = form.due() == null
                ? java.util.Optional.<LocalDate>empty()
                : form.due().date();
        if (due.isPresent() && due.get().isBefore(LocalDate.now(clock))) {
            result.rejectValue("due", "past", "The due date must be today or later");
        }
        var standard = FormValues.blank(form.standard())
                ? java.util.Optional.<EmployerStandard>empty()
                : EmployerStandard.numbered(
                        FormValues.id(form.standard()) == null
                                ? null
                                : FormValues.id(form.standard()).intValue());
        if (!FormValues.blank(form.standard()) && standard.isEmpty()) {
            result.rejectValue("standard", "standard", "Choose one of the eight employer standards");
        }
        if (result.hasErrors()) {
            return actionForm(year, model, Problem.allIn(result, PlanActionForm.class));
        }
        actions.raise(
                new Actions.NewAction(
                                HealthCheckPlans.SOURCE,
                                year,
                                "Health check " + year + " action plan",
                                "/health-check/" + year + "#plan",
                                form.title().strip(),
                                null,
                                owner,
                                due.get())
                        .because(
                                standard.map(s -> "Health check " + year + ", " + s.label())
                                        .orElse("Health check " + year),
                                null,
                                null,
                                form.measure(),
                                null),
                CurrentUser.require());
        redirect.addFlashAttribute("saved", "Action added to the plan: its owner has been told");
        return "redirect:/health-check/" + year + "#plan";
    }

    private String actionForm(int year, Model model, List<Problem> problems) {
        if (!checks.exists(year)) {
            throw new NotFound();
        }
        model.addAttribute("year", year);
        model.addAttribute("problems", problems);
        model.addAttribute("ownerOptions", owners());
        var standards = new java.util.ArrayList<Option>();
        standards.add(new Option("", "None in particular"));
        Arrays.stream(EmployerStandard.values())
                .forEach(s -> standards.add(new Option(String.valueOf(s.number()), s.label())));
        model.addAttribute("standardOptions", standards);
        return "healthcheck/action-form";
    }

    /** Those who lead, manage or train staff own the plan's actions; the unions' side is recorded on the plan. */
    private List<Option> owners() {
        return accounts.withAnyRole(Set.of(Role.QA_LEAD, Role.LEADER, Role.MANAGER, Role.LEARNING_LEAD)).stream()
                .sorted(java.util.Comparator.comparing(StaffAccounts.StaffAccount::name))
                .map(a -> new Option(String.valueOf(a.userId()), a.name()))
                .toList();
    }
}
