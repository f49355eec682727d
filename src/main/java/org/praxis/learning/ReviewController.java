package org.praxis.learning;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.praxis.accesslog.AccessLog;
import org.praxis.actions.Actions;
import org.praxis.actions.Priority;
import org.praxis.audit.StandardResults;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.Role;
import org.praxis.identity.StaffAccounts;
import org.praxis.register.SamplingFrame;
import org.praxis.standards.CareService;
import org.praxis.standards.StandardsManual;
import org.praxis.web.FormValues;
import org.praxis.web.ListPage;
import org.praxis.web.NotFound;
import org.praxis.web.Option;
import org.praxis.web.Problem;
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

/**
 * The register of reviews and one review's page: its details, the cases it concerns (only those the reader may open),
 * its findings with the evidence of change, and its recommendations with their actions. QA leads record and change
 * them; every member of staff who works in, leads or trains practice reads them.
 */
@Controller
@RequestMapping("/learning")
class ReviewController {

    record ListFilter(String kind, String status, String service) {}

    private final Reviews reviews;
    private final EvidenceOfChange evidence;
    private final LearningThemes themes;
    private final StandardsManual standards;
    private final StandardResults results;
    private final SamplingFrame register;
    private final Actions actions;
    private final StaffAccounts accounts;
    private final AccessLog accessLog;
    private final Clock clock;

