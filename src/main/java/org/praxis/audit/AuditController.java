package org.praxis.audit;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.RecordAccess;
import org.praxis.identity.RecordRefused;
import org.praxis.identity.Role;
import org.praxis.web.Cell;
import org.praxis.web.FormValues;
import org.praxis.web.ListPage;
import org.praxis.web.NotFound;
import org.praxis.web.Option;
import org.praxis.web.Problem;
import org.praxis.web.SummaryRow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Audits: the work lists, and one audit's form. Who may open which audit is decided per audit (assigned auditor,
 * QA lead, the team's manager, the practitioner whose case it is); a refusal is written to the access log.
 */
@Controller
@RequestMapping("/audit")
class AuditController {

    /** The form field naming this opening of the form, so that its own saves never conflict with each other. */
    static final String OPENING = "opening";

    private final AuditForms forms;
    private final AuditLists lists;
    private final org.praxis.actions.Actions actions;
    private final org.praxis.identity.StaffAccounts accounts;
    private final java.time.Clock clock;
    private final Moderation moderation;
    private final LearningConversations conversations;

    AuditController(
            AuditForms forms,
            AuditLists lists,
            org.praxis.actions.Actions actions,
            org.praxis.identity.StaffAccounts accounts,
            java.time.Clock clock,
            Moderation moderation,
            LearningConversations conversations) {
        this.moderation = moderation;
        this.conversations = conversations;
        this.forms = forms;
        this.lists = lists;
        this.actions = actions;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** An action raised from a submitted audit, by its auditor or a QA lead, owned by someone in the case's team. */
    @PostMapping("/audits/{id}/actions")
    @PreAuthorize(Policies.STAFF)
    String raiseAction(
            @PathVariable long id,
            @Valid @ModelAttribute("actionForm") ActionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var audit = forms.audit(id).orElseThrow(() -> new NotFound());
        if (!RecordAccess.mayRaiseActionFrom(user, audit.parties())) {
            throw new RecordRefused("Audit", id, "Only the auditor or a QA lead raises actions from an audit");
        }
        var owner = FormValues.id(form.actionOwner());
        if (!result.hasFieldErrors("actionOwner")
                && (owner == null
                        || ownerOptions(audit).stream().noneMatch(o -> o.value().equals(String.valueOf(owner))))) {
            result.rejectValue("actionOwner", "owner", "Choose who owns the action");
        }
        var due = form.actionDue() == null
                ? java.util.Optional.<LocalDate>empty()
                : form.actionDue().date();
        if (due.isPresent() && due.get().isBefore(LocalDate.now(clock))) {
            result.rejectValue("actionDue", "past", "The due date must be today or later");
        }
        var opened = forms.open(id, user).orElseThrow();
        var standardId = FormValues.id(form.actionStandard());
        var standard = standardOptions(opened.template()).stream()
                .filter(o -> o.value().equals(String.valueOf(standardId)))
                .findFirst();
        if (standardId != null && standard.isEmpty()) {
            result.rejectValue("actionStandard", "standard", "Choose a practice standard this audit tests");
        }
        // Medium unless chosen: the page's radios start there.
        var priority = FormValues.blank(form.actionPriority())
                ? java.util.Optional.of(org.praxis.actions.Priority.MEDIUM)
                : org.praxis.actions.Priority.named(form.actionPriority());
        if (priority.isEmpty()) {
            result.rejectValue("actionPriority", "priority", "Choose the action's priority");
        }
        if (result.hasErrors()) {
            return page(
                    model,
                    opened,
                    Problem.allIn(result, ActionForm.class),
                    opened.audit().lockVersion());
        }
        actions.raise(
                new org.praxis.actions.Actions.NewAction(
                                "AUDIT",
                                id,
                                "Audit of case " + audit.reference(),
                                "/audit/audits/" + id,
                                form.actionTitle().strip(),
                                null,
                                owner,
                                due.get())
                        .because(
                                form.actionWhy(),
                                standard.map(o -> Long.valueOf(o.value())).orElse(null),
                                standard.map(Option::text).orElse(null),
                                form.actionMeasure(),
                                priority.get()),
                user);
        redirect.addFlashAttribute("saved", "Action raised: its owner has been told");
        return "redirect:/audit/audits/" + id;
    }

    /** The learning conversation with the practitioner, recorded by the auditor or a QA lead on a submitted audit. */
    @PostMapping("/audits/{id}/conversations")
    @PreAuthorize(Policies.STAFF)
    String recordConversation(
            @PathVariable long id,
            @Valid @ModelAttribute("conversationForm") ConversationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var audit = forms.audit(id).orElseThrow(() -> new NotFound());
        if (!LearningConversations.mayRecord(user, audit)) {
            throw new RecordRefused(
                    "Audit", id, "Only the auditor or a QA lead records the conversation about an audit");
        }
        var heldOn = form.heldOn() == null
                ? java.util.Optional.<LocalDate>empty()
                : form.heldOn().date();
        if (heldOn.isPresent() && heldOn.get().isAfter(LocalDate.now(clock))) {
            result.rejectValue("heldOn", "future", "The date of the conversation must be today or in the past");
        }
        if (result.hasErrors()) {
            var opened = forms.open(id, user).orElseThrow();
            return page(
                    model,
                    opened,
                    Problem.allIn(result, ConversationForm.class),
                    opened.audit().lockVersion());
        }
        conversations.record(
                audit, user, heldOn.get(), form.people().strip(), form.agreed().strip());
        redirect.addFlashAttribute("saved", "The conversation with the practitioner is recorded");
        return "redirect:/audit/audits/" + id + "#conversations";
    }

    /** The practice standards the audit's questions test: what an action raised from it can serve. */
    private static List<Option> standardOptions(AuditTemplates.TemplateVersion template) {
        var options = new java.util.LinkedHashMap<Long, Option>();
        template.sections().stream()
                .flatMap(section -> section.questions().stream())
                .flatMap(question -> question.standards().stream())
                .forEach(s -> options.putIfAbsent(s.id(), new Option(String.valueOf(s.id()), s.label())));
        return List.copyOf(options.values());
    }

    private List<Option> ownerOptions(AuditForms.Audit audit) {
        var options = new java.util.LinkedHashMap<Long, Option>();
        accounts.inTeam(audit.teamId())
                .forEach(a -> options.put(a.userId(), new Option(String.valueOf(a.userId()), a.name())));
        var managers = accounts.byIds(accounts.managersOf(audit.teamId()));
        managers.values()
                .forEach(a -> options.putIfAbsent(
                        a.userId(), new Option(String.valueOf(a.userId()), a.name() + " (manager)")));
        return List.copyOf(options.values());
    }

    /** The filter of the list of audits assigned to you. */
    record ListFilter(String status, String programme) {}

    @GetMapping
    @PreAuthorize(Policies.STAFF)
    String home(
            @RequestParam(name = "page", required = false) Integer page,
            @RequestParam(name = "list", required = false) String list,
            @ModelAttribute("filter") ListFilter filter,
            Model model) {
        var user = CurrentUser.require();
        boolean auditing = user.has(Role.LEADER) || user.has(Role.QA_LEAD) || lists.hasAssigned(user.userId());
        var whose = auditing
                ? AuditLists.Whose.AUDITOR
                : user.has(Role.MANAGER) ? AuditLists.Whose.TEAM : AuditLists.Whose.WORKER;
        if (list != null && (list.equals("team") && user.has(Role.MANAGER))) {
            whose = AuditLists.Whose.TEAM;
        } else if (list != null && list.equals("mine") && user.staffId() != null) {
            whose = AuditLists.Whose.WORKER;
        } else if (list != null && list.equals("assigned")) {
            whose = AuditLists.Whose.AUDITOR;
        }
        java.util.Collection<Long> keys = switch (whose) {
            case AUDITOR -> List.of(user.userId());
            case TEAM -> user.teamIds();
            case WORKER -> user.staffId() == null ? List.of() : List.of(user.staffId());
        };
        var status = AuditLists.STATUSES.stream()
                .map(Option::value)
                .filter(v -> v.equals(filter.status()))
                .findFirst()
                .orElse(null);
        var programmeOptions =
                whose == AuditLists.Whose.AUDITOR ? lists.programmesOf(user.userId()) : List.<Option>of();
        var programme = programmeOptions.stream()
                .map(Option::value)
                .filter(v -> v.equals(filter.programme()))
                .findFirst()
                .map(Long::valueOf)
                .orElse(null);
        var found = lists.audits(
                whose,
                keys,
                whose == AuditLists.Whose.AUDITOR ? new AuditLists.Filter(status, programme) : AuditLists.Filter.NONE,
                ListPage.requested(page));
        model.addAttribute("filtered", whose == AuditLists.Whose.AUDITOR);
        model.addAttribute("statusOptions", AuditLists.STATUSES);
        model.addAttribute("programmeOptions", programmeOptions);
        model.addAttribute("auditing", auditing);
        model.addAttribute("page", found);
        model.addAttribute(
                "heading",
                switch (whose) {
                    case AUDITOR -> "Audits assigned to you";
                    case TEAM -> "Submitted audits of your team’s cases";
                    case WORKER -> "Submitted audits of your cases";
                });
        model.addAttribute(
                "rows",
                found.items().stream()
                        .map(a -> List.of(
                                Cell.link(a.reference(), "/audit/audits/" + a.id()),
                                Cell.text(a.caseType()),
                                Cell.text(a.team()),
                                Cell.text(a.programme()),
                                Cell.text(a.due().format(AuditPages.DAY)),
                                AuditPages.statusTag(a.status())))
                        .toList());
        model.addAttribute("runsProgrammes", user.has(Role.QA_LEAD));
        model.addAttribute("readsFindings", user.has(Role.QA_LEAD) || user.has(Role.LEADER));
        model.addAttribute("isManager", user.has(Role.MANAGER));
        model.addAttribute("hasCases", user.staffId() != null);
        return "audit/home";
    }

    @GetMapping("/audits/{id}")
    @PreAuthorize(Policies.STAFF)
    String audit(@PathVariable long id, Model model) {
        var opened = forms.open(id, CurrentUser.require()).orElseThrow(() -> new NotFound());
        return page(model, opened, List.of(), opened.audit().lockVersion());
    }

    @PostMapping("/audits/{id}")
    @PreAuthorize(Policies.STAFF)
    String save(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var opened = forms.open(id, user).orElseThrow(() -> new NotFound());
        boolean submit = "submit".equals(params.getFirst("action"));
        var written = AuditAnswers.read(params, opened.template().questions());
        var result = written.binding();
        var outcome = forms.save(id, lock(params), opening(params), written, result, user, submit);
        if (outcome.saved()) {
            redirect.addFlashAttribute(
                    "saved",
                    submit
                            ? "Audit submitted. The practitioner and their manager have been told."
                            : "Saved. You can come back to this audit from any device.");
            return submit ? "redirect:/audit" : "redirect:/audit/audits/" + id;
        }
        model.addAttribute(AuditAnswers.FORM, written.fields());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + AuditAnswers.FORM, result);
        // After a conflict the form carries the newest version, so saving again (having been told) goes through.
        model.addAttribute(OPENING, opening(params));
        return page(model, opened, outcome.problems(), outcome.lockVersion());
    }

