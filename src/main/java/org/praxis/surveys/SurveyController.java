package org.praxis.surveys;

import jakarta.validation.constraints.NotBlank;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.Role;
import org.praxis.organisation.EmploymentType;
import org.praxis.organisation.JobRole;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.web.DateInput;
import org.praxis.web.FormValues;
import org.praxis.web.ListPage;
import org.praxis.web.MaxLength;
import org.praxis.web.NotFound;
import org.praxis.web.Option;
import org.praxis.web.Problem;
import org.praxis.web.RealDate;
import org.praxis.web.Refused;
import org.praxis.web.SummaryRow;
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

/** Staff surveys: the list, setting one up, its page, sending it and reminding those who have not answered. */
@Controller
@RequestMapping("/surveys")
class SurveyController {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    /** A new survey as typed, its fields in the page's order. */
    record SurveyForm(
            @NotBlank(message = "Enter the survey’s title") @MaxLength(value = 200, label = "The survey’s title")
            String title,

            @NotBlank(message = "Select the question bank version to ask")
            String versionId,

            @RealDate(label = "Open date", blank = "Enter the open date")
            DateInput opensOn,

            @RealDate(label = "Close date", blank = "Enter the close date")
            DateInput closesOn,

            List<String> teamIds,
            List<String> jobRoles,
            List<String> employmentTypes,
            List<String> groups) {

        static SurveyForm empty() {
            return new SurveyForm(
                    "",
                    "",
                    DateInput.of(null),
                    DateInput.of(null),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of("TEAM", "EMPLOYMENT"));
        }

        Surveys.Details details() {
            var chosen = groups == null ? Set.<String>of() : Set.copyOf(groups);
            return new Surveys.Details(
                    title.strip(),
                    java.util.Objects.requireNonNullElse(FormValues.id(versionId), 0L),
                    opensOn.date().orElseThrow(),
                    closesOn.date().orElseThrow(),
                    new Surveys.Audience(
                            teamIds == null
                                    ? Set.of()
                                    : teamIds.stream()
                                            .map(FormValues::id)
                                            .filter(java.util.Objects::nonNull)
                                            .collect(Collectors.toSet()),
                            jobRoles == null
                                    ? Set.of()
                                    : jobRoles.stream()
                                            .map(r -> FormValues.parse(JobRole.class, r))
                                            .filter(java.util.Objects::nonNull)
                                            .collect(Collectors.toSet()),
                            employmentTypes == null
                                    ? Set.of()
                                    : employmentTypes.stream()
                                            .map(e -> FormValues.parse(EmploymentType.class, e))
                                            .filter(java.util.Objects::nonNull)
                                            .collect(Collectors.toSet())),
                    new Surveys.Groups(
                            chosen.contains("TEAM"),
                            chosen.contains("SERVICE"),
                            chosen.contains("ROLE"),
                            chosen.contains("EMPLOYMENT")));
        }
    }

    private final Surveys surveys;
    private final QuestionBanks banks;
    private final OrganisationDirectory organisation;
    private final SurveyComments comments;

    SurveyController(
            Surveys surveys, QuestionBanks banks, OrganisationDirectory organisation, SurveyComments comments) {
        this.surveys = surveys;
        this.banks = banks;
        this.organisation = organisation;
        this.comments = comments;
    }

