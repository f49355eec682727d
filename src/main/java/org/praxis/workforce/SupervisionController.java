package org.praxis.workforce;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.Role;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.web.Cell;
import org.praxis.web.DateInput;
import org.praxis.web.FormValues;
import org.praxis.web.MaxLength;
import org.praxis.web.OneOf;
import org.praxis.web.Option;
import org.praxis.web.Problem;
import org.praxis.web.RealDate;
import org.praxis.web.Refused;
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

/** Supervision: the team's list for managers, compliance by team, recording a session, a session's record, one's own. */
@Controller
@RequestMapping("/workforce/supervision")
class SupervisionController {

    record SessionForm(
            @NotBlank(message = "Select the person supervised")
            String supervisee,

            @NotBlank(message = "Select the supervisor") String supervisor,

            @RealDate(label = "The date of the session", blank = "Enter the date of the session")
            DateInput heldOn,

            @OneOf(value = SupervisionKind.class, message = "Select the kind of supervision")
            String kind,

            @MaxLength(value = 8000, label = "The record") String notes) {}

    private final Supervision supervision;
    private final SupervisionStatus status;
    private final WorkforceFigures figures;
    private final WorkforcePolicy policy;
    private final OrganisationDirectory organisation;

    SupervisionController(
            Supervision supervision,
            SupervisionStatus status,
            WorkforceFigures figures,
            WorkforcePolicy policy,
            OrganisationDirectory organisation) {
        this.supervision = supervision;
        this.status = status;
        this.figures = figures;
        this.policy = policy;
        this.organisation = organisation;
    }

    @GetMapping
    @PreAuthorize(Policies.SUPERVISION_OVERSEERS)
    String overview(Model model) {
        var user = CurrentUser.require();
        var teams = organisation.teams();
        model.addAttribute("policy", policy.supervisionInWords());
        model.addAttribute("recorder", user.has(Role.QA_LEAD) || user.has(Role.MANAGER));
        model.addAttribute("importer", user.has(Role.QA_LEAD));
        if (user.has(Role.MANAGER)) {
            var people = status.teams(user.teamIds());
            model.addAttribute(
                    "overdueCount",
                    people.stream().filter(SupervisionStatus.Person::overdue).count());
            model.addAttribute(
                    "teamRows",
                    people.stream()
                            .map(p -> List.of(
                                    Cell.text(p.fullName()),
                                    Cell.text(
                                            teams.containsKey(p.teamId())
                                                    ? teams.get(p.teamId()).name()
                                                    : ""),
                                    Cell.text(p.jobRole().label()),
                                    Cell.text(Dates.day(p.lastOneToOne(), "None recorded")),
                                    Cell.text("Every " + p.intervalWeeks()
                                            + (p.intervalWeeks() == 1 ? " week" : " weeks")),
                                    p.overdue()
                                            ? Cell.tag(
                                                    p.due() == null
                                                            ? "Overdue: none recorded"
                                                            : "Overdue since " + Dates.day(p.due(), ""),
                                                    "red")
                                            : Cell.tag("Due " + Dates.day(p.due(), ""), "green")))
                            .toList());
        }
        if (user.seesAllTeams() || user.has(Role.QA_LEAD)) {
            var period = WorkforceFigures.Period.yearTo(status.today());
            model.addAttribute("period", period);
            model.addAttribute(
                    "complianceRows",
                    figures.supervision(period).stream()
                            .map(c -> List.of(
                                    Cell.text(c.teamName()),
                                    Cell.number(c.staff()),
                                    new Cell(
                                            c.upToDate() + " (" + Dates.percent(c.upToDateShare()) + ")",
                                            null,
                                            true,
                                            null),
                                    new Cell(
                                            c.sessionsHeld() + " of " + c.sessionsExpected() + " ("
                                                    + Dates.percent(c.heldShare()) + ")",
                                            null,
                                            true,
                                            null),
                                    Cell.number(c.otherSessions())))
                            .toList());
        }
        return "workforce/supervision";
    }

    @GetMapping("/new")
    @PreAuthorize(Policies.SUPERVISION_RECORDERS)
    String form(Model model) {
        var user = CurrentUser.require();
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    new SessionForm(
                            "",
                            user.staffId() == null ? "" : String.valueOf(user.staffId()),
                            DateInput.of(null),
                            SupervisionKind.ONE_TO_ONE.name(),
                            ""));
        }
        return form(user, model);
    }

    @PostMapping("/new")
    @PreAuthorize(Policies.SUPERVISION_RECORDERS)
    String record(
            @Validated @ModelAttribute("form") SessionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var supervisee = FormValues.id(form.supervisee());
        var supervisor = FormValues.id(form.supervisor());
        var day = form.heldOn() == null
                ? java.util.Optional.<java.time.LocalDate>empty()
                : form.heldOn().date();
        if (!result.hasErrors() && supervisee != null && supervisor != null && day.isPresent()) {
            try {
                supervision.record(
                        user,
                        supervisee,
                        supervisor,
                        day.get(),
                        FormValues.parse(SupervisionKind.class, form.kind()),
                        form.notes());
                redirect.addFlashAttribute("saved", "Supervision recorded");
                return "redirect:/workforce/supervision";
            } catch (Refused e) {
                e.addTo(result);
            }
        }
        model.addAttribute("problems", Problem.allIn(result, SessionForm.class));
        return form(user, model);
    }

    private String form(CurrentUser user, Model model) {
        model.addAttribute(
                "superviseeOptions",
                supervision.superviseesFor(user).stream()
                        .map(s -> new Option(String.valueOf(s.id()), s.fullName()))
                        .toList());
        model.addAttribute(
                "supervisorOptions",
                supervision.supervisors().stream()
                        .map(s -> new Option(String.valueOf(s.id()), s.fullName()))
                        .toList());
        model.addAttribute(
                "kindOptions",
                java.util.Arrays.stream(SupervisionKind.values())
                        .map(k -> new Option(k.name(), k.label()))
                        .toList());
        model.addAttribute("notesKept", policy.notesKept());
        return "workforce/supervision-form";
    }

    @GetMapping("/{id}")
    @PreAuthorize(Policies.SUPERVISEES)
    String session(@PathVariable long id, Model model) {
        model.addAttribute("supervisionSession", supervision.open(CurrentUser.require(), id));
        model.addAttribute("notesKept", policy.notesKept());
        return "workforce/supervision-session";
    }

    @GetMapping("/mine")
    @PreAuthorize(Policies.SUPERVISEES)
    String mine(Model model) {
        var user = CurrentUser.require();
        var me = user.staffId() == null
                ? null
                : organisation.staffRecords().stream()
                        .filter(s -> s.id() == user.staffId())
                        .findFirst()
                        .map(status::of)
                        .orElse(null);
        model.addAttribute("me", me);
        model.addAttribute("policy", policy.supervisionInWords());
        model.addAttribute(
                "rows",
                supervision.mine(user).stream()
                        .map(s -> List.of(
                                Cell.link(Dates.day(s.heldOn(), ""), "/workforce/supervision/" + s.id()),
                                Cell.text(s.kind().label()),
                                Cell.text(s.supervisor())))
                        .toList());
        return "workforce/supervision-mine";
    }
}
