package org.praxis.audit;

import jakarta.validation.Valid;
import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.statistics.Agreement;
import org.praxis.statistics.Share;
import org.praxis.statistics.SmallNumbers;
import org.praxis.web.Cell;
import org.praxis.web.ListPage;
import org.praxis.web.NotFound;
import org.praxis.web.Problem;
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

/** Moderation, by quality assurance leads: the queue, the blind grade, the agreed grade, and agreement figures. */
@Controller
@RequestMapping("/audit")
class ModerationController {

    private final Moderation moderation;
    private final AuditForms forms;

    private final SmallNumbers rules;

    ModerationController(Moderation moderation, AuditForms forms, SmallNumbers rules) {
        this.rules = rules;
        this.moderation = moderation;
        this.forms = forms;
    }

    @GetMapping("/moderation")
    @PreAuthorize(Policies.QA_LEADS)
    String queue(@RequestParam(name = "page", required = false) Integer page, Model model) {
        var found = moderation.queue(ListPage.requested(page));
        model.addAttribute("page", found);
        var reader = CurrentUser.require();
        model.addAttribute(
                "rows",
                found.items().stream()
                        .map(q -> {
                            // Nobody moderates their own audit: it is listed, without a link, for another QA lead.
                            boolean own = q.auditorUserId() != null && q.auditorUserId() == reader.userId();
                            return List.of(
                                    own
                                            ? Cell.text(q.reference())
                                            : Cell.link(q.reference(), "/audit/audits/" + q.auditId() + "/moderation"),
                                    Cell.text(q.programme()),
                                    Cell.text(q.auditor()),
                                    own
                                            ? Cell.tag("Your audit: another QA lead moderates it", "grey")
                                            : q.graded()
                                                    ? Cell.tag("Graded: agree the final grade", "blue")
                                                    : Cell.tag("To grade", "grey"));
                        })
                        .toList());
        model.addAttribute("byAuditor", agreementRows(moderation.byAuditor()));
        model.addAttribute("byProgramme", agreementRows(moderation.byProgramme()));
        model.addAttribute("byQuarter", agreementRows(moderation.byQuarter()));
        return "audit/moderation-queue";
    }

    @PostMapping("/programmes/{id}/moderation-draw")
    @PreAuthorize(Policies.QA_LEADS)
    String draw(@PathVariable long id, RedirectAttributes redirect) {
        int drawn = moderation.draw(id);
        redirect.addFlashAttribute(
                "saved",
                drawn == 0
                        ? "No more audits to draw: the moderation sample is at its rate of the audits submitted so far"
                        : drawn + (drawn == 1 ? " audit" : " audits") + " drawn at random for moderation");
        return "redirect:/audit/programmes/" + id;
    }

    @GetMapping("/audits/{id}/moderation")
    @PreAuthorize(Policies.QA_LEADS)
    String view(@PathVariable long id, Model model) {
        @SuppressWarnings("unchecked") // a refused grade comes back as flash problems (DomainExceptionsAdvice)
        var problems = (List<Problem>) model.asMap().getOrDefault("problems", List.of());
        return page(id, model, problems);
    }

    @PostMapping("/audits/{id}/moderation/grade")
    @PreAuthorize(Policies.QA_LEADS)
    @ReturnTo("/audit/audits/{id}/moderation")
    String grade(
            @PathVariable long id,
            @Valid @ModelAttribute("gradeForm") ModerationForms.ModeratorGrade form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var audit = forms.audit(id).orElseThrow(() -> new NotFound());
        var grade = Grade.parse(form.grade());
        if (grade.isEmpty() && !result.hasFieldErrors("grade")) {
            result.rejectValue("grade", "unknown", "Choose your grade for the case");
        }
        if (result.hasErrors()) {
            return page(id, model, Problem.allIn(result, ModerationForms.ModeratorGrade.class));
        }
        moderation.grade(
                audit,
                CurrentUser.require(),
                grade.get(),
                form.note() == null ? "" : form.note().strip());
        redirect.addFlashAttribute("saved", "Your grade is recorded. Now compare it with the auditor’s.");
        return "redirect:/audit/audits/" + id + "/moderation";
    }

    @PostMapping("/audits/{id}/moderation/agree")
    @PreAuthorize(Policies.QA_LEADS)
    @ReturnTo("/audit/audits/{id}/moderation")
    String agree(
            @PathVariable long id,
            @Valid @ModelAttribute("agreeForm") ModerationForms.AgreedGrade form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var audit = forms.audit(id).orElseThrow(() -> new NotFound());
        var grade = Grade.parse(form.finalGrade());
        if (grade.isEmpty() && !result.hasFieldErrors("finalGrade")) {
            result.rejectValue("finalGrade", "unknown", "Choose the agreed grade");
        }
        if (result.hasErrors()) {
            return page(id, model, Problem.allIn(result, ModerationForms.AgreedGrade.class));
        }
        moderation.agree(
                audit, CurrentUser.require(), grade.get(), form.agreementNote().strip());
        redirect.addFlashAttribute("saved", "Moderation complete: the final grade is agreed");
        return "redirect:/audit/audits/" + id + "/moderation";
    }

    private String page(long id, Model model, List<Problem> problems) {
        var opened = moderation.open(id, CurrentUser.require()).orElseThrow(() -> new NotFound());
        model.addAttribute("opened", opened);
        model.addAttribute("audit", opened.audit());
        model.addAttribute("summary", opened.caseSummary());
        model.addAttribute("state", opened.state().orElse(null));
        model.addAttribute("problems", problems);
        if (!model.containsAttribute("gradeForm")) {
            model.addAttribute("gradeForm", new ModerationForms.ModeratorGrade(null, null));
        }
        if (!model.containsAttribute("agreeForm")) {
            model.addAttribute("agreeForm", new ModerationForms.AgreedGrade(null, null));
        }
        model.addAttribute("gradeOptions", AuditController.gradeOptions());
        model.addAttribute(
                "answerRows",
                AuditController.answerRows(opened.template().questions(), opened.numbers(), opened.answers()));
        model.addAttribute("template", opened.template());
        model.addAttribute(
                "auditorGrade",
                Grade.parse(opened.audit().overall().get("overallGrade"))
                        .map(Grade::label)
                        .orElse("None"));
        return "audit/moderation";
    }

    /** Agreement from few moderated audits is suppressed or marked by the small-number rule (decision 0020). */
    private List<List<Cell>> agreementRows(List<Moderation.AgreementRow> rows) {
        return rows.stream().map(r -> agreementRow(r.group(), r.agreement())).toList();
    }

    private List<Cell> agreementRow(String group, Agreement a) {
        var visibility = rules.agreement(a);
        if (visibility == SmallNumbers.Visibility.SUPPRESSED) {
            return List.of(
                    Cell.text(group),
                    Cell.number(a.pairs()),
                    Cell.text("–"),
                    Cell.text("–"),
                    Cell.text(rules.agreementTooFew(a)));
        }
        String kappa = a.known()
                ? String.format(
                        java.util.Locale.UK, "%.2f (95%% interval %.2f to %.2f)", a.kappa(), a.lower(), a.upper())
                : "–";
        String strength = a.strength()
                + (visibility == SmallNumbers.Visibility.MARKED && a.known()
                        ? " (fewer than " + rules.fewestPairsTrusted() + " moderated: treat with care)"
                        : "");
        return List.of(
                Cell.text(group),
                Cell.number(a.pairs()),
                Cell.text(Share.percent(a.exactShare())),
                Cell.text(kappa),
                Cell.text(strength));
    }
}
