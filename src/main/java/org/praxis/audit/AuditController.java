package org.praxis.audit;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.HashMap;
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

    private final AuditForms forms;
    private final AuditLists lists;
    private final org.praxis.actions.Actions actions;
    private final org.praxis.identity.StaffAccounts accounts;
    private final java.time.Clock clock;

    AuditController(
            AuditForms forms,
            AuditLists lists,
            org.praxis.actions.Actions actions,
            org.praxis.identity.StaffAccounts accounts,
            java.time.Clock clock) {
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
        if (result.hasErrors()) {
            var opened = forms.open(id, user).orElseThrow();
            model.addAttribute("values", stored(opened));
            model.addAttribute("actionValues", form.typed());
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
                        due.get()),
                user.displayName());
        redirect.addFlashAttribute("saved", "Action raised: its owner has been told");
        return "redirect:/audit/audits/" + id;
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

    @GetMapping
    @PreAuthorize(Policies.STAFF)
    String home(
            @RequestParam(name = "page", required = false) Integer page,
            @RequestParam(name = "list", required = false) String list,
            Model model) {
        var user = CurrentUser.require();
        var whose = user.has(Role.LEADER) || user.has(Role.QA_LEAD)
                ? AuditLists.Whose.AUDITOR
                : user.has(Role.MANAGER) ? AuditLists.Whose.TEAM : AuditLists.Whose.WORKER;
        if (list != null && (list.equals("team") && user.has(Role.MANAGER))) {
            whose = AuditLists.Whose.TEAM;
        } else if (list != null && list.equals("mine") && user.staffId() != null) {
            whose = AuditLists.Whose.WORKER;
        }
        Long key = switch (whose) {
            case AUDITOR -> user.userId();
            case TEAM -> user.teamId();
            case WORKER -> user.staffId();
        };
        var found = lists.audits(whose, key == null ? -1 : key, ListPage.requested(page));
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
        model.addAttribute("values", stored(opened));
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
        var outcome = forms.save(id, lock(params), written, user, submit);
        if (outcome.saved()) {
            redirect.addFlashAttribute(
                    "saved",
                    submit
                            ? "Audit submitted. The practitioner and their manager have been told."
                            : "Saved. You can come back to this audit from any device.");
            return submit ? "redirect:/audit" : "redirect:/audit/audits/" + id;
        }
        model.addAttribute("values", written.typed());
        // After a conflict the form carries the newest version, so saving again (having been told) goes through.
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
        var outcome = forms.save(id, lock(params), AuditAnswers.read(params, template.questions()), user, false);
        model.addAttribute("outcome", outcome);
        response.setHeader("Cache-Control", "no-store");
        return "audit/form :: autosaveStatus";
    }

    @PostMapping("/audits/{id}/reply")
    @PreAuthorize(Policies.STAFF)
    String reply(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reply,
            Model model,
            RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var problem = forms.reply(id, reply, user);
        if (problem.isEmpty()) {
            redirect.addFlashAttribute("saved", "Reply sent to the auditor");
            return "redirect:/audit/audits/" + id;
        }
        var opened = forms.open(id, user).orElseThrow();
        model.addAttribute("values", stored(opened));
        model.addAttribute("reply", reply);
        return page(model, opened, List.of(problem.get()), opened.audit().lockVersion());
    }

    private String page(Model model, AuditForms.Opened opened, List<Problem> problems, int lockVersion) {
        model.addAttribute("opened", opened);
        model.addAttribute("audit", opened.audit());
        model.addAttribute("template", opened.template());
        model.addAttribute("numbers", opened.numbers());
        model.addAttribute("summary", opened.caseSummary());
        model.addAttribute("problems", problems);
        var fieldErrors = new HashMap<String, String>();
        problems.stream()
                .filter(p -> p.fieldName() != null)
                .forEach(p -> fieldErrors.putIfAbsent(p.fieldName(), p.message()));
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("lockVersion", lockVersion);
        model.addAttribute("editable", opened.access() == RecordAccess.AuditAccess.EDIT);
        model.addAttribute("canReply", opened.access() == RecordAccess.AuditAccess.REPLY);
        model.addAttribute("gradeOptions", gradeOptions());
        var answerTexts = new HashMap<Long, String>();
        for (var q : opened.template().questions()) {
            answerTexts.put(q.id(), answerText(q.type(), opened.answers().get(q.id())));
        }
        model.addAttribute("answerTexts", answerTexts);
        model.addAttribute("overallRows", overallRows(opened.audit()));
        var user = CurrentUser.require();
        var audit = opened.audit();
        model.addAttribute("auditActions", actions.forSource("AUDIT", audit.id()));
        model.addAttribute("canRaiseAction", RecordAccess.mayRaiseActionFrom(user, audit.parties()));
        model.addAttribute("ownerOptions", ownerOptions(audit));
        if (!model.containsAttribute("actionValues")) {
            model.addAttribute("actionValues", Map.of());
        }
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

    private static List<org.praxis.web.SummaryRow> overallRows(AuditForms.Audit audit) {
        var o = audit.overall();
        var spoken = o.get("personSpokenTo");
        return List.of(
                org.praxis.web.SummaryRow.of("Overall grade", answerText(AnswerType.GRADE, o.get("overallGrade"))),
                org.praxis.web.SummaryRow.of("Strengths", o.get("strengths")),
                org.praxis.web.SummaryRow.of("Strength themes", o.get("strengthTags")),
                org.praxis.web.SummaryRow.of("Areas for development", o.get("areasForDevelopment")),
                org.praxis.web.SummaryRow.of("Development themes", o.get("developmentTags")),
                org.praxis.web.SummaryRow.of("What difference our involvement has made", o.get("differenceMade")),
                org.praxis.web.SummaryRow.of(
                        "Conversation with the practitioner",
                        o.get("conversationDate") == null
                                ? null
                                : answerText(AnswerType.DATE, o.get("conversationDate")) + ", with "
                                        + o.get("conversationWith")),
                org.praxis.web.SummaryRow.of("The practitioner’s reflections", o.get("practitionerReflections")),
                org.praxis.web.SummaryRow.of(
                        "Child or adult spoken to",
                        spoken == null
                                ? null
                                : spoken.equals("NOT_APPROPRIATE")
                                        ? "Not appropriate"
                                        : answerText(AnswerType.YES_PARTLY_NO, spoken)),
                org.praxis.web.SummaryRow.of("What they said", o.get("familyView")));
    }

    static List<Option> gradeOptions() {
        var options = new java.util.ArrayList<Option>();
        for (var g : Grade.values()) {
            options.add(new Option(g.name(), g.label()));
        }
        return options;
    }

    /** The stored answers as the form's fields, dates split into day, month and year. */
    private static Map<String, String> stored(AuditForms.Opened opened) {
        var values = new HashMap<String, String>();
        for (var q : opened.template().questions()) {
            var answer = opened.answers().get(q.id());
            if (q.type() == AnswerType.DATE) {
                putDate(values, "q" + q.id(), answer);
            } else {
                values.put("q" + q.id(), answer == null ? "" : answer);
            }
        }
        opened.audit().overall().forEach((k, v) -> {
            if (k.equals("conversationDate")) {
                putDate(values, k, v);
            } else {
                values.put(k, v == null ? "" : v);
            }
        });
        return values;
    }

    private static void putDate(Map<String, String> values, String field, String iso) {
        var date = iso == null || iso.isBlank() ? null : java.time.LocalDate.parse(iso);
        values.put(field + ".day", date == null ? "" : String.valueOf(date.getDayOfMonth()));
        values.put(field + ".month", date == null ? "" : String.valueOf(date.getMonthValue()));
        values.put(field + ".year", date == null ? "" : String.valueOf(date.getYear()));
    }

    private static int lock(MultiValueMap<String, String> params) {
        try {
            return Integer.parseInt(params.getFirst("lockVersion"));
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }
}
