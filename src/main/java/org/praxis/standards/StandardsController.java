package org.praxis.standards;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.groups.Default;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.Role;
import org.praxis.web.FormValues;
import org.praxis.web.MaxLength;
import org.praxis.web.NotFound;
import org.praxis.web.OneOf;
import org.praxis.web.Option;
import org.praxis.web.Problem;
import org.praxis.web.Refused;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The manual: everyone signed in reads it; quality assurance leads add standards and change their wording. */
@Controller
@RequestMapping("/standards")
class StandardsController {

    static final String EDITORS = "hasRole('QA_LEAD')";

    record FilterForm(String domain, String service) {}

    /**
     * The add and change form, its fields in the page's order. The code is typed only when adding (group
     * {@link Adding}), the note of what changed only when changing (group {@link Changing}); whether the code is
     * taken is asked of the manual by the controller.
     */
    record StandardForm(
            @NotBlank(groups = Adding.class, message = "Enter the standard's code, for example CS1")
            @Pattern(
                    groups = Adding.class,
                    regexp = "\\s*|\\s*[A-Za-z0-9][A-Za-z0-9.\\-]{0,19}\\s*",
                    message = "The code must be up to 20 letters, numbers, dots or dashes, like CS1")
            String code,

            @NotBlank(message = "Enter the standard's title") @MaxLength(value = 200, label = "The standard's title")
            String title,

            @NotBlank(message = "Enter what good looks like") @MaxLength(value = 4000, label = "What good looks like")
            String goodLooksLike,

            @OneOf(value = StandardDomain.class, message = "Select the domain the standard belongs to")
            String domain,

            @OneOf(value = CareService.class, message = "Select the service the standard is for")
            String service,

            @NotBlank(groups = Changing.class, message = "Enter what changed and why")
            @MaxLength(groups = Changing.class, value = 1000, label = "What changed and why")
            String changeNote,

            Integer version) {

        interface Adding {}

        interface Changing {}

        StandardsManual.Wording wording() {
            return new StandardsManual.Wording(
                    title.strip(),
                    goodLooksLike.strip(),
                    FormValues.parse(StandardDomain.class, domain),
                    FormValues.parse(CareService.class, service));
        }
    }

    /** Citations of one kind, under their heading. */
    record Cited(String heading, List<StandardCitations.Citation> citations) {}

    private final StandardsManual manual;
    private final List<StandardCitations> citations;

    private final org.praxis.identity.StaffAccounts accounts;

    StandardsController(
            StandardsManual manual, List<StandardCitations> citations, org.praxis.identity.StaffAccounts accounts) {
        this.manual = manual;
        this.citations = citations;
        this.accounts = accounts;
    }

    @GetMapping
    @PreAuthorize(Policies.STANDARDS_READERS)
    String manual(@ModelAttribute("filter") FilterForm filter, Model model) {
        var standards = manual.current(
                FormValues.parse(StandardDomain.class, filter.domain()),
                FormValues.parse(CareService.class, filter.service()));
        var byDomain = new LinkedHashMap<StandardDomain, List<StandardsManual.Standard>>();
        for (var d : StandardDomain.values()) {
            var inDomain = standards.stream().filter(s -> s.domain() == d).toList();
            if (!inDomain.isEmpty()) {
                byDomain.put(d, inDomain);
            }
        }
        model.addAttribute("byDomain", byDomain);
        model.addAttribute("count", standards.size());
        model.addAttribute("domainOptions", options(StandardDomain.values()));
        model.addAttribute("serviceOptions", options(CareService.values()));
        model.addAttribute("canChange", CurrentUser.require().has(Role.QA_LEAD));
        return "standards/manual";
    }

    @GetMapping("/print")
    @PreAuthorize(Policies.STANDARDS_READERS)
    String print(Model model) {
        model.addAttribute("standards", manual.current(null, null));
        return "standards/print";
    }

    @GetMapping("/{id}")
    @PreAuthorize(Policies.STANDARDS_READERS)
    String standard(@PathVariable long id, Model model) {
        var history = manual.history(id);
        if (history.isEmpty()) {
            throw new NotFound();
        }
        var withdrawal = manual.withdrawal(id);
        model.addAttribute("standard", history.getFirst());
        model.addAttribute("history", history);
        model.addAttribute("withdrawal", withdrawal.orElse(null));
        // Who changed or withdrew it, by name: the manual keeps usernames
        var who = new java.util.ArrayList<String>(
                history.stream().map(StandardsManual.Standard::changedBy).toList());
        withdrawal.map(StandardsManual.Withdrawal::by).ifPresent(who::add);
        model.addAttribute("names", accounts.namesOf(who));
        var reader = CurrentUser.require();
        model.addAttribute(
                "cited",
                citations.stream()
                        .map(c -> new Cited(c.heading(), c.of(id, reader)))
                        .filter(c -> !c.citations().isEmpty())
                        .toList());
        model.addAttribute("canChange", CurrentUser.require().has(Role.QA_LEAD) && withdrawal.isEmpty());
        if (!model.containsAttribute("withdrawForm")) {
            model.addAttribute("withdrawForm", new WithdrawForm(""));
        }
        return "standards/standard";
    }

