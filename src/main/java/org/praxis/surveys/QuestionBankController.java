package org.praxis.surveys;

import jakarta.validation.constraints.NotBlank;
import java.util.Arrays;
import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
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
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Question banks: their versions, a draft's questions changed, a version published. */
@Controller
@RequestMapping("/surveys/question-banks")
class QuestionBankController {

    record BankForm(
            @NotBlank(message = "Enter the question bank’s name") @MaxLength(value = 200, label = "The name")
            String name,

            @OneOf(value = QuestionBanks.BankKind.class, message = "Select what kind of survey it is for")
            String kind,

            @MaxLength(value = 2000, label = "The description")
            String description) {}

    record QuestionForm(
            @NotBlank(message = "Enter the question") @MaxLength(value = 500, label = "The question")
            String text,

            @OneOf(value = QuestionKind.class, message = "Select how the question is answered")
            String kind,

            @MaxLength(value = 2000, label = "The choices") String choices,

            String standard) {

        QuestionBanks.NewQuestion question() {
            var kind = FormValues.parse(QuestionKind.class, this.kind);
            return new QuestionBanks.NewQuestion(
                    text,
                    kind,
                    kind == QuestionKind.CHOICE ? Question.choicesFrom(choices) : List.of(),
                    standard == null || standard.isBlank()
                            ? null
                            : EmployerStandard.numbered(
                                            FormValues.id(standard) == null
                                                    ? null
                                                    : FormValues.id(standard).intValue())
                                    .orElse(null));
        }
    }

    private final QuestionBanks banks;

    QuestionBankController(QuestionBanks banks) {
        this.banks = banks;
    }

    @GetMapping
    @PreAuthorize(Policies.SURVEY_MANAGERS)
    String list(Model model) {
        model.addAttribute("banks", banks.banks());
        return "surveys/banks";
    }

    @GetMapping("/new")
    @PreAuthorize(Policies.SURVEY_MANAGERS)
    String newBank(Model model) {
        model.addAttribute("form", new BankForm("", "", ""));
        return bankForm(model);
    }

    @PostMapping("/new")
    @PreAuthorize(Policies.SURVEY_MANAGERS)
    String createBank(
            @Validated @ModelAttribute("form") BankForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = banks.createBank(
                        form.name(), FormValues.parse(QuestionBanks.BankKind.class, form.kind()), form.description());
                redirect.addFlashAttribute("saved", "Question bank added: add its questions, then publish it");
                return "redirect:/surveys/question-banks/" + id;
            } catch (Refused e) {
                e.addTo(result);
            }
        }
        model.addAttribute("problems", Problem.allIn(result, BankForm.class));
        return bankForm(model);
    }

    @GetMapping("/{bankId}")
    @PreAuthorize(Policies.SURVEY_MANAGERS)
    String bank(@PathVariable long bankId, Model model) {
        var versions = banks.versions(bankId);
        model.addAttribute("bank", banks.bank(bankId).orElseThrow(NotFound::new));
        model.addAttribute("versions", versions);
        return "surveys/bank";
    }

    @PostMapping("/{bankId}/versions")
    @PreAuthorize(Policies.SURVEY_MANAGERS)
    String newVersion(@PathVariable long bankId, RedirectAttributes redirect) {
        long draft = banks.startNewVersion(bankId);
        redirect.addFlashAttribute("saved", "New draft version started from the latest");
        return "redirect:/surveys/question-banks/" + bankId + "/versions/" + draft;
    }

    @GetMapping("/{bankId}/versions/{versionId}")
    @PreAuthorize(Policies.SURVEY_MANAGERS)
    String version(@PathVariable long bankId, @PathVariable long versionId, Model model) {
        model.addAttribute("form", new QuestionForm("", "AGREEMENT", "", ""));
        return version(bankId, versionId, model, List.of());
    }

    @PostMapping("/{bankId}/versions/{versionId}/questions")
    @PreAuthorize(Policies.SURVEY_MANAGERS)
    String addQuestion(
            @PathVariable long bankId,
            @PathVariable long versionId,
            @Validated @ModelAttribute("form") QuestionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                banks.addQuestion(versionOf(bankId, versionId).id(), form.question());
                redirect.addFlashAttribute("saved", "Question added");
                return "redirect:/surveys/question-banks/" + bankId + "/versions/" + versionId;
            } catch (Refused e) {
                e.addTo(result);
            }
        }
        return version(bankId, versionId, model, Problem.allIn(result, QuestionForm.class));
    }

    @PostMapping("/{bankId}/versions/{versionId}/questions/{questionId}/remove")
    @PreAuthorize(Policies.SURVEY_MANAGERS)
    @ReturnTo("/surveys/question-banks/{bankId}/versions/{versionId}")
    String removeQuestion(
            @PathVariable long bankId,
            @PathVariable long versionId,
            @PathVariable long questionId,
            RedirectAttributes redirect) {
        banks.removeQuestion(versionOf(bankId, versionId).id(), questionId);
        redirect.addFlashAttribute("saved", "Question removed");
        return "redirect:/surveys/question-banks/" + bankId + "/versions/" + versionId;
    }

    @PostMapping("/{bankId}/versions/{versionId}/publish")
    @PreAuthorize(Policies.SURVEY_MANAGERS)
    @ReturnTo("/surveys/question-banks/{bankId}/versions/{versionId}")
    String publish(@PathVariable long bankId, @PathVariable long versionId, RedirectAttributes redirect) {
        banks.publish(versionOf(bankId, versionId).id(), CurrentUser.require().username());
        redirect.addFlashAttribute("saved", "Version published: surveys can now be sent with it");
        return "redirect:/surveys/question-banks/" + bankId;
    }

    private QuestionBanks.Version versionOf(long bankId, long versionId) {
        return banks.version(versionId).filter(v -> v.bankId() == bankId).orElseThrow(NotFound::new);
    }

    private String version(long bankId, long versionId, Model model, List<Problem> problems) {
        var version = versionOf(bankId, versionId);
        model.addAttribute("version", version);
        model.addAttribute("questions", banks.questions(versionId));
        model.addAttribute("problems", problems);
        model.addAttribute(
                "kindOptions",
                Arrays.stream(QuestionKind.values())
                        .map(k -> new Option(k.name(), k.label()))
                        .toList());
        var standards = new java.util.ArrayList<Option>();
        standards.add(new Option("", "None"));
        Arrays.stream(EmployerStandard.values())
                .forEach(s -> standards.add(new Option(String.valueOf(s.number()), s.label())));
        model.addAttribute("standardOptions", standards);
        return "surveys/version";
    }

    private String bankForm(Model model) {
        model.addAttribute(
                "kindOptions",
                Arrays.stream(QuestionBanks.BankKind.values())
                        .map(k -> new Option(k.name(), k.label()))
                        .toList());
        return "surveys/bank-form";
    }
}
