package org.praxis.complaints;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.RecordAccess;
import org.praxis.identity.Role;
import org.praxis.identity.StaffAccounts;
import org.praxis.learning.LearningThemes;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.standards.StandardsManual;
import org.praxis.web.Cell;
import org.praxis.web.DateInput;
import org.praxis.web.FormValues;
import org.praxis.web.MaxLength;
import org.praxis.web.OneOf;
import org.praxis.web.Option;
import org.praxis.web.PageOf;
import org.praxis.web.Problem;
import org.praxis.web.RealDate;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list, recording one, a complaint's page and the changes to its stages made from it. */
@Controller
@RequestMapping("/complaints")
class ComplaintController {

    record ComplaintForm(
            @OneOf(value = ComplaintKind.class, message = "Select what was received")
            String kind,

            @OneOf(value = Procedure.class, message = "Select the service it is about")
            String procedure,

            @RealDate(label = "The date received", blank = "Enter the date received")
            DateInput receivedOn,

            @OneOf(value = Channel.class, message = "Select how it was received")
            String channel,

            @NotBlank(message = "Select the team it is about")
            String team,

            String worker,

            @MaxLength(value = 64, label = "The case reference")
            String caseReference,

            String category,

            @NotBlank(message = "Enter what it is about") @MaxLength(value = 4000, label = "What it is about")
            String summary,

            @MaxLength(value = 200, label = "The complainant’s name")
            String complainantName,

            @MaxLength(value = 400, label = "The complainant’s contact details")
            String complainantContact)
            implements java.io.Serializable {}

    record RespondForm(
            @RealDate(label = "The response date", blank = "Enter the response date")
            DateInput respondedOn,

            @OneOf(value = Outcome.class, message = "Select the outcome")
            String outcome) {}

    record ExtendForm(
            @RealDate(label = "The new due date", blank = "Enter the new due date")
            DateInput extendedTo,

            @NotBlank(message = "Enter the reason for the extension") @MaxLength(value = 1000, label = "The reason")
            String reason) {}

    record EscalateForm(
            @RealDate(
                    label = "The date the next stage was asked for",
                    blank = "Enter the date the next stage was asked for")
            DateInput requestedOn) {}

    record AcknowledgeForm(
            @RealDate(label = "The acknowledgement date", blank = "Enter the acknowledgement date")
            DateInput acknowledgedOn,

            @NotBlank(message = "Enter the response period agreed with the complainant, in working days")
            String agreedWorkingDays) {}

    record LearningForm(
            @MaxLength(value = 4000, label = "The remedy") String remedy,
            @MaxLength(value = 4000, label = "The learning") String learning,
            List<String> themes,
            @MaxLength(value = 200, label = "The action") String actionTitle,
            String actionOwner,
            @RealDate(label = "The action’s due date") DateInput actionDue,
            String standard) {}

    record ReferForm(
            @RealDate(label = "The referral date", blank = "Enter the referral date")
            DateInput referredOn) {}

    record DecisionForm(
            @RealDate(label = "The decision date", blank = "Enter the decision date")
            DateInput decidedOn,

            @NotBlank(message = "Select whether the Ombudsman found fault")
            String fault,

            @NotBlank(message = "Select whether the fault caused injustice")
            String injustice,

            @MaxLength(value = 2000, label = "The remedy") String remedy,
            @RealDate(label = "The compliance date") DateInput complyBy) {}

    record CompliedForm(
            @RealDate(label = "The date complied with", blank = "Enter the date complied with")
            DateInput compliedOn) {}

    private final Complaints complaints;
    private final ComplaintStore store;
    private final ComplaintClocks clocks;
    private final OrganisationDirectory organisation;
    private final StaffAccounts accounts;
    private final LearningThemes themes;
    private final StandardsManual standards;

    ComplaintController(
            Complaints complaints,
            ComplaintStore store,
            ComplaintClocks clocks,
            OrganisationDirectory organisation,
            StaffAccounts accounts,
            LearningThemes themes,
            StandardsManual standards) {
        this.complaints = complaints;
        this.store = store;
        this.clocks = clocks;
        this.organisation = organisation;
        this.accounts = accounts;
        this.themes = themes;
        this.standards = standards;
    }

