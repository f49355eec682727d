package org.praxis.audit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.StaffAccounts;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.register.SamplingFrame;
import org.praxis.web.Cell;
import org.praxis.web.DateInput;
import org.praxis.web.FormValues;
import org.praxis.web.ListPage;
import org.praxis.web.MaxLength;
import org.praxis.web.NotFound;
import org.praxis.web.OneOf;
import org.praxis.web.Option;
import org.praxis.web.Problem;
import org.praxis.web.RealDate;
import org.praxis.web.Refused;
import org.praxis.web.SummaryRow;
import org.praxis.web.WholeNumber;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Audit programmes: quality assurance leads plan them, draw the sample and follow them to the end. */
@Controller
@RequestMapping("/audit/programmes")
class ProgrammeController {

    static final String CAPACITY = "capacity-";

    /**
     * A new programme, its fields in the page's order. The auditors' capacities are a field for each possible
     * auditor, read by {@link #capacities}; the template, the sample's size or share, and a due date not in the
     * past are checked by the controller.
     */
    record ProgrammeForm(
            @NotBlank(message = "Enter the programme's name") @MaxLength(value = 200, label = "The programme's name")
            String name,

            @MaxLength(value = 500, label = "The theme") String theme,
            String templateVersionId,
            String serviceAreaId,
            List<String> caseTypes,
            List<String> teamIds,
            @RealDate(label = "Open on") DateInput openOn,

            @WholeNumber(min = 0, max = 60, label = "The months")
            String excludeMonths,

            @WholeNumber(min = 1, max = 100_000, label = "The sample size")
            String sampleSize,

            @WholeNumber(min = 1, max = 100, label = "The percentage")
            String samplePercent,

            @OneOf(value = Stratification.class, message = "Select how the sample is stratified")
            String stratifyBy,

            @Pattern(
                    regexp = "\\s*|\\s*-?\\d{1,18}\\s*",
                    message = "The seed must be a whole number, or leave it empty")
            String seed,

            @RealDate(label = "Due date", blank = "Enter the date audits are due")
            DateInput dueDate,

            @NotBlank(message = "Enter the share of audits to moderate")
            @WholeNumber(min = 0, max = 100, label = "The moderation rate")
            String moderationPercent) {

        AuditProgrammes.Plan plan(Map<Long, Integer> capacities) {
            var exclude = FormValues.number(excludeMonths);
            return new AuditProgrammes.Plan(
                    name.strip(),
                    theme == null ? "" : theme.strip(),
                    FormValues.id(templateVersionId),
                    FormValues.id(serviceAreaId),
                    caseTypes == null ? List.of() : caseTypes,
                    teamIds == null
                            ? List.of()
                            : teamIds.stream()
                                    .map(FormValues::id)
                                    .filter(java.util.Objects::nonNull)
                                    .toList(),
                    openOn == null ? null : openOn.date().orElse(null),
                    FormValues.number(sampleSize),
                    FormValues.number(samplePercent),
                    FormValues.parse(Stratification.class, stratifyBy),
                    exclude == null ? 0 : exclude,
                    FormValues.blank(seed) ? null : Long.valueOf(seed.strip()),
                    dueDate.date().orElseThrow(),
                    FormValues.number(moderationPercent),
                    capacities);
        }
    }

    private final AuditProgrammes programmes;
    private final AuditTemplates templates;
    private final SamplingFrame frame;
    private final StaffAccounts accounts;
    private final OrganisationDirectory organisation;
    private final Clock clock;
    private final ProgrammeChanges changes;