    record WithdrawForm(
            @NotBlank(message = "Enter why the standard is withdrawn")
            @MaxLength(value = 1000, label = "Why the standard is withdrawn")
            String reason) {}

    /** Withdrawn, not deleted: audits, actions and learning that cite it keep it, marked. */
    @PostMapping("/{id}/withdraw")
    @PreAuthorize(Policies.QA_LEADS)
    String withdraw(
            @PathVariable long id,
            @Validated @ModelAttribute("withdrawForm") WithdrawForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        manual.currentVersion(id).orElseThrow(() -> new NotFound());
        if (result.hasErrors()) {
            model.addAttribute("problems", Problem.allIn(result, WithdrawForm.class));
            return standard(id, model);
        }
        try {
            manual.withdraw(id, form.reason().strip(), CurrentUser.require().username());
            redirect.addFlashAttribute("saved", "Standard withdrawn: what already cites it keeps it, marked");
        } catch (Refused e) {
            redirect.addFlashAttribute("saved", e.getMessage());
        }
        return "redirect:/standards/" + id;
    }

    @GetMapping("/new")
    @PreAuthorize(Policies.QA_LEADS)
    String addForm(Model model) {
        model.addAttribute("form", new StandardForm("", "", "", "", "", "", null));
        return form(model, null);
    }

    @PostMapping("/new")
    @PreAuthorize(Policies.QA_LEADS)
    String add(
            @Validated({Default.class, StandardForm.Adding.class}) @ModelAttribute("form") StandardForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasFieldErrors("code") && manual.codeTaken(form.code().strip())) {
            result.rejectValue(
                    "code", "code", "There is already a standard " + form.code().strip());
        }
        if (!result.hasErrors()) {
            long id = manual.add(
                    form.code().strip(), form.wording(), CurrentUser.require().username());
            redirect.addFlashAttribute("saved", "Standard added");
            return "redirect:/standards/" + id;
        }
        model.addAttribute("problems", Problem.allIn(result, StandardForm.class));
        return form(model, null);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Policies.QA_LEADS)
    String editForm(@PathVariable long id, Model model) {
        var s = manual.currentVersion(id).orElseThrow(() -> new NotFound());
        model.addAttribute(
                "form",
                new StandardForm(
                        s.code(),
                        s.title(),
                        s.goodLooksLike(),
                        s.domain().name(),
                        s.service().name(),
                        "",
                        s.version()));
        return form(model, s);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(Policies.QA_LEADS)
    String edit(
            @PathVariable long id,
            @Validated({Default.class, StandardForm.Changing.class}) @ModelAttribute("form") StandardForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var current = manual.currentVersion(id).orElseThrow(() -> new NotFound());
        if (!result.hasErrors()) {
            try {
                manual.change(
                        id,
                        form.version() == null ? -1 : form.version(),
                        form.wording(),
                        form.changeNote().strip(),
                        CurrentUser.require().username());
                redirect.addFlashAttribute("saved", "Standard changed: this is version " + (form.version() + 1));
                return "redirect:/standards/" + id;
            } catch (Refused e) { // someone else saved first: their version is the one to compare with
                e.addTo(result);
                form = new StandardForm(
                        form.code(),
                        form.title(),
                        form.goodLooksLike(),
                        form.domain(),
                        form.service(),
                        form.changeNote(),
                        current.version());
                model.addAttribute("form", form);
            }
        }
        model.addAttribute("problems", Problem.allIn(result, StandardForm.class));
        return form(model, current);
    }

    private String form(Model model, StandardsManual.Standard standard) {
        model.addAttribute("standard", standard);
        model.addAttribute("domainOptions", options(StandardDomain.values()));
        model.addAttribute("serviceOptions", options(CareService.values()));
        return "standards/form";
    }

    private static List<Option> options(Enum<?>[] values) {
        return Arrays.stream(values)
                .map(v -> new Option(v.name(), v instanceof StandardDomain d ? d.label() : ((CareService) v).label()))
                .toList();
    }
}