    @GetMapping
    @PreAuthorize(Policies.COMPLAINT_READERS)
    String list(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String procedure,
            @RequestParam(required = false) String open,
            @RequestParam(required = false) Integer page,
            Model model) {
        var user = CurrentUser.require();
        boolean all = user.has(Role.COMPLAINTS_MANAGER) || user.has(Role.QA_LEAD) || user.has(Role.LEADER);
        var scope = new ComplaintStore.Scope(all, user.has(Role.MANAGER) ? user.teamIds() : List.of(), user.staffId());
        var k = FormValues.parse(ComplaintKind.class, kind);
        var p = FormValues.parse(Procedure.class, procedure);
        boolean openOnly = "yes".equals(open);
        int number = PageOf.clampPage(page);
        var today = complaints.today();
        var teams = organisation.teams();
        var rows =
                store
                        .page(scope, k, p, openOnly, PageOf.offset(number, PageOf.DEFAULT_SIZE), PageOf.DEFAULT_SIZE)
                        .stream()
                        .map(r -> List.of(
                                Cell.link(r.kind().label() + " " + r.id(), "/complaints/" + r.id()),
                                Cell.text(Complaints.DAY.format(r.receivedOn())),
                                Cell.text(r.procedure().label()),
                                Cell.text(
                                        r.teamId() == null || !teams.containsKey(r.teamId())
                                                ? ""
                                                : teams.get(r.teamId()).name()),
                                Cell.text(r.category() == null ? "" : r.category()),
                                status(r, today)))
                        .toList();
        var base = org.springframework.web.util.UriComponentsBuilder.fromPath("/complaints")
                .queryParamIfPresent("kind", java.util.Optional.ofNullable(k).map(Enum::name))
                .queryParamIfPresent(
                        "procedure", java.util.Optional.ofNullable(p).map(Enum::name))
                .queryParamIfPresent("open", openOnly ? java.util.Optional.of("yes") : java.util.Optional.empty())
                .toUriString();
        model.addAttribute(
                "page", new PageOf<>(rows, number, PageOf.DEFAULT_SIZE, store.count(scope, k, p, openOnly), base));
        model.addAttribute("rows", rows);
        model.addAttribute("recorder", user.has(Role.COMPLAINTS_MANAGER));
        model.addAttribute("trends", RecordAccess.maySeeComplainant(user) || all);
        model.addAttribute("editsCategories", user.has(Role.QA_LEAD) || user.has(Role.ADMIN));
        model.addAttribute("kind", k == null ? "" : k.name());
        model.addAttribute("procedure", p == null ? "" : p.name());
        model.addAttribute("openOnly", openOnly);
        model.addAttribute("kindOptions", options(ComplaintKind.values()));
        model.addAttribute("procedureOptions", options(Procedure.values()));
        model.addAttribute("onlyCompliments", !all && !user.has(Role.MANAGER));
        if (user.has(Role.MANAGER) && !all) {
            model.addAttribute("teamCompliments", store.complimentsFor(user.teamIds(), today.minusYears(1)));
        }
        return "complaints/list";
    }

    private static Cell status(ComplaintStore.Row r, LocalDate today) {
        if (r.kind() != ComplaintKind.COMPLAINT) {
            return Cell.text("");
        }
        if (r.closedOn() != null) {
            return Cell.tag(
                    "Stage " + r.stage() + ": "
                            + (r.outcome() == null ? "closed" : r.outcome().label()),
                    "grey");
        }
        if (r.due() == null) {
            return Cell.tag("Stage " + r.stage() + ": plan to agree", "yellow");
        }
        return today.isAfter(r.due())
                ? Cell.tag("Stage " + r.stage() + ": overdue since " + Complaints.DAY.format(r.due()), "red")
                : Cell.tag("Stage " + r.stage() + ": due " + Complaints.DAY.format(r.due()), "blue");
    }

