package org.praxis.workforce;

import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.Role;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.web.Cell;
import org.praxis.web.FormValues;
import org.praxis.web.Option;
import org.praxis.web.Problem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The workforce picture for the last 12 months, and each team's establishment (entered by the QA lead). */
@Controller
class PictureController {

    record EstablishmentForm(
            @NotBlank(message = "Select the team") String team,
            @NotBlank(message = "Enter the number of posts") String posts) {}

    private final WorkforceFigures figures;
    private final WorkforcePicture picture;
    private final SupervisionStatus status;
    private final WorkforceRecords records;
    private final OrganisationDirectory organisation;

    PictureController(
            WorkforceFigures figures,
            WorkforcePicture picture,
            SupervisionStatus status,
            WorkforceRecords records,
            OrganisationDirectory organisation) {
        this.figures = figures;
        this.picture = picture;
        this.status = status;
        this.records = records;
        this.organisation = organisation;
    }

    @GetMapping("/workforce/picture")
    @PreAuthorize(Policies.WORKFORCE_READERS)
    String picture(Model model) {
        var period = WorkforceFigures.Period.yearTo(status.today());
        var summaries = figures.workforce(period);
        var teams = organisation.teams();
        model.addAttribute("period", period);
        model.addAttribute("council", summaries.getFirst());
        model.addAttribute(
                "rows",
                summaries.stream()
                        .map(w -> List.of(
                                Cell.text(w.teamName()),
                                Cell.number(w.headcount()),
                                figure(plain(w.fte())),
                                figure(w.posts() == null ? "–" : plain(w.posts())),
                                figure(
                                        w.vacancies() == null
                                                ? "–"
                                                : plain(w.vacancies()) + " (" + Dates.percent(w.vacancyRate()) + ")"),
                                figure(w.agency() + " + " + w.bank() + " (" + Dates.percent(w.agencyAndBankShare())
                                        + ")"),
                                figure(
                                        w.daysLostPerFte() == null
                                                ? "–"
                                                : w.daysLostPerFte().toPlainString()),
                                figure(w.permanentLeavers() + " (" + Dates.percent(w.turnover()) + ")")))
                        .toList());
        var development = figures.development(period);
        model.addAttribute("development", development);
        model.addAttribute(
                "apprenticeRows",
                picture.apprentices(period.to()).stream()
                        .map(a -> List.of(
                                Cell.text(a.fullName()),
                                Cell.text(
                                        teams.containsKey(a.teamId())
                                                ? teams.get(a.teamId()).name()
                                                : ""),
                                Cell.text(a.cohort()),
                                Cell.text(a.university()),
                                Cell.text(a.progress())))
                        .toList());
        model.addAttribute("qaLead", CurrentUser.require().has(Role.QA_LEAD));
        return "workforce/picture";
    }

    /** A figure with words beside it, aligned as numbers are. */
    private static Cell figure(String text) {
        return new Cell(text, null, true, null);
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    @GetMapping("/workforce/establishment")
    @PreAuthorize(Policies.QA_LEADS)
    String establishment(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new EstablishmentForm("", ""));
        }
        var posts = records.establishment();
        var teams = organisation.activeTeams();
        model.addAttribute(
                "rows",
                teams.stream()
                        .map(t -> List.of(
                                Cell.text(t.name()),
                                Cell.text(
                                        posts.containsKey(t.id())
                                                ? posts.get(t.id())
                                                        .stripTrailingZeros()
                                                        .toPlainString()
                                                : "Not entered")))
                        .toList());
        model.addAttribute(
                "teamOptions",
                teams.stream()
                        .map(t -> new Option(String.valueOf(t.id()), t.name()))
                        .toList());
        return "workforce/establishment";
    }

    @PostMapping("/workforce/establishment")
    @PreAuthorize(Policies.QA_LEADS)
    String saveEstablishment(
            @Validated @ModelAttribute("form") EstablishmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var team = FormValues.id(form.team());
        if (!result.hasFieldErrors("team")
                && (team == null || organisation.team(team).isEmpty())) {
            result.rejectValue("team", "team", "Select the team");
        }
        BigDecimal posts = null;
        if (!result.hasFieldErrors("posts")) {
            posts = CsvRows.number(form.posts());
            if (posts == null
                    || posts.signum() < 0
                    || posts.compareTo(new BigDecimal("1000")) > 0
                    || posts.scale() > 2) {
                result.rejectValue(
                        "posts", "posts", "The number of posts must be a number from 0 to 1000, like 12 or 11.5");
            }
        }
        if (result.hasErrors()) {
            model.addAttribute("problems", Problem.allIn(result, EstablishmentForm.class));
            return establishment(model);
        }
        records.saveEstablishment(team, posts, CurrentUser.require().username());
        redirect.addFlashAttribute("saved", "Establishment saved");
        return "redirect:/workforce/establishment";
    }
}