    ProgrammeController(
            ProgrammeChanges changes,
            AuditProgrammes programmes,
            AuditTemplates templates,
            SamplingFrame frame,
            StaffAccounts accounts,
            OrganisationDirectory organisation,
            Clock clock) {
        this.changes = changes;
        this.programmes = programmes;
        this.templates = templates;
        this.frame = frame;
        this.accounts = accounts;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(Policies.QA_LEADS)
    String list(@RequestParam(name = "page", required = false) Integer page, Model model) {
        var found = programmes.list(ListPage.requested(page));
        model.addAttribute("page", found);
        model.addAttribute(
                "rows",
                found.items().stream()
                        .map(p -> List.of(
                                Cell.link(p.name(), "/audit/programmes/" + p.id()),
                                Cell.text(p.template()),
                                Cell.text(p.dueDate().format(AuditPages.DAY)),
                                Cell.text(p.submitted() + " of " + p.sampleSize())))
                        .toList());
        return "audit/programme-list";
    }

    @GetMapping("/new")
    @PreAuthorize(Policies.QA_LEADS)
    String newForm(Model model) {
        model.addAttribute(
                "form",
                new ProgrammeForm(
                        "",
                        "",
                        "",
                        "",
                        List.of(),
                        List.of(),
                        DateInput.of(null),
                        "6",
                        "",
                        "",
                        Stratification.TEAM.name(),
                        "",
                        DateInput.of(LocalDate.now(clock).plusWeeks(4)),
                        "10"));
        return form(model, Map.of());
    }

    @PostMapping("/new")
    @PreAuthorize(Policies.QA_LEADS)
    String create(
            @Valid @ModelAttribute("form") ProgrammeForm form,
            BindingResult result,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        // The capacities are one field per possible auditor, so they are read from the whole request.
        var capacities = capacities(params, result);
        if (FormValues.id(form.templateVersionId()) == null) {
            result.rejectValue("templateVersionId", "template", "Choose the template to audit with");
        }
        boolean sized = !FormValues.blank(form.sampleSize()), shared = !FormValues.blank(form.samplePercent());
        if (!sized && !shared) {
            result.rejectValue("sampleSize", "size", "Enter a sample size or a percentage of the population");
        } else if (sized && shared && !result.hasFieldErrors("sampleSize") && !result.hasFieldErrors("samplePercent")) {
            result.rejectValue("samplePercent", "both", "Enter a sample size or a percentage, not both");
        }
        var due = form.dueDate() == null
                ? Optional.<LocalDate>empty()
                : form.dueDate().date();
        if (due.isPresent() && due.get().isBefore(LocalDate.now(clock))) {
            result.rejectValue("dueDate", "due", "The due date must be today or in the future");
        }
        boolean preview = "preview".equals(params.get("action"));
        if (capacities.isEmpty() && !preview) {
            result.reject("auditors", "Give at least one auditor a capacity of 1 or more");
        }
        if (preview && !result.hasErrors()) {
            try {
                model.addAttribute("preview", previewOf(programmes.preview(form.plan(capacities))));
                return form(model, params);
            } catch (Refused e) {
                e.addTo(result);
            }
        } else if (!result.hasErrors()) {
            try {
                long id = programmes.create(
                        form.plan(capacities), CurrentUser.require().username());
                redirect.addFlashAttribute("saved", "Sample drawn and auditors assigned");
                return "redirect:/audit/programmes/" + id;
            } catch (Refused e) {
                e.addTo(result);
            }
        }
        model.addAttribute("problems", Problem.allIn(result, ProgrammeForm.class));
        return form(model, params);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Policies.QA_LEADS)
    String view(@PathVariable long id, @RequestParam(name = "page", required = false) Integer page, Model model) {
        var p = programmes.programme(id).orElseThrow(() -> new NotFound());
        model.addAttribute("programme", p);
        model.addAttribute(
                "summary",
                List.of(
                        SummaryRow.of("Theme", p.theme()),
                        SummaryRow.of("Template", p.template()),
                        SummaryRow.of(
                                "Population",
                                String.format("%,d", p.populationSize()) + " cases open on "
                                        + p.openOn().format(AuditPages.DAY) + " (register as at "
                                        + p.registerAsAt().format(AuditPages.DAY) + ")"),
                        SummaryRow.of(
                                "Sample",
                                p.sampleSize() + " cases, "
                                        + p.stratifyBy().label().toLowerCase()),
                        SummaryRow.of(
                                "Left out",
                                p.excludeMonths() == 0
                                        ? "None"
                                        : "Cases audited in the last " + p.excludeMonths() + " months"),
                        SummaryRow.of("Random seed", p.seed() + " (the same seed draws the same sample again)"),
                        SummaryRow.of("Due", p.dueDate().format(AuditPages.DAY)),
                        SummaryRow.of("Moderation", p.moderationPercent() + "% of submitted audits"),
                        SummaryRow.of(
                                "Set up by",
                                accounts.nameOf(p.createdBy()) + ", "
                                        + p.createdAt().format(AuditPages.DAY))));
        model.addAttribute(
                "strata",
                programmes.strata(id).stream()
                        .map(s -> List.of(
                                Cell.text(s.name()),
                                Cell.number(s.population()),
                                Cell.number(s.sampled()),
                                Cell.number(s.submitted())))
                        .toList());
        model.addAttribute(
                "auditors",
                programmes.auditors(id).stream()
                        .map(a -> List.of(
                                Cell.text(a.name()),
                                Cell.number(a.capacity()),
                                Cell.number(a.assigned()),
                                Cell.number(a.submitted())))
                        .toList());
        var audits = programmes.audits(id, ListPage.requested(page));
        model.addAttribute("page", audits);
        model.addAttribute(
                "audits",
                audits.items().stream()
                        .map(a -> List.of(
                                Cell.link(a.reference(), "/audit/audits/" + a.id()),
                                Cell.text(a.caseType()),
                                Cell.text(a.team()),
                                Cell.text(a.auditor()),
                                AuditPages.statusTag(a.status()),
                                a.status().equals("ASSIGNED") || a.status().equals("IN_PROGRESS")
                                        ? Cell.link(
                                                "Change", "/audit/programmes/" + id + "/audits/" + a.id() + "/change")
                                        : Cell.text("")))
                        .toList());
        model.addAttribute(
                "changes",
                changes.changes(id).stream()
                        .map(c -> List.of(
                                Cell.text(c.at().format(AuditPages.DAY)),
                                Cell.text(c.reference()),
                                Cell.text(ProgrammeChangeController.describe(c)),
                                Cell.text(c.reason() == null ? "" : c.reason()),
                                Cell.text(c.by())))
                        .toList());
        return "audit/programme-view";
    }

    /** The population by stratum and the sample each would give, as the form shows it before the draw. */
    private static Map<String, Object> previewOf(AuditProgrammes.Preview preview) {
        var rows = new ArrayList<List<Cell>>();
        preview.strata()
                .forEach(s ->
                        rows.add(List.of(Cell.text(s.name()), Cell.number(s.population()), Cell.number(s.expected()))));
        rows.add(List.of(Cell.text("All groups"), Cell.number(preview.population()), Cell.number(preview.sample())));
        var result = new LinkedHashMap<String, Object>();
        result.put("rows", rows);
        result.put(
                "summary",
                String.format("%,d", preview.population()) + " cases in the population"
                        + (preview.leftOut() > 0 ? " (" + preview.leftOut() + " audited recently are left out)" : "")
                        + "; the sample would be " + preview.sample() + " cases.");
        return result;
    }

    /** Capacities arrive as capacity-{userId} fields, one per possible auditor; blank or 0 leaves them out. */
    private Map<Long, Integer> capacities(Map<String, String> params, Errors errors) {
        var found = new LinkedHashMap<Long, Integer>();
        var allowed = accounts.auditors(AuditPages.AUDITOR_ROLES).stream()
                .map(StaffAccounts.StaffAccount::userId)
                .toList();
        for (var e : params.entrySet()) {
            if (!e.getKey().startsWith(CAPACITY)
                    || e.getValue() == null
                    || e.getValue().isBlank()) {
                continue;
            }
            var id = FormValues.id(e.getKey().substring(CAPACITY.length()));
            try {
                int capacity = Integer.parseInt(e.getValue().strip());
                if (capacity < 0 || capacity > 1000) {
                    throw new NumberFormatException();
                }
                if (capacity > 0 && id != null && allowed.contains(id)) {
                    found.put(id, capacity);
                }
            } catch (NumberFormatException ex) {
                errors.reject("capacity", "Each capacity must be a whole number from 0 to 1,000");
            }
        }
        return found;
    }

    private String form(Model model, Map<String, String> params) {
        var templateOptions = new ArrayList<Option>();
        templates
                .publishedVersions()
                .forEach((id, label) -> templateOptions.add(new Option(String.valueOf(id), label)));
        model.addAttribute("templateOptions", templateOptions);
        model.addAttribute("serviceAreaOptions", frame.serviceAreaOptions());
        var types = new ArrayList<>(frame.caseTypeOptions(false));
        types.addAll(frame.caseTypeOptions(true));
        model.addAttribute("caseTypeOptions", types);
        var teams = organisation.activeTeams();
        model.addAttribute(
                "teamOptions",
                teams.stream()
                        .map(t -> new Option(String.valueOf(t.id()), t.name()))
                        .toList());
        model.addAttribute(
                "strataOptions",
                Arrays.stream(Stratification.values())
                        .map(s -> new Option(s.name(), s.label()))
                        .toList());
        var teamNames = new java.util.HashMap<Long, String>();
        teams.forEach(t -> teamNames.put(t.id(), t.name()));
        var workloads = changes.workloads();
        model.addAttribute("workloadLimit", changes.workloadLimit());
        model.addAttribute(
                "auditorChoices",
                accounts.auditors(AuditPages.AUDITOR_ROLES).stream()
                        .map(a -> new AuditPages.AuditorChoice(
                                CAPACITY + a.userId(),
                                a.name(),
                                a.teamId() == null ? "No team" : teamNames.getOrDefault(a.teamId(), ""),
                                params.getOrDefault(CAPACITY + a.userId(), ""),
                                changes.workload(workloads, a.userId())))
                        .toList());
        return "audit/programme-form";
    }
}