    /** The form saving itself as the auditor works (htmx): a status line, and the new version for the next save. */
    @PostMapping("/audits/{id}/autosave")
    @PreAuthorize(Policies.STAFF)
    String autosave(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            HttpServletResponse response) {
        var user = CurrentUser.require();
        var audit = forms.audit(id).orElseThrow(() -> new NotFound());
        var template = forms.templateOf(audit);
        var written = AuditAnswers.read(params, template.questions());
        var outcome = forms.save(id, lock(params), opening(params), written, written.binding(), user, false);
        model.addAttribute("outcome", outcome);
        response.setHeader("Cache-Control", "no-store");
        return "audit/form :: autosaveStatus";
    }

    @PostMapping("/audits/{id}/reply")
    @PreAuthorize(Policies.STAFF)
    String reply(
            @PathVariable long id,
            @Valid @ModelAttribute("replyForm") ReplyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var user = CurrentUser.require();
        if (result.hasErrors()) {
            var opened = forms.open(id, user).orElseThrow(() -> new NotFound());
            if (opened.access() == RecordAccess.AuditAccess.REPLY) {
                return page(
                        model,
                        opened,
                        Problem.allIn(result, ReplyForm.class),
                        opened.audit().lockVersion());
            }
        }
        // Refuses anyone but the practitioner whose case it is, whatever they sent.
        forms.reply(id, form.reply(), user);
        redirect.addFlashAttribute("saved", "Reply sent to the auditor");
        return "redirect:/audit/audits/" + id;
    }

