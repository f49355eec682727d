package org.praxis.standards;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.Role;
import org.praxis.web.FormValues;
import org.praxis.web.NotFound;
import org.praxis.web.Option;
import org.praxis.web.Problem;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The manual: everyone signed in reads it; quality assurance leads add standards and change their wording. */
@Controller
@RequestMapping("/standards")
class StandardsController {

    static final String EDITORS = "hasRole('QA_LEAD')";

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]{0,19}");

    record FilterForm(String domain, String service) {}

    record StandardForm(
            String code,
            String title,
            String goodLooksLike,
            String domain,
            String service,
            String changeNote,
            Integer version) {

        Optional<StandardsManual.Wording> check(Errors errors, boolean adding, StandardsManual manual) {
            if (adding) {
                if (code == null || code.isBlank()) {
                    errors.rejectValue("code", "code", "Enter the standard's code, for example CS1");
                } else if (!CODE.matcher(code.strip()).matches()) {
                    errors.rejectValue(
                            "code", "code", "The code must be up to 20 letters, numbers, dots or dashes, like CS1");
                } else if (manual.codeTaken(code.strip())) {
                    errors.rejectValue("code", "code", "There is already a standard " + code.strip());
                }
            }
            FormValues.required(errors, "title", title, 200, "the standard's title");
            FormValues.required(errors, "goodLooksLike", goodLooksLike, 4000, "what good looks like");
            if (!adding) {
                FormValues.required(errors, "changeNote", changeNote, 1000, "what changed and why");
            }
            var d = FormValues.parse(StandardDomain.class, domain);
            if (d == null) {
                errors.rejectValue("domain", "domain", "Select the domain the standard belongs to");
            }
            var s = FormValues.parse(CareService.class, service);
            if (s == null) {
                errors.rejectValue("service", "service", "Select the service the standard is for");
            }
            return errors.hasErrors()
                    ? Optional.empty()
                    : Optional.of(new StandardsManual.Wording(title.strip(), goodLooksLike.strip(), d, s));
        }
    }

    private final StandardsManual manual;

    StandardsController(StandardsManual manual) {
        this.manual = manual;
    }

    @GetMapping
    @PreAuthorize(Policies.SIGNED_IN)
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
    @PreAuthorize(Policies.SIGNED_IN)
    String print(Model model) {
        model.addAttribute("standards", manual.current(null, null));
        return "standards/print";
    }

    @GetMapping("/{id}")
    @PreAuthorize(Policies.SIGNED_IN)
    String standard(@PathVariable long id, Model model) {
        var history = manual.history(id);
        if (history.isEmpty()) {
            throw new NotFound();
        }
        model.addAttribute("standard", history.getFirst());
        model.addAttribute("history", history);
        model.addAttribute("canChange", CurrentUser.require().has(Role.QA_LEAD));
        return "standards/standard";
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
            @ModelAttribute("form") StandardForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        var wording = form.check(result, true, manual);
        if (wording.isPresent()) {
            long id = manual.add(
                    form.code().strip(), wording.get(), CurrentUser.require().username());
            redirect.addFlashAttribute("saved", "Standard added");
            return "redirect:/standards/" + id;
        }
        model.addAttribute("problems", Problem.allIn(result));
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
            @ModelAttribute("form") StandardForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var current = manual.currentVersion(id).orElseThrow(() -> new NotFound());
        var wording = form.check(result, false, manual);
        if (wording.isPresent()) {
            try {
                manual.change(
                        id,
                        form.version() == null ? -1 : form.version(),
                        wording.get(),
                        form.changeNote().strip(),
                        CurrentUser.require().username());
                redirect.addFlashAttribute("saved", "Standard changed: this is version " + (form.version() + 1));
                return "redirect:/standards/" + id;
            } catch (OptimisticLockingFailureException e) {
                result.reject(
                        "conflict",
                        "Someone else changed this standard while you were editing it (it is now version "
                                + current.version()
                                + "). Your wording is still below: compare it with theirs, then save again.");
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
        model.addAttribute("problems", Problem.allIn(result));
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
