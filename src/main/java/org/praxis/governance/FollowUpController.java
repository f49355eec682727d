package org.praxis.governance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.praxis.actions.Actions;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.Role;
import org.praxis.web.DateInput;
import org.praxis.web.FormValues;
import org.praxis.web.MaxLength;
import org.praxis.web.NotFound;
import org.praxis.web.PageOf;
import org.praxis.web.Problem;
import org.praxis.web.RealDate;
import org.praxis.web.Refused;
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

/** What committees asked for: the follow-up list, the forward plan, answering a follow-up and its actions. */
@Controller
@RequestMapping("/governance/follow-ups")
class FollowUpController {

    static final String SOURCE = "COMMITTEE";

    record AnswerForm(
            @RealDate(label = "Date it was answered", blank = "Enter the date it was answered")
            DateInput answeredOn,

            @MaxLength(value = 500, label = "The link") String link,
            @MaxLength(value = 2000, label = "The note") String note,
            Integer lockVersion) {}

    record ActionForm(
            @NotBlank(message = "Enter what needs to be done") @MaxLength(value = 500, label = "The action")
            String title,

            @NotBlank(message = "Choose who owns the action")
            String owner,

            @RealDate(label = "Due date", blank = "Enter the due date")
            DateInput due) {}

    private final Committees committees;
    private final FollowUpOwners owners;
    private final Actions actions;
    private final Clock clock;
    private final org.praxis.web.PageAccess access;

    FollowUpController(
            Committees committees,
            FollowUpOwners owners,
            Actions actions,
            Clock clock,
            org.praxis.web.PageAccess access) {
        this.access = access;
        this.committees = committees;
        this.owners = owners;
        this.actions = actions;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(Policies.FOLLOW_UP_READERS)
    String list(
            @RequestParam(required = false) String showing, @RequestParam(required = false) Integer page, Model model) {
        var chosen = FormValues.parse(Committees.Showing.class, showing);
        chosen = chosen == null ? Committees.Showing.OPEN : chosen;
        model.addAttribute("showing", chosen);
        model.addAttribute(
                "showings",
                List.of(
                        new org.praxis.web.Option("OPEN", "Open"),
                        new org.praxis.web.Option("OVERDUE", "Overdue"),
                        new org.praxis.web.Option("ANSWERED", "Answered"),
                        new org.praxis.web.Option("ALL", "All")));
        model.addAttribute(
                "page",
                committees.followUps(
                        chosen,
                        PageOf.clampPage(page),
                        PageOf.DEFAULT_SIZE,
                        "/governance/follow-ups?showing=" + chosen.name()));
        model.addAttribute("plan", committees.forwardPlan());
        return "governance/follow-ups";
    }

    @GetMapping("/{id}")
    @PreAuthorize(Policies.FOLLOW_UP_READERS)
    String followUp(@PathVariable long id, Model model) {
        var followUp = committees.followUp(id).orElseThrow(NotFound::new);
        model.addAttribute("form", new AnswerForm(DateInput.of(LocalDate.now(clock)), "", "", followUp.lockVersion()));
        return page(followUp, model, List.of());
    }

    @PostMapping("/{id}/answer")
    @PreAuthorize(Policies.QA_LEADS)
    String answer(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AnswerForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var followUp = committees.followUp(id).orElseThrow(NotFound::new);
        if (!result.hasErrors()) {
            try {
                committees.answer(
                        id,
                        form.answeredOn().date().orElseThrow(),
                        form.link(),
                        form.note(),
                        form.lockVersion() == null ? -1 : form.lockVersion(),
                        CurrentUser.require().username());
                redirect.addFlashAttribute("saved", "The follow-up is answered");
                return "redirect:/governance/follow-ups/" + id;
            } catch (Refused refused) {
                refused.addTo(result);
            }
        }
        return page(followUp, model, Problem.allIn(result, AnswerForm.class));
    }

    private String page(Committees.FollowUp followUp, Model model, List<Problem> problems) {
        var raised = actions.forSource(SOURCE, followUp.id());
        var reader = CurrentUser.require();
        model.addAttribute("followUp", followUp);
        model.addAttribute("actions", raised);
        model.addAttribute(
                "openable",
                actions.openableBy(
                        reader, raised.stream().map(Actions.ActionRow::id).toList()));
        model.addAttribute("manages", reader.has(Role.QA_LEAD));
        // a Praxis page the reader may not open (a committee member, the workforce picture) is named, not linked
        var link = followUp.answerLink();
        model.addAttribute(
                "answerOpens",
                link != null
                        && (link.startsWith("https://")
                                || !access.openable(List.of(link)).isEmpty()));
        model.addAttribute("problems", problems);
        return "governance/follow-up";
    }

    @GetMapping("/{id}/actions/new")
    @PreAuthorize(Policies.QA_LEADS)
    String actionForm(@PathVariable long id, Model model) {
        model.addAttribute("form", new ActionForm("", "", DateInput.of(null)));
        return actionPage(id, model, List.of());
    }

    @PostMapping("/{id}/actions/new")
    @PreAuthorize(Policies.QA_LEADS)
    String raise(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ActionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var followUp = committees.followUp(id).orElseThrow(NotFound::new);
        var owner = FormValues.id(form.owner());
        if (!result.hasFieldErrors("owner")
                && (owner == null
                        || owners.options().stream().noneMatch(o -> o.value().equals(String.valueOf(owner))))) {
            result.rejectValue("owner", "owner", "Choose who owns the action");
        }
        var due = form.due() == null
                ? java.util.Optional.<LocalDate>empty()
                : form.due().date();
        if (due.isPresent() && due.get().isBefore(LocalDate.now(clock))) {
            result.rejectValue("due", "past", "The due date must be today or later");
        }
        if (result.hasErrors()) {
            return actionPage(id, model, Problem.allIn(result, ActionForm.class));
        }
        actions.raise(
                new Actions.NewAction(
                                SOURCE,
                                id,
                                followUp.committee() + ", " + Dates.words(followUp.resolvedAt()),
                                "/governance/follow-ups/" + id,
                                form.title().strip(),
                                null,
                                owner,
                                due.orElseThrow())
                        .because(followUp.wording(), null, null, null, null),
                CurrentUser.require());
        redirect.addFlashAttribute("saved", "Action raised: its owner has been told");
        return "redirect:/governance/follow-ups/" + id;
    }

    private String actionPage(long id, Model model, List<Problem> problems) {
        model.addAttribute("followUp", committees.followUp(id).orElseThrow(NotFound::new));
        model.addAttribute("ownerOptions", owners.options());
        model.addAttribute("problems", problems);
        return "governance/action-form";
    }
}