    private String page(Model model, AuditForms.Opened opened, List<Problem> problems, int lockVersion) {
        var audit = opened.audit();
        var template = opened.template();
        model.addAttribute("opened", opened);
        model.addAttribute("audit", audit);
        model.addAttribute("template", template);
        model.addAttribute("numbers", opened.numbers());
        model.addAttribute("summary", opened.caseSummary());
        model.addAttribute("problems", problems);
        forms(model, opened);
        model.addAttribute("lockVersion", lockVersion);
        if (!(model.getAttribute(OPENING) instanceof String shown) || shown.isBlank()) {
            model.addAttribute(OPENING, java.util.UUID.randomUUID().toString());
        }
        model.addAttribute("editable", opened.access() == RecordAccess.AuditAccess.EDIT);
        model.addAttribute("canReply", opened.access() == RecordAccess.AuditAccess.REPLY);
        model.addAttribute("gradeOptions", gradeOptions());
        var gradeOrNotApplicable = new java.util.ArrayList<>(gradeOptions());
        gradeOrNotApplicable.add(new Option(Grade.NOT_APPLICABLE, "Not applicable to this case"));
        model.addAttribute("gradeOrNotApplicable", gradeOrNotApplicable);
        model.addAttribute(
                "answerRows",
                template.sections().stream()
                        .map(section -> answerRows(section.questions(), opened.numbers(), opened.answers()))
                        .toList());

        var user = CurrentUser.require();
        model.addAttribute("auditActions", actions.forSource("AUDIT", audit.id()));
        var agreed = moderation.state(audit.id()).filter(Moderation.State::agreed);
        model.addAttribute("agreed", agreed.orElse(null));
        model.addAttribute("overallRows", overallRows(audit, agreed.isPresent()));
        model.addAttribute(
                "moderationRows", agreed.map(m -> moderationRows(audit, m)).orElse(List.of()));
        model.addAttribute("conversations", conversations.of(audit.id()));
        model.addAttribute("canRecordConversation", LearningConversations.mayRecord(user, audit));
        model.addAttribute("canRaiseAction", RecordAccess.mayRaiseActionFrom(user, audit.parties()));
        model.addAttribute("ownerOptions", ownerOptions(audit));
        model.addAttribute("standardOptions", standardOptions(template));
        model.addAttribute(
                "priorityOptions",
                java.util.Arrays.stream(org.praxis.actions.Priority.values())
                        .map(p -> new Option(p.name(), p.label()))
                        .toList());
        model.addAttribute(
                "yesPartlyNo",
                List.of(new Option("YES", "Yes"), new Option("PARTLY", "Partly"), new Option("NO", "No")));
        model.addAttribute(
                "spokenToOptions",
                List.of(
                        new Option("YES", "Yes"),
                        new Option("NO", "No"),
                        new Option("NOT_APPROPRIATE", "Not appropriate (for example, a baby)")));
        return "audit/form";
    }

