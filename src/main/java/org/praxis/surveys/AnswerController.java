package org.praxis.surveys;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.RecordRefused;
import org.praxis.web.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Answering a survey: the surveys a person was sent, and the form, signed in or through a single-use link. */
@Controller
@RequestMapping("/surveys")
class AnswerController {

    private final Surveys surveys;
    private final SurveyAnswering answering;

    AnswerController(Surveys surveys, SurveyAnswering answering) {
        this.surveys = surveys;
        this.answering = answering;
    }

    @GetMapping("/mine")
    @PreAuthorize(Policies.STAFF)
    String mine(Model model) {
        var user = CurrentUser.require();
        var today = surveys.today();
        var sent = user.staffId() == null
                ? List.<java.util.Map.Entry<Surveys.Survey, Boolean>>of()
                : surveys.sentTo(user.staffId());
        model.addAttribute(
                "toAnswer",
                sent.stream()
                        .filter(e -> !e.getValue() && e.getKey().stage(today) == Surveys.Stage.OPEN)
                        .map(java.util.Map.Entry::getKey)
                        .toList());
        model.addAttribute(
                "others",
                sent.stream()
                        .filter(e -> e.getValue() || e.getKey().stage(today) != Surveys.Stage.OPEN)
                        .toList());
        model.addAttribute("today", today);
        model.addAttribute("fewest", surveys.fewestInAGroup());
        return "surveys/mine";
    }

    @GetMapping("/{id}/answer")
    @PreAuthorize(Policies.STAFF)
    String form(@PathVariable long id, Model model, HttpServletResponse response) {
        var invitation = invitationOf(id);
        var survey = answerable(invitation, model, response);
        if (survey == null) {
            return CANNOT;
        }
        var questions = answering.questions(survey);
        var empty = SurveyAnswers.empty(questions);
        return form(survey, questions, empty, empty.binding(), "/surveys/" + id + "/answer", model);
    }

    @PostMapping("/{id}/answer")
    @PreAuthorize(Policies.STAFF)
    String answer(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var invitation = invitationOf(id);
        var survey = answerable(invitation, model, response);
        if (survey == null) {
            return CANNOT;
        }
        var questions = answering.questions(survey);
        var answers = SurveyAnswers.read(params, questions);
        var result = answers.binding();
        try {
            if (answering.answer(invitation, answers, result)) {
                redirect.addFlashAttribute("saved", "Thank you: your answers to " + survey.title() + " are in");
                return "redirect:/surveys/mine";
            }
        } catch (Refused e) {
            return refused(e, model, response);
        }
        return form(survey, questions, answers, result, "/surveys/" + id + "/answer", model);
    }

    @GetMapping("/link/{token}")
    @PreAuthorize(Policies.ANYONE)
    String linkForm(@PathVariable String token, Model model, HttpServletResponse response) {
        var invitation = answering.byLink(token).orElse(null);
        var survey = invitation == null ? linkNotUsable(model, response) : answerable(invitation, model, response);
        if (survey == null) {
            return CANNOT;
        }
        var questions = answering.questions(survey);
        var empty = SurveyAnswers.empty(questions);
        return form(survey, questions, empty, empty.binding(), "/surveys/link/" + token, model);
    }

    @PostMapping("/link/{token}")
    @PreAuthorize(Policies.ANYONE)
    String linkAnswer(
            @PathVariable String token,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            HttpServletResponse response) {
        var invitation = answering.byLink(token).orElse(null);
        var survey = invitation == null ? linkNotUsable(model, response) : answerable(invitation, model, response);
        if (survey == null) {
            return CANNOT;
        }
        var questions = answering.questions(survey);
        var answers = SurveyAnswers.read(params, questions);
        var result = answers.binding();
        try {
            if (answering.answer(invitation, answers, result)) {
                return "redirect:/surveys/link/thanks";
            }
        } catch (Refused e) {
            return refused(e, model, response);
        }
        return form(survey, questions, answers, result, "/surveys/link/" + token, model);
    }

    @GetMapping("/link/thanks")
    @PreAuthorize(Policies.ANYONE)
    String thanks() {
        return "surveys/thanks";
    }

    static final String CANNOT = "surveys/link-not-usable";

    /** A link that was used, replaced by a reminder's, or never was: the page says so, and nothing more. */
    private static Surveys.Survey linkNotUsable(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("askForLink", true);
        model.addAttribute(
                "reason",
                "This survey link has been used already, was replaced by a newer one, or is not a survey link.");
        return null;
    }

    /** The survey, or null with the reason on the page when it cannot be answered now (closed, answered). */
    private Surveys.Survey answerable(
            SurveyAnswering.Invitation invitation, Model model, HttpServletResponse response) {
        try {
            return answering.answerable(invitation);
        } catch (Refused e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("reason", e.getMessage() + ".");
            return null;
        }
    }

    /** Answers that were sent from a second tab after the first: the first stand, and the page says so. */
    private static String refused(Refused e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("reason", e.getMessage() + ".");
        return CANNOT;
    }

    private SurveyAnswering.Invitation invitationOf(long surveyId) {
        var user = CurrentUser.require();
        if (user.staffId() == null) {
            throw new RecordRefused("Survey", surveyId, "no staff record");
        }
        return new SurveyAnswering.Invitation(surveyId, user.staffId());
    }

    private String form(
            Surveys.Survey survey,
            List<Question> questions,
            SurveyAnswers answers,
            org.springframework.validation.BindingResult result,
            String action,
            Model model) {
        model.addAttribute("survey", survey);
        model.addAttribute("questions", questions);
        model.addAttribute(SurveyAnswers.FORM, answers.fields());
        model.addAttribute(org.springframework.validation.BindingResult.MODEL_KEY_PREFIX + SurveyAnswers.FORM, result);
        model.addAttribute("problems", answers.problemsIn(result));
        model.addAttribute("action", action);
        model.addAttribute("optionsOf", questions.stream().collect(java.util.stream.Collectors.toMap(q -> q.id(), q -> {
            var options = new java.util.ArrayList<org.praxis.web.Option>();
            for (int i = 0; i < q.options().size(); i++) {
                options.add(
                        new org.praxis.web.Option(String.valueOf(i), q.options().get(i)));
            }
            return options;
        })));
        model.addAttribute("closes", survey.closesOn().format(SurveyController.DAY));
        return "surveys/answer";
    }
}
