package org.praxis.surveys;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import org.praxis.documents.CsvExport;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.statistics.Share;
import org.praxis.web.FormValues;
import org.praxis.web.ListPage;
import org.praxis.web.NotFound;
import org.praxis.web.Problem;
import org.praxis.web.Refused;
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

/** A survey's results and their export; reviewing its free text; the national figures to compare with. */
@Controller
@RequestMapping("/surveys/{id}")
class ResultsController {

    private final Surveys surveys;
    private final SurveyResults results;
    private final SurveyComments comments;
    private final NationalFigures national;
    private final QuestionBanks banks;

    ResultsController(
            Surveys surveys,
            SurveyResults results,
            SurveyComments comments,
            NationalFigures national,
            QuestionBanks banks) {
        this.surveys = surveys;
        this.results = results;
        this.comments = comments;
        this.national = national;
        this.banks = banks;
    }

    @GetMapping("/results")
    @PreAuthorize(Policies.SURVEY_RESULT_READERS)
    String results(@PathVariable long id, @RequestParam(required = false) String by, Model model) {
        var survey = surveys.survey(id).orElseThrow(NotFound::new);
        var shown = results.results(survey);
        var breakdown = FormValues.parse(SurveyResults.Breakdown.class, by);
        model.addAttribute("survey", survey);
        model.addAttribute("results", shown);
        model.addAttribute("breakdown", breakdown);
        model.addAttribute(
                "table",
                breakdown == null ? null : results.table(survey, breakdown).orElse(null));
        model.addAttribute("comments", shown.available() ? comments.published(id, 200) : List.of());
        return "surveys/results";
    }

    /**
     * Every breakdown in one file, a row per group and item: only groups the page would show, so the file can never
     * be cut differently from the page to single anyone out.
     */
    @GetMapping("/results.csv")
    @PreAuthorize(Policies.SURVEY_RESULT_READERS)
    void export(@PathVariable long id, HttpServletResponse response) throws IOException {
        var survey = surveys.survey(id).orElseThrow(NotFound::new);
        var shown = results.results(survey);
        if (!shown.available()) {
            throw new Refused(shown.reason());
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"survey-" + id + "-results.csv\"");
        try (var csv = CsvExport.writingTo(response.getWriter())) {
            csv.row(
                    "Breakdown",
                    "Group",
                    "Respondents",
                    "Item",
                    "Question or standard",
                    "Agreeing %",
                    "Lower 95%",
                    "Upper 95%");
            for (var figure : concat(shown.figures(), shown.standards())) {
                if (figure.agreeing() != null) {
                    csv.row(row("Everyone", "Everyone", shown.respondents(), figure.item(), figure.agreeing()));
                }
            }
            for (var breakdown : shown.breakdowns()) {
                var table = results.table(survey, breakdown).orElseThrow();
                for (var group : table.shown()) {
                    for (var figure : concat(shown.figures(), shown.standards())) {
                        var share = table.share(figure.item().key(), group.key());
                        if (share != null) {
                            csv.row(row(breakdown.label(), group.name(), group.respondents(), figure.item(), share));
                        }
                    }
                }
            }
        }
    }

    @GetMapping("/comments")
    @PreAuthorize(Policies.SURVEY_MANAGERS)
    String comments(
            @PathVariable long id,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            Model model) {
        var survey = surveys.survey(id).orElseThrow(NotFound::new);
        var chosen = FormValues.parse(SurveyComments.Status.class, status);
        var showing = chosen == null ? SurveyComments.Status.WAITING : chosen;
        model.addAttribute("survey", survey);
        // Read while a survey is open, a comment could be matched to whoever had just answered: never before it closes.
        model.addAttribute("closed", survey.stage(surveys.today()) == Surveys.Stage.CLOSED);
        model.addAttribute("status", showing);
        model.addAttribute("statuses", SurveyComments.Status.values());
        model.addAttribute(
                "page",
                survey.stage(surveys.today()) == Surveys.Stage.CLOSED
                        ? comments.toReview(id, showing, ListPage.requested(page))
                        : ListPage.requested(page).of(List.<SurveyComments.Comment>of(), 0));
        return "surveys/comments";
    }