    /** The page's three forms, as stored unless a handler put them there as typed (with their errors). */
    private static void forms(Model model, AuditForms.Opened opened) {
        if (!model.containsAttribute(AuditAnswers.FORM)) {
            var stored = AuditAnswers.stored(
                    opened.template().questions(),
                    opened.answers(),
                    opened.audit().overall());
            model.addAttribute(AuditAnswers.FORM, stored.fields());
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + AuditAnswers.FORM, stored.binding());
        }
        if (!model.containsAttribute("actionForm")) {
            model.addAttribute("actionForm", ActionForm.empty());
        }
        if (!model.containsAttribute("conversationForm")) {
            model.addAttribute("conversationForm", new ConversationForm(null, null, null));
        }
        if (!model.containsAttribute("replyForm")) {
            model.addAttribute("replyForm", new ReplyForm(opened.audit().practitionerReply()));
        }
    }

    /** The auditor's answers as a summary list: "1.2 Is the plan clear?" and "Good" (the moderator reads them too). */
    static List<SummaryRow> answerRows(
            List<AuditTemplates.Question> questions, Map<Long, String> numbers, Map<Long, String> answers) {
        return questions.stream()
                .map(q ->
                        SummaryRow.of(numbers.get(q.id()) + " " + q.text(), answerText(q.type(), answers.get(q.id()))))
                .toList();
    }

    /** An answer as a reader sees it: "Good", "Partly", "3 March 2026", or "Not answered". */
    static String answerText(AnswerType type, String answer) {
        if (answer == null || answer.isBlank()) {
            return "Not answered";
        }
        return switch (type) {
            case GRADE -> Grade.parse(answer).map(Grade::label).orElse("Not applicable");
            case YES_PARTLY_NO -> answer.charAt(0) + answer.substring(1).toLowerCase(java.util.Locale.ROOT);
            case DATE -> java.time.LocalDate.parse(answer).format(AuditPages.DAY);
            case NUMBER, TEXT -> answer;
        };
    }

    /**
     * After moderation, the grade that counts (the agreed one, which findings use) beside the auditor's and the
     * moderator's, each with its note.
     */
    static List<SummaryRow> moderationRows(AuditForms.Audit audit, Moderation.State m) {
        return List.of(
                SummaryRow.of(
                        "Agreed grade",
                        m.finalGrade().label()
                                + (differs(audit, m) ? " (differs from the auditor’s)" : "") + ": "
                                + m.agreementNote()),
                SummaryRow.of(
                        "Auditor’s grade",
                        answerText(AnswerType.GRADE, audit.overall().get("overallGrade"))),
                SummaryRow.of(
                        "Moderator’s grade",
                        m.moderatorGrade().label()
                                + (m.moderatorNote() == null
                                                || m.moderatorNote().isBlank()
                                        ? ""
                                        : ": " + m.moderatorNote())),
                SummaryRow.of("Agreed on", m.agreedAt().format(AuditPages.DAY)));
    }

    static boolean differs(AuditForms.Audit audit, Moderation.State m) {
        return !m.finalGrade().name().equals(audit.overall().get("overallGrade"));
    }

    private static List<SummaryRow> overallRows(AuditForms.Audit audit, boolean moderated) {
        var o = audit.overall();
        var spoken = o.get("personSpokenTo");
        return List.of(
                SummaryRow.of(
                        moderated ? "Auditor’s overall grade (before moderation)" : "Overall grade",
                        answerText(AnswerType.GRADE, o.get("overallGrade"))),
                SummaryRow.of("Strengths", o.get("strengths")),
                SummaryRow.of("Strength themes", o.get("strengthTags")),
                SummaryRow.of("Areas for development", o.get("areasForDevelopment")),
                SummaryRow.of("Development themes", o.get("developmentTags")),
                SummaryRow.of("What difference our involvement has made", o.get("differenceMade")),
                SummaryRow.of(
                        "Conversation with the practitioner",
                        o.get("conversationDate") == null
                                ? null
                                : answerText(AnswerType.DATE, o.get("conversationDate")) + ", with "
                                        + o.get("conversationWith")),
                SummaryRow.of("The practitioner’s reflections", o.get("practitionerReflections")),
                SummaryRow.of(
                        "Child or adult spoken to",
                        spoken == null
                                ? null
                                : spoken.equals("NOT_APPROPRIATE")
                                        ? "Not appropriate"
                                        : answerText(AnswerType.YES_PARTLY_NO, spoken)),
                SummaryRow.of("What they said", o.get("familyView")));
    }

    static List<Option> gradeOptions() {
        var options = new java.util.ArrayList<Option>();
        for (var g : Grade.values()) {
            options.add(new Option(g.name(), g.label()));
        }
        return options;
    }

    /** The opening the form was sent from, if it is one this page gave out (a random UUID); otherwise none. */
    private static String opening(MultiValueMap<String, String> params) {
        var sent = params.getFirst(OPENING);
        return sent != null && sent.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                ? sent
                : null;
    }

    private static int lock(MultiValueMap<String, String> params) {
        try {
            return Integer.parseInt(params.getFirst("lockVersion"));
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }
}