    ReviewController(
            Reviews reviews,
            EvidenceOfChange evidence,
            LearningThemes themes,
            StandardsManual standards,
            StandardResults results,
            SamplingFrame register,
            Actions actions,
            StaffAccounts accounts,
            AccessLog accessLog,
            Clock clock) {
        this.reviews = reviews;
        this.evidence = evidence;
        this.themes = themes;
        this.standards = standards;
        this.results = results;
        this.register = register;
        this.actions = actions;
        this.accounts = accounts;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @GetMapping("/reviews")
    @PreAuthorize(Policies.LEARNING_READERS)
    String list(
            @ModelAttribute("filter") ListFilter filter,
            @RequestParam(name = "page", required = false) Integer page,
            Model model) {
        var user = CurrentUser.require();
        model.addAttribute(
                "reviews",
                reviews.list(
                        new Reviews.Filter(
                                FormValues.parse(ReviewKind.class, filter.kind()),
                                FormValues.parse(ReviewStatus.class, filter.status()),
                                FormValues.parse(CareService.class, filter.service())),
                        ListPage.requested(page)));
        model.addAttribute("kindOptions", kindOptions());
        model.addAttribute("statusOptions", statusOptions());
        model.addAttribute("serviceOptions", serviceOptions());
        model.addAttribute("canRecord", user.has(Role.QA_LEAD));
        model.addAttribute(
                "canReadSynopsis", user.has(Role.QA_LEAD) || user.has(Role.LEADER) || user.has(Role.LEARNING_LEAD));
        if (user.isTeamScoped() && !user.teamIds().isEmpty()) {
            model.addAttribute("yourTeam", concerningTeams(user));
        }
        return "learning/reviews";
    }

    /**
     * The reviews that concern the reader's teams: one of their team's cases is linked to it, or one of its
     * recommendations has an action owned in their team.
     */
    private List<Reviews.ReviewRow> concerningTeams(CurrentUser user) {
        var ids = new LinkedHashSet<Long>();
        var recommendationIds = actions.sourcesOwnedInTeams(Reviews.SOURCE, user.teamIds());
        ids.addAll(reviews.reviewsOfRecommendations(recommendationIds));
        var linked = reviews.allCaseLinks();
        var live = register.live(linked.values().stream().flatMap(List::stream).toList());
        linked.forEach((review, refs) -> {
            if (refs.stream()
                    .map(live::get)
                    .anyMatch(c -> c != null && user.teamIds().contains(c.teamId()))) {
                ids.add(review);
            }
        });
        return reviews.rows(ids);
    }

    @GetMapping("/reviews/new")
    @PreAuthorize(Policies.QA_LEADS)
    String newForm(Model model) {
        model.addAttribute("form", ReviewForm.empty());
        return form(model, null, List.of());
    }

    @PostMapping("/reviews/new")
    @PreAuthorize(Policies.QA_LEADS)
    String add(
            @Valid @ModelAttribute("form") ReviewForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = reviews.add(form.details(), CurrentUser.require().username());
                redirect.addFlashAttribute("saved", "Review added: now record what it found and recommended");
                return "redirect:/learning/reviews/" + id;
            } catch (Refused e) {
                e.addTo(result);
            }
        }
        return form(model, null, Problem.allIn(result, ReviewForm.class));
    }

    @GetMapping("/reviews/{id}/edit")
    @PreAuthorize(Policies.QA_LEADS)
    String editForm(@PathVariable long id, Model model) {
        var review = reviews.review(id).orElseThrow(NotFound::new);
        model.addAttribute("form", ReviewForm.of(review));
        return form(model, review, List.of());
    }

    @PostMapping("/reviews/{id}/edit")
    @PreAuthorize(Policies.QA_LEADS)
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ReviewForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var review = reviews.review(id).orElseThrow(NotFound::new);
        if (!result.hasErrors()) {
            try {
                reviews.change(
                        id,
                        form.lockVersion() == null ? -1 : form.lockVersion(),
                        form.details(),
                        CurrentUser.require().username());
                redirect.addFlashAttribute("saved", "Review changed");
                return "redirect:/learning/reviews/" + id;
            } catch (Refused e) {
                e.addTo(result);
            }
        }
        return form(model, review, Problem.allIn(result, ReviewForm.class));
    }

    private String form(Model model, Reviews.Review review, List<Problem> problems) {
        model.addAttribute("review", review);
        model.addAttribute("problems", problems);
        model.addAttribute("kindOptions", kindOptions());
        model.addAttribute("statusOptions", statusOptions());
        model.addAttribute("serviceOptions", serviceOptions());
        return "learning/review-form";
    }

    @GetMapping("/reviews/{id}")
    @PreAuthorize(Policies.LEARNING_READERS)
    String review(@PathVariable long id, Model model) {
        var review = reviews.review(id).orElseThrow(NotFound::new);
        var user = CurrentUser.require();
        var findings = reviews.findings(id);
        var published = new HashMap<Long, LocalDate>();
        if (review.details().publishedOn() != null) {
            published.put(id, review.details().publishedOn());
        }
        model.addAttribute("review", review);
        model.addAttribute("findings", findings);
        model.addAttribute("evidence", evidence.of(findings, published));
        var recommendations = reviews.recommendations(id);
        model.addAttribute("recommendations", recommendations);
        // An action links to its page only for those who may open it (the learning lead reads reviews, not actions).
        model.addAttribute(
                "openable",
                actions.openableBy(
                        user,
                        recommendations.stream()
                                .flatMap(r -> r.actions().stream())
                                .map(org.praxis.actions.Actions.ActionRow::id)
                                .toList()));
        model.addAttribute("findingNumbers", numbers(findings));
        model.addAttribute("questionLabels", questionLabels(findings));
        model.addAttribute("cases", reviews.visibleCases(id, user));
        boolean qaLead = user.has(Role.QA_LEAD);
        model.addAttribute("canRecord", qaLead);
        if (qaLead) {
            if (!model.containsAttribute("caseForm")) {
                model.addAttribute("caseForm", new CaseForm(""));
            }
            if (!model.containsAttribute("recommendationForm")) {
                model.addAttribute("recommendationForm", RecommendationForm.empty());
            }
            model.addAttribute(
                    "findingOptions",
                    findings.stream()
                            .map(f -> new Option(String.valueOf(f.id()), f.position() + ". " + f.lesson()))
                            .toList());
        }
        return "learning/review";
    }

    @PostMapping("/reviews/{id}/cases")
    @PreAuthorize(Policies.QA_LEADS)
    String addCase(
            @PathVariable long id,
            @Valid @ModelAttribute("caseForm") CaseForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        reviews.review(id).orElseThrow(NotFound::new);
        if (!result.hasErrors()) {
            var reference = form.reference().strip();
            if (register.live(List.of(reference)).isEmpty()) {
                result.rejectValue(
                        "reference",
                        "missing",
                        "There is no case " + reference + " in the register: check the reference");
            } else {
                try {
                    reviews.addCase(id, reference, CurrentUser.require().username());
                    redirect.addFlashAttribute("saved", "Case " + reference + " linked to the review");
                    return "redirect:/learning/reviews/" + id + "#cases";
                } catch (Refused e) {
                    e.addTo(result);
                }
            }
        }
        model.addAttribute("caseProblems", Problem.allIn(result, CaseForm.class));
        return review(id, model);
    }

    @PostMapping("/reviews/{id}/cases/remove")
    @PreAuthorize(Policies.QA_LEADS)
    String removeCase(@PathVariable long id, @RequestParam String reference, RedirectAttributes redirect) {
        reviews.review(id).orElseThrow(NotFound::new);
        reviews.removeCase(id, reference);
        redirect.addFlashAttribute("saved", "Case " + reference + " no longer linked to the review");
        return "redirect:/learning/reviews/" + id + "#cases";
    }

    // Findings

    @GetMapping("/reviews/{id}/findings/new")
    @PreAuthorize(Policies.QA_LEADS)
    String newFinding(@PathVariable long id, Model model) {
        var review = reviews.review(id).orElseThrow(NotFound::new);
        model.addAttribute("form", FindingForm.empty());
        return findingForm(model, review, null, List.of());
    }

    @PostMapping("/reviews/{id}/findings/new")
    @PreAuthorize(Policies.QA_LEADS)
    String addFinding(
            @PathVariable long id,
            @Valid @ModelAttribute("form") FindingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var review = reviews.review(id).orElseThrow(NotFound::new);
        var links = links(form, Set.of(), Set.of(), result);
        if (result.hasErrors()) {
            return findingForm(model, review, null, Problem.allIn(result, FindingForm.class));
        }
        reviews.addFinding(id, links);
        redirect.addFlashAttribute("saved", "Finding added");
        return "redirect:/learning/reviews/" + id + "#findings";
    }

    @GetMapping("/findings/{findingId}/edit")
    @PreAuthorize(Policies.QA_LEADS)
    String editFinding(@PathVariable long findingId, Model model) {
        var finding = reviews.finding(findingId).orElseThrow(NotFound::new);
        var review = reviews.review(finding.reviewId()).orElseThrow(NotFound::new);
        model.addAttribute("form", FindingForm.of(finding));
        return findingForm(model, review, finding, List.of());
    }

    @PostMapping("/findings/{findingId}/edit")
    @PreAuthorize(Policies.QA_LEADS)
    String changeFinding(
            @PathVariable long findingId,
            @Valid @ModelAttribute("form") FindingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var finding = reviews.finding(findingId).orElseThrow(NotFound::new);
        var review = reviews.review(finding.reviewId()).orElseThrow(NotFound::new);
        var kept = new java.util.HashSet<Long>();
        finding.standards().stream().filter(StandardsManual.Cited::withdrawn).forEach(s -> kept.add(s.id()));
        var keptThemes = new java.util.HashSet<Long>();
        finding.themes().forEach(t -> keptThemes.add(t.id()));
        var links = links(form, kept, keptThemes, result);
        if (result.hasErrors()) {
            return findingForm(model, review, finding, Problem.allIn(result, FindingForm.class));
        }
        reviews.changeFinding(findingId, links);
        redirect.addFlashAttribute("saved", "Finding changed");
        return "redirect:/learning/reviews/" + review.id() + "#finding-" + findingId;
    }

    /**
     * The finding's links, each checked against what the form offers: themes not retired (a retired one it is already
     * filed under may stay), current standards (a withdrawn one it already cites may stay), questions of published
     * templates.
     */
    private Reviews.FindingLinks links(
            FindingForm form, Set<Long> keptWithdrawn, Set<Long> keptThemes, BindingResult result) {
        var themeIds = ids(FindingForm.orEmpty(form.themes()));
        var offeredThemes = new java.util.HashSet<Long>();
        themes.offered(keptThemes).forEach(t -> offeredThemes.add(t.id()));
        if (!offeredThemes.containsAll(themeIds) || themeIds.contains(null)) {
            result.rejectValue("themes", "theme", "Choose themes from the list");
        }
        var standardIds = ids(FindingForm.orEmpty(form.standards()));
        var current = new java.util.HashSet<Long>();
        standards.current(null, null).forEach(s -> current.add(s.id()));
        current.addAll(keptWithdrawn);
        if (!current.containsAll(standardIds) || standardIds.contains(null)) {
            result.rejectValue(
                    "standards",
                    "standard",
                    "Choose practice standards from the manual: a withdrawn standard cannot be newly linked");
        }
        var questionIds = ids(FindingForm.orEmpty(form.questions()));
        var published = new java.util.HashSet<Long>();
        results.publishedQuestions().forEach(q -> published.add(q.id()));
        if (!published.containsAll(questionIds) || questionIds.contains(null)) {
            result.rejectValue("questions", "question", "Choose questions of published audit templates");
        }
        return new Reviews.FindingLinks(form.lesson(), form.detail(), themeIds, standardIds, questionIds);
    }

    private static Set<Long> ids(List<String> values) {
        var ids = new LinkedHashSet<Long>();
        values.forEach(v -> ids.add(FormValues.id(v)));
        return ids;
    }

    private String findingForm(Model model, Reviews.Review review, Reviews.Finding finding, List<Problem> problems) {
        model.addAttribute("review", review);
        model.addAttribute("finding", finding);
        model.addAttribute("problems", problems);
        var filedUnder = new java.util.HashSet<Long>();
        if (finding != null) {
            finding.themes().forEach(t -> filedUnder.add(t.id()));
        }
        model.addAttribute(
                "themeOptions",
                themes.offered(filedUnder).stream()
                        .map(t -> new Option(String.valueOf(t.id()), t.label()))
                        .toList());
        var standardOptions = new ArrayList<Option>();
        standards.current(null, null).forEach(s -> standardOptions.add(new Option(String.valueOf(s.id()), s.label())));
        if (finding != null) {
            finding.standards().stream()
                    .filter(StandardsManual.Cited::withdrawn)
                    .forEach(s -> standardOptions.add(new Option(String.valueOf(s.id()), s.label())));
        }
        model.addAttribute("standardOptions", standardOptions);
        model.addAttribute(
                "questionOptions",
                results.publishedQuestions().stream()
                        .map(q -> new Option(String.valueOf(q.id()), q.label()))
                        .toList());
        return "learning/finding-form";
    }

    // Recommendations

    @PostMapping("/reviews/{id}/recommendations")
    @PreAuthorize(Policies.QA_LEADS)
    String addRecommendation(
            @PathVariable long id,
            @Valid @ModelAttribute("recommendationForm") RecommendationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        reviews.review(id).orElseThrow(NotFound::new);
        if (!result.hasFieldErrors("number") && reviews.numberTaken(id, form.number())) {
            result.rejectValue(
                    "number",
                    "taken",
                    "Recommendation " + form.number().strip() + " is already recorded for this review");
        }
        var findingId = FormValues.id(form.finding());
        if (findingId != null && reviews.findings(id).stream().noneMatch(f -> f.id() == findingId)) {
            result.rejectValue("finding", "finding", "Choose one of this review's findings");
        }
        if (result.hasErrors()) {
            model.addAttribute("recommendationProblems", Problem.allIn(result, RecommendationForm.class));
            return review(id, model);
        }
        reviews.addRecommendations(
                id,
                List.of(new Reviews.NewRecommendation(form.number(), form.text(), findingId)),
                CurrentUser.require().username());
        redirect.addFlashAttribute("saved", "Recommendation " + form.number().strip() + " added");
        return "redirect:/learning/reviews/" + id + "#recommendations";
    }

    @GetMapping("/recommendations/{recommendationId}/actions/new")
    @PreAuthorize(Policies.QA_LEADS)
    String newAction(@PathVariable long recommendationId, Model model) {
        var recommendation = reviews.recommendation(recommendationId).orElseThrow(NotFound::new);
        model.addAttribute("form", RecommendationActionForm.empty());
        return actionForm(model, recommendation, List.of());
    }

    /** An action raised from a recommendation, into the one tracker: its owner is told, and it is followed there. */
    @PostMapping("/recommendations/{recommendationId}/actions/new")
    @PreAuthorize(Policies.QA_LEADS)
    String raiseAction(
            @PathVariable long recommendationId,
            @Valid @ModelAttribute("form") RecommendationActionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var recommendation = reviews.recommendation(recommendationId).orElseThrow(NotFound::new);
        var review = reviews.review(recommendation.reviewId()).orElseThrow(NotFound::new);
        var owner = FormValues.id(form.actionOwner());
        if (!result.hasFieldErrors("actionOwner")
                && (owner == null
                        || ownerOptions().stream().noneMatch(o -> o.value().equals(String.valueOf(owner))))) {
            result.rejectValue("actionOwner", "owner", "Choose who owns the action");
        }
        var due = form.actionDue() == null
                ? java.util.Optional.<LocalDate>empty()
                : form.actionDue().date();
        if (due.isPresent() && due.get().isBefore(LocalDate.now(clock))) {
            result.rejectValue("actionDue", "past", "The due date must be today or later");
        }
        var standardId = FormValues.id(form.actionStandard());
        var standard = standardOptions(recommendation).stream()
                .filter(o -> o.value().equals(String.valueOf(standardId)))
                .findFirst();
        if (standardId != null && standard.isEmpty()) {
            result.rejectValue("actionStandard", "standard", "Choose a practice standard the review's findings cite");
        }
        var priority = FormValues.blank(form.actionPriority())
                ? java.util.Optional.of(Priority.MEDIUM)
                : Priority.named(form.actionPriority());
        if (priority.isEmpty()) {
            result.rejectValue("actionPriority", "priority", "Choose the action's priority");
        }
        if (result.hasErrors()) {
            return actionForm(model, recommendation, Problem.allIn(result, RecommendationActionForm.class));
        }
        actions.raise(
                new Actions.NewAction(
                                Reviews.SOURCE,
                                recommendationId,
                                review.title() + ", recommendation " + recommendation.number(),
                                "/learning/reviews/" + review.id() + "#recommendation-" + recommendationId,
                                form.actionTitle().strip(),
                                null,
                                owner,
                                due.get())
                        .because(
                                recommendation.text(),
                                standard.map(o -> Long.valueOf(o.value())).orElse(null),
                                standard.map(Option::text).orElse(null),
                                form.actionMeasure(),
                                priority.get()),
                CurrentUser.require());
        redirect.addFlashAttribute("saved", "Action raised: its owner has been told");
        return "redirect:/learning/reviews/" + review.id() + "#recommendation-" + recommendationId;
    }

    private String actionForm(Model model, Reviews.Recommendation recommendation, List<Problem> problems) {
        model.addAttribute("recommendation", recommendation);
        model.addAttribute("review", reviews.review(recommendation.reviewId()).orElseThrow(NotFound::new));
        model.addAttribute("problems", problems);
        model.addAttribute("ownerOptions", ownerOptions());
        model.addAttribute("standardOptions", standardOptions(recommendation));
        model.addAttribute(
                "priorityOptions",
                Arrays.stream(Priority.values())
                        .map(p -> new Option(p.name(), p.label()))
                        .toList());
        return "learning/action-form";
    }

    /** Anyone on the staff with an account may own an action from a review: they are often outside social care. */
    private List<Option> ownerOptions() {
        return accounts
                .withAnyRole(Set.of(Role.QA_LEAD, Role.LEADER, Role.MANAGER, Role.PRACTITIONER, Role.LEARNING_LEAD))
                .stream()
                .sorted(java.util.Comparator.comparing(StaffAccounts.StaffAccount::name))
                .map(a -> new Option(String.valueOf(a.userId()), a.name()))
                .toList();
    }

    /** The current standards the review's findings cite (the recommendation's own finding's first). */
    private List<Option> standardOptions(Reviews.Recommendation recommendation) {
        var options = new LinkedHashMap<Long, Option>();
        var findings = reviews.findings(recommendation.reviewId());
        findings.stream()
                .filter(f -> recommendation.findingId() != null && f.id() == recommendation.findingId())
                .forEach(f -> add(options, f));
        findings.forEach(f -> add(options, f));
        return List.copyOf(options.values());
    }

    private static void add(Map<Long, Option> options, Reviews.Finding finding) {
        finding.standards().stream()
                .filter(s -> !s.withdrawn())
                .forEach(s -> options.putIfAbsent(s.id(), new Option(String.valueOf(s.id()), s.label())));
    }

    private static Map<Long, Integer> numbers(List<Reviews.Finding> findings) {
        var numbers = new HashMap<Long, Integer>();
        findings.forEach(f -> numbers.put(f.id(), f.position()));
        return numbers;
    }

    private Map<Long, String> questionLabels(List<Reviews.Finding> findings) {
        if (findings.stream().allMatch(f -> f.questionIds().isEmpty())) {
            return Map.of();
        }
        var labels = new HashMap<Long, String>();
        results.publishedQuestions().forEach(q -> labels.put(q.id(), q.label()));
        return labels;
    }

    static List<Option> kindOptions() {
        return Arrays.stream(ReviewKind.values())
                .map(k -> new Option(k.name(), k.label()))
                .toList();
    }

    static List<Option> statusOptions() {
        return Arrays.stream(ReviewStatus.values())
                .map(s -> new Option(s.name(), s.label()))
                .toList();
    }

    static List<Option> serviceOptions() {
        return Arrays.stream(CareService.values())
                .map(s -> new Option(s.name(), s.label()))
                .toList();
    }
}