    @PostMapping("/comments/{commentId}")
    @PreAuthorize(Policies.SURVEY_MANAGERS)
    String decide(
            @PathVariable long id,
            @PathVariable String commentId,
            @RequestParam(required = false) String decision,
            @RequestParam int lockVersion,
            RedirectAttributes redirect) {
        var chosen = FormValues.parse(SurveyComments.Status.class, decision);
        if (chosen == null) {
            throw new Refused("Select publish or withhold");
        }
        if (surveys.survey(id).orElseThrow(NotFound::new).stage(surveys.today()) != Surveys.Stage.CLOSED) {
            throw new Refused("Free-text answers are reviewed once the survey has closed");
        }
        comments.decide(
                id, commentId, chosen, lockVersion, CurrentUser.require().username());
        redirect.addFlashAttribute(
                "saved", chosen == SurveyComments.Status.PUBLISHED ? "Comment published" : "Comment withheld");
        return "redirect:/surveys/" + id + "/comments";
    }

    @GetMapping("/national")
    @PreAuthorize(Policies.SURVEY_MANAGERS)
    String nationalForm(@PathVariable long id, Model model) {
        var survey = surveys.survey(id).orElseThrow(NotFound::new);
        var figures = national.of(id);
        var values = new LinkedHashMap<String, String>();
        figures.forEach(
                (code, percent) -> values.put(code, percent.stripTrailingZeros().toPlainString()));
        return nationalPage(survey, values, national.source(id), List.of(), model);
    }

    @PostMapping("/national")
    @PreAuthorize(Policies.SURVEY_MANAGERS)
    String saveNational(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        var survey = surveys.survey(id).orElseThrow(NotFound::new);
        var items = results.items(closed(survey));
        var typed = new LinkedHashMap<String, String>();
        var figures = new LinkedHashMap<String, BigDecimal>();
        var problems = new java.util.ArrayList<Problem>();
        for (var item : items) {
            var text = params.getFirst("n-" + item.key());
            text = text == null ? "" : text.strip().replace("%", "");
            typed.put(item.key(), text);
            if (text.isEmpty()) {
                figures.put(item.key(), null);
                continue;
            }
            try {
                figures.put(item.key(), new BigDecimal(text).setScale(1, java.math.RoundingMode.HALF_UP));
            } catch (NumberFormatException e) {
                problems.add(new Problem(
                        "n-" + item.key(),
                        "Enter the national figure for " + item.key() + " as a percentage, like 62 or 62.5"));
            }
        }
        var source = params.getFirst("source");
        if (figures.values().stream().anyMatch(java.util.Objects::nonNull) && (source == null || source.isBlank())) {
            problems.add(0, new Problem("source", "Enter where the national figures come from"));
        }
        if (problems.isEmpty()) {
            try {
                national.replace(id, figures, source);
                redirect.addFlashAttribute("saved", "National figures saved");
                return "redirect:/surveys/" + id + "/results";
            } catch (Refused e) {
                problems.addAll(e.problems());
            }
        }
        return nationalPage(survey, typed, source, problems, model);
    }

    private String nationalPage(
            Surveys.Survey survey,
            java.util.Map<String, String> values,
            String source,
            List<Problem> problems,
            Model model) {
        model.addAttribute("survey", survey);
        model.addAttribute(
                "items",
                results.items(closed(survey)).stream()
                        .filter(i -> i.question() == null || i.question().kind() == QuestionKind.AGREEMENT)
                        .toList());
        model.addAttribute("values", values);
        model.addAttribute("source", source == null ? "" : source);
        model.addAttribute("problems", problems);
        return "surveys/national";
    }

    private List<Question> closed(Surveys.Survey survey) {
        return banks.questions(survey.versionId()).stream()
                .filter(q -> q.kind().closed())
                .toList();
    }

    private static List<SurveyResults.Figure> concat(
            List<SurveyResults.Figure> first, List<SurveyResults.Figure> then) {
        var all = new java.util.ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    private static String[] row(String breakdown, String group, int respondents, SurveyResults.Item item, Share share) {
        return new String[] {
            breakdown,
            group,
            String.valueOf(respondents),
            item.key(),
            item.text(),
            percent(share.value()),
            percent(share.lower()),
            percent(share.upper()),
            "",
            ""
        };
    }

    /** Everyone's figure for an item, with last time's and the national figure beside it. */
    private static String[] everyone(int respondents, SurveyResults.Figure figure) {
        var cells = row("Everyone", "Everyone", respondents, figure.item(), figure.agreeing());
        cells[8] = figure.before() == null ? "" : percent(figure.before().value());
        cells[9] = figure.national() == null
                ? ""
                : String.format(java.util.Locale.ROOT, "%.1f", figure.national().percent());
        return cells;
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f", 100 * share);
    }
}
