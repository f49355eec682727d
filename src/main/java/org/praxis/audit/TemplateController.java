package org.praxis.audit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Arrays;
import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.Role;
import org.praxis.standards.CareService;
import org.praxis.standards.StandardsManual;
import org.praxis.web.FormValues;
import org.praxis.web.MaxLength;
import org.praxis.web.NotFound;
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

/** Audit templates: staff read them; quality assurance leads build drafts, publish them and start new versions. */
@Controller
@RequestMapping("/audit/templates")
class TemplateController {

    static final String DESIGNERS = "hasRole('QA_LEAD')";

    /** A new template, its fields in the page's order. */
    record TemplateForm(
            @NotBlank(message = "Enter the template's name") @MaxLength(value = 200, label = "The template's name")
            String name,

            @OneOf(value = CareService.class, message = "Select the service the template is for")
            String service,

            @MaxLength(value = 2000, label = "The description")
            String description) {}

    record SectionForm(
            @NotBlank(message = "Enter the section's title") @MaxLength(value = 200, label = "The section's title")
            String title) {}

    /**
     * A new question, its fields in the page's order. Its section (one of the draft's) and at least one standard
     * are checked by the controller.
     */
    record QuestionForm(
            String sectionId,

            @NotBlank(message = "Enter the question") @MaxLength(value = 500, label = "The question")
            String text,

            @MaxLength(value = 2000, label = "The guidance") String guidance,

            @OneOf(value = AnswerType.class, message = "Select how the question is answered")
            String answerType,

            @NotNull(message = "Select whether an answer is required")
            @Pattern(regexp = "yes|no", message = "Select whether an answer is required")
            String required,

            List<String> standards) {

        List<Long> standardIds() {
            return (standards == null ? List.<String>of() : standards)
                    .stream()
                            .map(FormValues::id)
                            .filter(java.util.Objects::nonNull)
                            .distinct()
                            .toList();
        }

        AuditTemplates.NewQuestion question() {
            return new AuditTemplates.NewQuestion(
                    text.strip(),
                    guidance == null ? "" : guidance.strip(),
                    FormValues.parse(AnswerType.class, answerType),
                    "yes".equals(required),
                    standardIds());
        }
    }

    private final AuditTemplates templates;
    private final StandardsManual standards;

    private final org.praxis.identity.StaffAccounts accounts;

    TemplateController(
            AuditTemplates templates, StandardsManual standards, org.praxis.identity.StaffAccounts accounts) {
        this.accounts = accounts;
        this.templates = templates;
        this.standards = standards;
    }

    @GetMapping
    @PreAuthorize(Policies.STAFF)
    String list(Model model) {
        model.addAttribute("templates", templates.list());
        model.addAttribute("canDesign", CurrentUser.require().has(Role.QA_LEAD));
        return "audit/template-list";
    }

    @GetMapping("/new")
    @PreAuthorize(Policies.QA_LEADS)
    String newForm(Model model) {
        model.addAttribute("form", new TemplateForm("", "", ""));
        model.addAttribute("serviceOptions", serviceOptions());
        return "audit/template-new";
    }

    @PostMapping("/new")
    @PreAuthorize(Policies.QA_LEADS)
    String create(@Valid @ModelAttribute("form") TemplateForm form, BindingResult result, Model model) {
        if (!result.hasErrors()) {
            try {
                long version = templates.create(
                        form.name().strip(),
                        FormValues.parse(CareService.class, form.service()),
                        form.description() == null ? "" : form.description().strip(),
                        CurrentUser.require().username());
                return "redirect:/audit/templates/versions/" + version;
            } catch (Refused e) {
                e.addTo(result);
            }
        }
        model.addAttribute("problems", Problem.allIn(result, TemplateForm.class));
        model.addAttribute("serviceOptions", serviceOptions());
        return "audit/template-new";
    }

    @GetMapping("/versions/{id}")
    @PreAuthorize(Policies.STAFF)
    String version(@PathVariable long id, Model model) {
        var v = found(id);
        model.addAttribute("template", v);
        model.addAttribute("publishedBy", accounts.nameOf(v.publishedBy()));
        model.addAttribute("canDesign", CurrentUser.require().has(Role.QA_LEAD));
        if (!model.containsAttribute("sectionForm")) {
            model.addAttribute("sectionForm", new SectionForm(""));
        }
        return "audit/template-version";
    }