    private static List<Option> options(Enum<?>[] values) {
        return Arrays.stream(values)
                .map(v -> new Option(
                        v.name(),
                        v instanceof ComplaintKind k
                                ? k.label()
                                : v instanceof Procedure p
                                        ? p.label()
                                        : v instanceof Channel c ? c.label() : ((Outcome) v).label()))
                .toList();
    }

    @GetMapping("/new")
    @PreAuthorize(Policies.COMPLAINTS_MANAGERS)
    String form(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    new ComplaintForm(
                            ComplaintKind.COMPLAINT.name(),
                            Procedure.CHILDREN.name(),
                            DateInput.of(null),
                            Channel.EMAIL.name(),
                            "",
                            "",
                            "",
                            "",
                            "",
                            "",
                            ""));
        }
        return formPage(model);
    }

    private String formPage(Model model) {
        model.addAttribute("kindOptions", options(ComplaintKind.values()));
        model.addAttribute("procedureOptions", options(Procedure.values()));
        model.addAttribute("channelOptions", options(Channel.values()));
        model.addAttribute(
                "teamOptions",
                organisation.activeTeams().stream()
                        .map(t -> new Option(String.valueOf(t.id()), t.name()))
                        .toList());
        // Two staff may share a name: each is shown with their team, which must be the team the record is about.
        var teams = organisation.teams();
        model.addAttribute(
                "workerOptions",
                organisation.activeStaff().stream()
                        .map(s -> new Option(
                                String.valueOf(s.id()),
                                s.fullName() + " ("
                                        + (s.teamId() == null || !teams.containsKey(s.teamId())
                                                ? "no team"
                                                : teams.get(s.teamId()).name())
                                        + ")"))
                        .toList());
        model.addAttribute(
                "categoryOptions",
                store.categories().stream()
                        .filter(c -> !c.retired())
                        .map(c -> new Option(String.valueOf(c.id()), c.name()))
                        .toList());
        model.addAttribute(
                "clocks",
                Arrays.stream(Procedure.values())
                        .map(p -> p.label() + " (" + p.basis() + "): " + clocks.inWords(p))
                        .toList());
        return "complaints/form";
    }

    @PostMapping("/new")
    @PreAuthorize(Policies.COMPLAINTS_MANAGERS)
    String record(
            @Validated @ModelAttribute("form") ComplaintForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var day = form.receivedOn() == null
                ? java.util.Optional.<LocalDate>empty()
                : form.receivedOn().date();
        var kind = FormValues.parse(ComplaintKind.class, form.kind());
        if (!result.hasErrors() && day.isPresent()) {
            try {
                long id = complaints.record(
                        CurrentUser.require(),
                        new ComplaintStore.NewComplaint(
                                kind,
                                FormValues.parse(Procedure.class, form.procedure()),
                                day.get(),
                                FormValues.parse(Channel.class, form.channel()),
                                FormValues.id(form.team()),
                                FormValues.id(form.worker()),
                                FormValues.blank(form.caseReference())
                                        ? null
                                        : form.caseReference().strip(),
                                FormValues.id(form.category()),
                                form.summary().strip(),
                                FormValues.blank(form.complainantName())
                                        ? null
                                        : form.complainantName().strip(),
                                FormValues.blank(form.complainantContact())
                                        ? null
                                        : form.complainantContact().strip(),
                                null));
                redirect.addFlashAttribute("saved", kind.label() + " " + id + " recorded");
                return "redirect:/complaints/" + id;
            } catch (Refused e) {
                e.addTo(result);
            }
        }
        model.addAttribute("problems", Problem.allIn(result, ComplaintForm.class));
        return formPage(model);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Policies.COMPLAINT_READERS)
    String complaint(@PathVariable long id, Model model) {
        var user = CurrentUser.require();
        var view = complaints.open(user, id);
        model.addAttribute("view", view);
        model.addAttribute("c", view.complaint());
        model.addAttribute("today", complaints.today());
        model.addAttribute("manages", user.has(Role.COMPLAINTS_MANAGER));
        model.addAttribute("clock", clocks.inWords(view.complaint().procedure()));
        model.addAttribute("outcomeOptions", options(Outcome.values()));
        var allThemes = themes.all();
        model.addAttribute(
                "themeNames",
                allThemes.stream()
                        .filter(t -> view.themeIds().contains(t.id()))
                        .map(LearningThemes.Theme::name)
                        .toList());
        if (user.has(Role.COMPLAINTS_MANAGER)) {
            model.addAttribute(
                    "themeOptions",
                    themes.offered(view.themeIds()).stream()
                            .map(t -> new Option(String.valueOf(t.id()), t.label()))
                            .toList());
            model.addAttribute(
                    "ownerOptions",
                    accounts.withAnyRole(java.util.EnumSet.of(Role.MANAGER, Role.QA_LEAD)).stream()
                            .map(a -> new Option(String.valueOf(a.userId()), a.name()))
                            .toList());
            model.addAttribute(
                    "standardOptions",
                    standards.everyStandard().values().stream()
                            .filter(s -> !s.withdrawn())
                            .map(s -> new Option(String.valueOf(s.id()), s.label()))
                            .toList());
            model.addAttribute(
                    "learningForm",
                    new LearningForm(
                            view.complaint().remedy(),
                            view.complaint().learning(),
                            view.themeIds().stream().map(String::valueOf).toList(),
                            "",
                            "",
                            DateInput.of(null),
                            ""));
            model.addAttribute("respondForm", new RespondForm(DateInput.of(null), ""));
            model.addAttribute("extendForm", new ExtendForm(DateInput.of(null), ""));
            model.addAttribute("escalateForm", new EscalateForm(DateInput.of(null)));
            model.addAttribute("acknowledgeForm", new AcknowledgeForm(DateInput.of(null), ""));
            model.addAttribute("referForm", new ReferForm(DateInput.of(null)));
            model.addAttribute("decisionForm", new DecisionForm(DateInput.of(null), "", "", "", DateInput.of(null)));
            model.addAttribute("compliedForm", new CompliedForm(DateInput.of(null)));
        }
        return "complaints/complaint";
    }

    /** A refused small form on the complaint's page goes back there with its first problem named. */
    private static void refuseIfInvalid(BindingResult result) {
        if (result.hasErrors()) {
            var first = Problem.allIn(result).getFirst();
            throw new Refused(first.fieldName(), first.message());
        }
    }

    private static LocalDate day(DateInput input) {
        return input == null ? null : input.date().orElse(null);
    }

    @PostMapping("/{id}/respond")
    @PreAuthorize(Policies.COMPLAINTS_MANAGERS)
    @ReturnTo("/complaints/{id}")
    String respond(
            @PathVariable long id,
            @RequestParam int lockVersion,
            @Validated @ModelAttribute("respondForm") RespondForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        refuseIfInvalid(result);
        complaints.respond(
                CurrentUser.require(),
                id,
                lockVersion,
                day(form.respondedOn()),
                FormValues.parse(Outcome.class, form.outcome()));
        redirect.addFlashAttribute("saved", "Response recorded");
        return "redirect:/complaints/" + id;
    }

    @PostMapping("/{id}/extend")
    @PreAuthorize(Policies.COMPLAINTS_MANAGERS)
    @ReturnTo("/complaints/{id}")
    String extend(
            @PathVariable long id,
            @RequestParam int lockVersion,
            @Validated @ModelAttribute("extendForm") ExtendForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        refuseIfInvalid(result);
        complaints.extend(CurrentUser.require(), id, lockVersion, day(form.extendedTo()), form.reason());
        redirect.addFlashAttribute("saved", "Extension recorded");
        return "redirect:/complaints/" + id;
    }

    @PostMapping("/{id}/escalate")
    @PreAuthorize(Policies.COMPLAINTS_MANAGERS)
    @ReturnTo("/complaints/{id}")
    String escalate(
            @PathVariable long id,
            @RequestParam int lockVersion,
            @Validated @ModelAttribute("escalateForm") EscalateForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        refuseIfInvalid(result);
        complaints.escalate(CurrentUser.require(), id, lockVersion, day(form.requestedOn()));
        redirect.addFlashAttribute("saved", "Next stage started");
        return "redirect:/complaints/" + id;
    }

    @PostMapping("/{id}/acknowledge")
    @PreAuthorize(Policies.COMPLAINTS_MANAGERS)
    @ReturnTo("/complaints/{id}")
    String acknowledge(
            @PathVariable long id,
            @RequestParam int lockVersion,
            @Validated @ModelAttribute("acknowledgeForm") AcknowledgeForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        refuseIfInvalid(result);
        var days = FormValues.number(form.agreedWorkingDays());
        if (days == null) {
            throw new Refused("agreedWorkingDays", "Enter the agreed period as a whole number of working days");
        }
        complaints.acknowledge(CurrentUser.require(), id, lockVersion, day(form.acknowledgedOn()), days);
        redirect.addFlashAttribute("saved", "Acknowledgement and response plan recorded");
        return "redirect:/complaints/" + id;
    }

    @PostMapping("/{id}/learning")
    @PreAuthorize(Policies.COMPLAINTS_MANAGERS)
    @ReturnTo("/complaints/{id}")
    String learning(
            @PathVariable long id,
            @RequestParam int lockVersion,
            @Validated @ModelAttribute("learningForm") LearningForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        refuseIfInvalid(result);
        Complaints.LearningAction action = null;
        if (!FormValues.blank(form.actionTitle())) {
            var owner = FormValues.id(form.actionOwner());
            if (owner == null) {
                throw new Refused("actionOwner", "Select who owns the action");
            }
            var due = day(form.actionDue());
            if (due == null) {
                throw new Refused("actionDue", "Enter the action’s due date");
            }
            action = new Complaints.LearningAction(
                    form.actionTitle().strip(), owner, due, FormValues.id(form.standard()));
        }
        var themeIds = form.themes() == null
                ? List.<Long>of()
                : form.themes().stream()
                        .map(FormValues::id)
                        .filter(java.util.Objects::nonNull)
                        .toList();
        var raised = complaints.learning(
                CurrentUser.require(), id, lockVersion, form.remedy(), form.learning(), themeIds, action);
        redirect.addFlashAttribute("saved", raised == null ? "Learning saved" : "Learning saved and action raised");
        return "redirect:/complaints/" + id;
    }

    @PostMapping("/{id}/ombudsman")
    @PreAuthorize(Policies.COMPLAINTS_MANAGERS)
    @ReturnTo("/complaints/{id}")
    String refer(
            @PathVariable long id,
            @RequestParam int lockVersion,
            @Validated @ModelAttribute("referForm") ReferForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        refuseIfInvalid(result);
        complaints.refer(CurrentUser.require(), id, lockVersion, day(form.referredOn()));
        redirect.addFlashAttribute("saved", "Referral to the Ombudsman recorded");
        return "redirect:/complaints/" + id;
    }

    @PostMapping("/{id}/ombudsman/decision")
    @PreAuthorize(Policies.COMPLAINTS_MANAGERS)
    @ReturnTo("/complaints/{id}")
    String decide(
            @PathVariable long id,
            @RequestParam int lockVersion,
            @Validated @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        refuseIfInvalid(result);
        complaints.decide(
                CurrentUser.require(),
                id,
                lockVersion,
                day(form.decidedOn()),
                "yes".equals(form.fault()),
                "yes".equals(form.injustice()),
                form.remedy(),
                day(form.complyBy()));
        redirect.addFlashAttribute("saved", "The Ombudsman’s decision recorded");
        return "redirect:/complaints/" + id;
    }

    @PostMapping("/{id}/ombudsman/complied")
    @PreAuthorize(Policies.COMPLAINTS_MANAGERS)
    @ReturnTo("/complaints/{id}")
    String complied(
            @PathVariable long id,
            @RequestParam int lockVersion,
            @Validated @ModelAttribute("compliedForm") CompliedForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        refuseIfInvalid(result);
        complaints.complied(CurrentUser.require(), id, lockVersion, day(form.compliedOn()));
        redirect.addFlashAttribute("saved", "Compliance recorded");
        return "redirect:/complaints/" + id;
    }
}