    @GetMapping
    @PreAuthorize(Policies.SURVEY_RESULT_READERS)
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("page", surveys.list(ListPage.requested(page)));
        model.addAttribute("today", surveys.today());
        model.addAttribute("manages", manages());
        model.addAttribute("fewest", surveys.fewestInAGroup());
        return "surveys/list";
    }

    @GetMapping("/new")
    @PreAuthorize(Policies.SURVEY_MANAGERS)
    String newForm(Model model) {
        model.addAttribute("form", SurveyForm.empty());
        return form(model);
    }

    @PostMapping("/new")
    @PreAuthorize(Policies.SURVEY_MANAGERS)
    String create(
            @Validated @ModelAttribute("form") SurveyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = surveys.create(form.details(), CurrentUser.require().username());
                redirect.addFlashAttribute("saved", "Survey set up: check who it goes to, then send it");
                return "redirect:/surveys/" + id;
            } catch (Refused e) {
                e.addTo(result);
            }
        }
        model.addAttribute("problems", Problem.allIn(result, SurveyForm.class));
        return form(model);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Policies.SURVEY_RESULT_READERS)
    String survey(@PathVariable long id, Model model) {
        var survey = surveys.survey(id).orElseThrow(NotFound::new);
        var stage = survey.stage(surveys.today());
        model.addAttribute("survey", survey);
        model.addAttribute("stage", stage);
        model.addAttribute("rows", summary(survey, stage));
        model.addAttribute("manages", manages());
        // The address the QA lead reached Praxis at (through the proxy, decision 0027): links handed out must open.
        model.addAttribute(
                "baseUrl",
                org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                        .build()
                        .toUriString());
        if (manages()) {
            model.addAttribute(
                    "audience",
                    stage == Surveys.Stage.NOT_SENT ? surveys.audienceOf(survey).size() : null);
            model.addAttribute("waitingComments", stage == Surveys.Stage.CLOSED ? comments.waiting(id) : 0);
        }
        return "surveys/survey";
    }

    /**
     * Sends the survey and shows its page at once rather than after a redirect: single-use links to hand out are
     * shown this once and never kept, not even in the session.
     */
    @PostMapping("/{id}/send")
    @PreAuthorize(Policies.SURVEY_MANAGERS)
    String send(@PathVariable long id, @RequestParam int lockVersion, Model model) {
        var sent = surveys.send(id, lockVersion, CurrentUser.require().username());
        model.addAttribute("saved", "Survey sent");
        model.addAttribute("sent", sent);
        return survey(id, model);
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(Policies.SURVEY_MANAGERS)
    String delete(@PathVariable long id, @RequestParam int lockVersion, RedirectAttributes redirect) {
        surveys.deleteUnsent(id, lockVersion);
        redirect.addFlashAttribute("saved", "Survey deleted");
        return "redirect:/surveys";
    }

    @PostMapping("/{id}/remind")
    @PreAuthorize(Policies.SURVEY_MANAGERS)
    String remind(@PathVariable long id, Model model) {
        var sent = surveys.remind(id);
        model.addAttribute("saved", "Reminders sent to those who have not answered");
        model.addAttribute("sent", sent);
        return survey(id, model);
    }

    private List<SummaryRow> summary(Surveys.Survey survey, Surveys.Stage stage) {
        var teams = organisation.teams();
        var audience = survey.audience();
        return List.of(
                SummaryRow.of("Questions", survey.versionLabel()),
                SummaryRow.of(
                        "Open",
                        survey.opensOn().format(DAY) + " to "
                                + survey.closesOn().format(DAY)),
                SummaryRow.of("Where it has got to", stage.label()),
                SummaryRow.of(
                        "Teams",
                        audience.teamIds().isEmpty()
                                ? "Every team"
                                : audience.teamIds().stream()
                                        .map(t -> teams.containsKey(t)
                                                ? teams.get(t).name()
                                                : "Team " + t)
                                        .sorted()
                                        .collect(Collectors.joining(", "))),
                SummaryRow.of(
                        "Job roles",
                        audience.roles().isEmpty()
                                ? "Every job role"
                                : audience.roles().stream()
                                        .map(JobRole::label)
                                        .sorted()
                                        .collect(Collectors.joining(", "))),
                SummaryRow.of(
                        "Employment types",
                        audience.employment().isEmpty()
                                ? "Every employment type"
                                : audience.employment().stream()
                                        .map(EmploymentType::label)
                                        .sorted()
                                        .collect(Collectors.joining(", "))),
                SummaryRow.of(
                        "Answers record",
                        survey.groups().labels().isEmpty()
                                ? "Nothing about who answered"
                                : "Only the person’s "
                                        + String.join(", ", survey.groups().labels())),
                SummaryRow.of(
                        "Smallest group shown",
                        survey.fewestShown()
                                + " people (and other groups hidden so that no smaller one can be worked out)"),
                survey.sentAt() == null
                        ? SummaryRow.of("Asked", "Not sent yet")
                        : SummaryRow.of(
                                "Answered",
                                survey.responded() + " of " + survey.invited() + " asked (" + survey.responseRate()
                                        + ")"));
    }

    private String form(Model model) {
        model.addAttribute(
                "versionOptions",
                banks.publishedVersions().stream()
                        .map(v -> new Option(String.valueOf(v.id()), v.label()))
                        .toList());
        model.addAttribute(
                "teamOptions",
                organisation.activeTeams().stream()
                        .map(t -> new Option(String.valueOf(t.id()), t.name()))
                        .toList());
        model.addAttribute(
                "jobRoleOptions",
                java.util.Arrays.stream(JobRole.values())
                        .map(r -> new Option(r.name(), r.label()))
                        .toList());
        model.addAttribute(
                "employmentOptions",
                java.util.Arrays.stream(EmploymentType.values())
                        .map(e -> new Option(e.name(), e.label()))
                        .toList());
        model.addAttribute(
                "groupOptions",
                List.of(
                        new Option("TEAM", "Team"),
                        new Option("SERVICE", "Service area"),
                        new Option("ROLE", "Job role"),
                        new Option("EMPLOYMENT", "Employment type (permanent, agency, bank)")));
        model.addAttribute("fewest", surveys.fewestInAGroup());
        return "surveys/form";
    }

    private static boolean manages() {
        var user = CurrentUser.require();
        return user.has(Role.QA_LEAD) || user.has(Role.ADMIN);
    }
}