    @PostMapping("/versions/{id}/sections")
    @PreAuthorize(Policies.QA_LEADS)
    String addSection(
            @PathVariable long id,
            @Valid @ModelAttribute("sectionForm") SectionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var v = found(id);
        if (!result.hasErrors()) {
            try {
                templates.addSection(id, form.title().strip());
                redirect.addFlashAttribute("saved", "Section added");
                return "redirect:/audit/templates/versions/" + id;
            } catch (Refused e) {
                e.addTo(result);
            }
        }
        model.addAttribute("problems", Problem.allIn(result, SectionForm.class));
        model.addAttribute("template", v);
        model.addAttribute("publishedBy", accounts.nameOf(v.publishedBy()));
        model.addAttribute("canDesign", true);
        return "audit/template-version";
    }

    @GetMapping("/versions/{id}/questions/new")
    @PreAuthorize(Policies.QA_LEADS)
    String questionForm(@PathVariable long id, @RequestParam(required = false) String section, Model model) {
        var v = found(id);
        // With one section there is nothing to choose.
        var chosen = section == null && v.sections().size() == 1
                ? String.valueOf(v.sections().getFirst().id())
                : section;
        model.addAttribute("form", new QuestionForm(chosen, "", "", "", "yes", List.of()));
        return questionPage(model, v);
    }

    @PostMapping("/versions/{id}/questions/new")
    @PreAuthorize(Policies.QA_LEADS)
    String addQuestion(
            @PathVariable long id,
            @Valid @ModelAttribute("form") QuestionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var v = found(id);
        var section = FormValues.id(form.sectionId());
        if (section == null || v.sections().stream().noneMatch(s -> s.id() == section)) {
            result.rejectValue("sectionId", "section", "Select the section the question goes in");
        }
        if (form.standardIds().isEmpty()) {
            result.rejectValue("standards", "standards", "Select at least one standard the question tests");
        }
        if (!result.hasErrors()) {
            try {
                templates.addQuestion(id, section, form.question());
                redirect.addFlashAttribute("saved", "Question added");
                return "redirect:/audit/templates/versions/" + id;
            } catch (Refused e) {
                e.addTo(result);
            }
        }
        model.addAttribute("problems", Problem.allIn(result, QuestionForm.class));
        return questionPage(model, v);
    }

    @PostMapping("/versions/{id}/questions/{question}/remove")
    @PreAuthorize(Policies.QA_LEADS)
    @ReturnTo("/audit/templates/versions/{id}")
    String removeQuestion(@PathVariable long id, @PathVariable long question, RedirectAttributes redirect) {
        found(id);
        templates.removeQuestion(id, question);
        redirect.addFlashAttribute("saved", "Question removed");
        return "redirect:/audit/templates/versions/" + id;
    }

    @PostMapping("/versions/{id}/publish")
    @PreAuthorize(Policies.QA_LEADS)
    @ReturnTo("/audit/templates/versions/{id}")
    String publish(
            @PathVariable long id, @RequestParam(defaultValue = "-1") int lockVersion, RedirectAttributes redirect) {
        found(id);
        templates.publish(id, lockVersion, CurrentUser.require().username());
        redirect.addFlashAttribute("saved", "Published: audit programmes can now use this version");
        return "redirect:/audit/templates/versions/" + id;
    }

    @PostMapping("/{templateId}/new-version")
    @PreAuthorize(Policies.QA_LEADS)
    String newVersion(@PathVariable long templateId, RedirectAttributes redirect) {
        if (templates.list().stream().noneMatch(t -> t.templateId() == templateId)) {
            throw new NotFound();
        }
        long version = templates.newVersion(templateId, CurrentUser.require().username());
        redirect.addFlashAttribute("saved", "New draft version: change it, then publish it");
        return "redirect:/audit/templates/versions/" + version;
    }

    private String questionPage(Model model, AuditTemplates.TemplateVersion v) {
        model.addAttribute("template", v);
        model.addAttribute("publishedBy", accounts.nameOf(v.publishedBy()));
        model.addAttribute(
                "sectionOptions",
                v.sections().stream()
                        .map(s -> new Option(String.valueOf(s.id()), s.title()))
                        .toList());
        model.addAttribute(
                "typeOptions",
                Arrays.stream(AnswerType.values())
                        .map(t -> new Option(t.name(), t.label()))
                        .toList());
        model.addAttribute("requiredOptions", List.of(new Option("yes", "Required"), new Option("no", "Optional")));
        model.addAttribute(
                "standardOptions",
                standards.current(null, v.service() == CareService.ALL ? null : v.service()).stream()
                        .map(s -> new Option(String.valueOf(s.id()), s.label()))
                        .toList());
        return "audit/question-new";
    }

    private AuditTemplates.TemplateVersion found(long id) {
        return templates.version(id).orElseThrow(() -> new NotFound());
    }

    private static List<Option> serviceOptions() {
        return Arrays.stream(CareService.values())
                .map(s -> new Option(s.name(), s.label()))
                .toList();
    }
}
