package org.praxis.surveys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.praxis.organisation.EmploymentType;
import org.praxis.organisation.JobRole;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.statistics.Share;
import org.praxis.statistics.SmallNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a survey's answers say: each question's share agreeing with its 95% interval, by employer standard, broken
 * down by the groups the survey declared, year on year and against national figures. Every group shown has at least
 * the survey's minimum of respondents, and {@link Disclosure} hides enough others that none can be worked out by
 * subtraction. Results are shown only once the survey has closed, so that nobody can watch a figure move as one
 * person answers.
 */
@Service
@Transactional(readOnly = true)
public class SurveyResults {

    public enum Breakdown {
        TEAM("Team"),
        SERVICE("Service area"),
        ROLE("Job role"),
        EMPLOYMENT("Employment type");

        private final String label;

        Breakdown(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A question or an employer standard (its agreement questions pooled): what a row of the results is about. */
    public record Item(String key, String text, EmployerStandard standard, Question question) {

        public boolean isStandard() {
            return question == null;
        }
    }

    /** An item's figure for everyone, with last time's, the reading of the change and the national figure. */
    public record Figure(
            Item item,
            Share agreeing,
            List<ChoiceShare> choices,
            Share before,
            SmallNumbers.Change change,
            NationalFigure national) {

        public String label() {
            return item.isStandard() ? item.text() : item.key() + " " + item.text();
        }

        public String agreeingText() {
            return agreeing == null ? "" : Share.percent(agreeing.value());
        }

        public String intervalText() {
            return agreeing == null ? "" : Share.percent(agreeing.lower()) + " to " + Share.percent(agreeing.upper());
        }

        public String beforeText() {
            return before == null ? "" : Share.percent(before.value());
        }

        public String changeText() {
            return change == null ? "" : change.words();
        }

        public String nationalText() {
            return national == null ? "" : Math.round(national.percent()) + "%";
        }

        /** A choice question's answers in a line: "Never: 20%; Once or twice: 45%; ...". */
        public String choicesText() {
            return choices.stream()
                    .map(c -> c.choice() + ": " + Share.percent(c.share().value()))
                    .collect(java.util.stream.Collectors.joining("; "));
        }
    }

    public record ChoiceShare(String choice, Share share) {}

    public record NationalFigure(double percent, String source) {}

    /** A group that may be shown, and its respondents. */
    public record Group(String key, String name, int respondents) {}

    /**
     * A breakdown: the groups shown, the names of those not shown, and each item's share in each shown group ({@code
     * rows}: the same as the page shows them, one per standard then per agreement question, a cell per shown group).
     */
    public record Table(
            Breakdown breakdown,
            List<Group> shown,
            List<String> notShown,
            Map<String, Map<String, Share>> shares,
            List<TableRow> rows) {

        public Share share(String itemKey, String groupKey) {
            return shares.getOrDefault(itemKey, Map.of()).get(groupKey);
        }
    }

    public record TableRow(String label, boolean standard, List<String> cells) {}

    /**
     * A survey's results. {@code available} is false (and the rest empty) before it closes or when fewer than its
     * minimum answered; {@code reason} then says why.
     */
    public record Results(
            long surveyId,
            String title,
            boolean available,
            String reason,
            int respondents,
            int fewestShown,
            List<Figure> figures,
            List<Figure> standards,
            List<Breakdown> breakdowns,
            String previousTitle) {}

    /** The health check's figure for one employer standard. */
    /** {@code reading} is null when there is no earlier health check; {@code change} says the reading in words. */
    public record StandardResult(
            EmployerStandard standard, Share agreeing, Share lastYear, SmallNumbers.Reading reading, String change) {}

    /** The year's social work health check survey, by employer standard. */
    public record HealthCheckResults(
            long surveyId, String title, LocalDate closesOn, int respondents, List<StandardResult> standards) {}

    private record Row(Long teamId, Long serviceId, String role, String employment, String answers) {}

    private record Answered(Surveys.Survey survey, List<Question> closed, List<Row> rows) {}

    /**
     * The answers of closed surveys, which never change once closed (answers after the close date are refused): read
     * once, so that every breakdown of a large survey is worked out in memory. Holds the last few surveys read.
     */
    private final Map<Long, Answered> closedAnswers = held(12);

    private final Map<Long, Results> closedResults = held(12);
    private final Map<String, Optional<Table>> closedTables = held(48);

    private static <K, V> Map<K, V> held(int most) {
        return java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > most;
            }
        });
    }

    private final JdbcClient jdbc;
    private final Surveys surveys;
    private final QuestionBanks banks;
    private final OrganisationDirectory organisation;
    private final SmallNumbers smallNumbers;

    SurveyResults(
            JdbcClient jdbc,
            Surveys surveys,
            QuestionBanks banks,
            OrganisationDirectory organisation,
            SmallNumbers smallNumbers) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.banks = banks;
        this.organisation = organisation;
        this.smallNumbers = smallNumbers;
    }

    /**
     * The survey's results with today's national figures. A closed survey's figures never change, so they are worked
     * out once (by this instance) and only the national figures, which the QA lead may change, are read each time.
     */
    Results results(Surveys.Survey survey) {
        var worked = survey.stage(surveys.today()) == Surveys.Stage.CLOSED
                ? closedResults.computeIfAbsent(survey.id(), id -> compute(survey))
                : compute(survey);
        if (!worked.available()) {
            return worked;
        }
        var national = national(survey.id());
        java.util.function.Function<Figure, Figure> withNational = f -> new Figure(
                f.item(),
                f.agreeing(),
                f.choices(),
                f.before(),
                f.change(),
                national.get(f.item().key()));
        return new Results(
                worked.surveyId(),
                worked.title(),
                true,
                null,
                worked.respondents(),
                worked.fewestShown(),
                worked.figures().stream().map(withNational).toList(),
                worked.standards().stream().map(withNational).toList(),
                worked.breakdowns(),
                worked.previousTitle());
    }

    private Results compute(Surveys.Survey survey) {
        var breakdowns = breakdowns(survey.groups());
        if (survey.stage(surveys.today()) != Surveys.Stage.CLOSED) {
            return unavailable(
                    survey,
                    breakdowns,
                    "Results are shown once the survey has closed, on the day after "
                            + survey.closesOn().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"))
                            + ", so that nobody can watch a figure move as one person answers.");
        }
        var now = answered(survey);
        if (now.rows().size() < survey.fewestShown()) {
            return unavailable(
                    survey,
                    breakdowns,
                    now.rows().size() + " of the people asked answered: fewer than " + survey.fewestShown()
                            + ", the smallest group whose answers are shown. No results are shown.");
        }
        var previous = surveys.previous(survey)
                .map(this::answered)
                .filter(p -> p.rows().size() >= p.survey().fewestShown());
        var figures = new ArrayList<Figure>();
        var items = items(now.closed());
        var thenShares = previous.map(p -> shares(p.closed(), items(p.closed()), p.rows()))
                .orElse(Map.of());
        var nowShares = shares(now.closed(), items, now.rows());
        var standards = new ArrayList<Figure>();
        for (var item : items) {
            var agreeing = nowShares.get(item.key());
            var before = thenShares.get(item.key());
            var figure = new Figure(
                    item,
                    agreeing,
                    item.question() != null && item.question().kind() == QuestionKind.CHOICE
                            ? choices(now.closed(), item.question(), now.rows())
                            : List.of(),
                    before,
                    before == null || agreeing == null ? null : smallNumbers.change(before, agreeing, "responses"),
                    null);
            (item.isStandard() ? standards : figures).add(figure);
        }
        return new Results(
                survey.id(),
                survey.title(),
                true,
                null,
                now.rows().size(),
                survey.fewestShown(),
                figures,
                standards,
                breakdowns,
                previous.map(p -> p.survey().title()).orElse(null));
    }

    /** A breakdown of a closed survey's answers, with small groups (and those that would give them away) hidden. */
    Optional<Table> table(Surveys.Survey survey, Breakdown breakdown) {
        if (survey.stage(surveys.today()) == Surveys.Stage.CLOSED) {
            return closedTables.computeIfAbsent(survey.id() + " " + breakdown, key -> work(survey, breakdown));
        }
        return work(survey, breakdown);
    }

    private Optional<Table> work(Surveys.Survey survey, Breakdown breakdown) {
        if (!breakdowns(survey.groups()).contains(breakdown) || survey.stage(surveys.today()) != Surveys.Stage.CLOSED) {
            return Optional.empty();
        }
        var now = answered(survey);
        int fewest = survey.fewestShown();
        if (now.rows().size() < fewest) {
            return Optional.empty();
        }
        Function<Row, String> keyOf = groupKey(breakdown);
        var sizes = new LinkedHashMap<String, Integer>();
        now.rows().forEach(r -> sizes.merge(keyOf.apply(r), 1, Integer::sum));
        Set<String> shownKeys;
        if (breakdown == Breakdown.TEAM && survey.groups().service()) {
            var areaOfTeam = new HashMap<String, String>();
            now.rows().forEach(r -> areaOfTeam.put(keyOf.apply(r), String.valueOf(r.serviceId())));
            var areaSizes = new LinkedHashMap<String, Integer>();
            now.rows().forEach(r -> areaSizes.merge(String.valueOf(r.serviceId()), 1, Integer::sum));
            shownKeys = Disclosure.shownWithin(sizes, areaOfTeam::get, Disclosure.shown(areaSizes, fewest), fewest);
        } else {
            shownKeys = Disclosure.shown(sizes, fewest);
        }
        var names = names(breakdown);
        var items = items(now.closed());
        var shown = new ArrayList<Group>();
        var shares = new LinkedHashMap<String, Map<String, Share>>();
        sizes.keySet().stream()
                .filter(shownKeys::contains)
                .sorted(Comparator.comparing(k -> names.apply(k)))
                .forEach(k -> {
                    shown.add(new Group(k, names.apply(k), sizes.get(k)));
                    var groupRows = now.rows().stream()
                            .filter(r -> k.equals(keyOf.apply(r)))
                            .toList();
                    shares(now.closed(), items, groupRows)
                            .forEach((item, share) -> shares.computeIfAbsent(item, i -> new LinkedHashMap<>())
                                    .put(k, share));
                });
        var notShown = sizes.keySet().stream()
                .filter(k -> !shownKeys.contains(k))
                .map(names)
                .sorted()
                .toList();
        var rows = new ArrayList<TableRow>();
        var ordered = new ArrayList<>(items.stream().filter(Item::isStandard).toList());
        ordered.addAll(items.stream()
                .filter(i -> !i.isStandard() && i.question().kind() == QuestionKind.AGREEMENT)
                .toList());
        for (var item : ordered) {
            var cells = new ArrayList<String>();
            for (var group : shown) {
                var share = shares.getOrDefault(item.key(), Map.of()).get(group.key());
                cells.add(share == null ? "" : Share.percent(share.value()));
            }
            rows.add(new TableRow(
                    item.isStandard() ? item.text() : item.key() + " " + item.text(), item.isStandard(), cells));
        }
        return Optional.of(new Table(breakdown, shown, notShown, shares, rows));
    }

    /** The items of a version's closed questions: each agreement or choice question, then each standard it names. */
    List<Item> items(List<Question> closed) {
        var items = new ArrayList<Item>();
        var standards = new java.util.TreeSet<EmployerStandard>();
        for (var q : closed) {
            items.add(new Item(q.code(), q.text(), q.standard(), q));
            if (q.kind() == QuestionKind.AGREEMENT && q.standard() != null) {
                standards.add(q.standard());
            }
        }
        standards.forEach(s -> items.add(new Item("S" + s.number(), s.label(), s, null)));
        return items;
    }

    /** The years in which a health check survey closed, newest first. */
    public List<Integer> healthCheckYears() {
        return jdbc.sql("""
                        select distinct extract(year from s.closes_on) from survey s
                        join survey_bank_version v on v.id = s.version_id
                        join survey_question_bank b on b.id = v.bank_id
                        where b.kind = 'HEALTH_CHECK' and s.sent_at is not null and s.closes_on < ?
                        """).param(surveys.today()).query((rs, n) -> rs.getInt(1)).list().stream()
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
    }

    /** The health check of a year: the latest closed health check survey that closed in it, by standard. */
    public Optional<HealthCheckResults> healthCheck(int year) {
        var id = jdbc.sql("""
                        select s.id from survey s join survey_bank_version v on v.id = s.version_id
                        join survey_question_bank b on b.id = v.bank_id
                        where b.kind = 'HEALTH_CHECK' and s.sent_at is not null and s.closes_on >= ? and s.closes_on <= ?
                          and s.closes_on < ?
                        order by s.closes_on desc fetch first 1 rows only
                        """)
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), surveys.today())
                .query(Long.class)
                .optional();
        var survey = id.flatMap(surveys::survey);
        return survey.map(this::results)
                .filter(Results::available)
                .map(r -> new HealthCheckResults(
                        r.surveyId(),
                        r.title(),
                        survey.orElseThrow().closesOn(),
                        r.respondents(),
                        r.standards().stream()
                                .map(f -> new StandardResult(
                                        f.item().standard(),
                                        f.agreeing(),
                                        f.before(),
                                        f.change() == null ? null : f.change().reading(),
                                        f.change() == null
                                                ? "No earlier health check to compare with"
                                                : f.change().words()))
                                .toList()));
    }

    private Results unavailable(Surveys.Survey survey, List<Breakdown> breakdowns, String reason) {
        return new Results(
                survey.id(),
                survey.title(),
                false,
                reason,
                0,
                survey.fewestShown(),
                List.of(),
                List.of(),
                breakdowns,
                null);
    }

    private Answered answered(Surveys.Survey survey) {
        if (survey.stage(surveys.today()) != Surveys.Stage.CLOSED) {
            return read(survey);
        }
        var held = closedAnswers.get(survey.id());
        if (held == null) {
            held = read(survey);
            closedAnswers.put(survey.id(), held);
        }
        return held;
    }

    private Answered read(Surveys.Survey survey) {
        var closed = banks.questions(survey.versionId()).stream()
                .filter(q -> q.kind().closed())
                .toList();
        var rows = jdbc.sql("select team_id, service_area_id, job_role, employment_type, answers from survey_response"
                        + " where survey_id = ?")
                .param(survey.id())
                .withFetchSize(1000)
                .query((rs, n) -> new Row(
                        (Long) rs.getObject(1, Long.class),
                        (Long) rs.getObject(2, Long.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
        return new Answered(survey, closed, rows);
    }

    /**
     * Each item's share agreeing among these rows: a question's agree or strongly agree (for a choice question, the
     * first choice's share is not a share agreeing, so none); a standard's pooled over its agreement questions, its
     * interval taken over people rather than answers, since one person's answers are not independent.
     */
    private Map<String, Share> shares(List<Question> closed, List<Item> items, List<Row> rows) {
        var shares = new HashMap<String, Share>();
        int n = rows.size();
        var agreeByStandard = new EnumMap<EmployerStandard, int[]>(EmployerStandard.class);
        for (int i = 0; i < closed.size(); i++) {
            var q = closed.get(i);
            if (q.kind() != QuestionKind.AGREEMENT) {
                continue;
            }
            int agree = 0;
            for (var row : rows) {
                if (i < row.answers().length() && Question.agrees(row.answers().charAt(i))) {
                    agree++;
                }
            }
            shares.put(q.code(), Share.of(agree, n));
            if (q.standard() != null) {
                var tally = agreeByStandard.computeIfAbsent(q.standard(), s -> new int[2]);
                tally[0] += agree;
                tally[1] += n;
            }
        }
        agreeByStandard.forEach((standard, tally) -> {
            int people = (int) Math.round((double) tally[0] / tally[1] * n);
            shares.put("S" + standard.number(), Share.of(people, n));
        });
        return shares;
    }

    private List<ChoiceShare> choices(List<Question> closed, Question question, List<Row> rows) {
        int i = closed.indexOf(question);
        var counts = new int[question.options().size()];
        for (var row : rows) {
            if (i < row.answers().length()) {
                int option = question.option(row.answers().charAt(i));
                if (option >= 0 && option < counts.length) {
                    counts[option]++;
                }
            }
        }
        var shares = new ArrayList<ChoiceShare>();
        for (int o = 0; o < counts.length; o++) {
            shares.add(new ChoiceShare(question.options().get(o), Share.of(counts[o], rows.size())));
        }
        return shares;
    }

    private Map<String, NationalFigure> national(long surveyId) {
        var figures = new HashMap<String, NationalFigure>();
        jdbc.sql("select question_code, agreeing_percent, source from survey_national_figure where survey_id = ?")
                .param(surveyId)
                .query((java.sql.ResultSet rs) -> {
                    figures.put(rs.getString(1), new NationalFigure(rs.getDouble(2), rs.getString(3)));
                });
        return figures;
    }

    static List<Breakdown> breakdowns(Surveys.Groups groups) {
        var breakdowns = new ArrayList<Breakdown>();
        if (groups.team()) breakdowns.add(Breakdown.TEAM);
        if (groups.service()) breakdowns.add(Breakdown.SERVICE);
        if (groups.role()) breakdowns.add(Breakdown.ROLE);
        if (groups.employment()) breakdowns.add(Breakdown.EMPLOYMENT);
        return breakdowns;
    }

    private static Function<Row, String> groupKey(Breakdown breakdown) {
        return switch (breakdown) {
            case TEAM -> r -> String.valueOf(r.teamId());
            case SERVICE -> r -> String.valueOf(r.serviceId());
            case ROLE -> r -> String.valueOf(r.role());
            case EMPLOYMENT -> r -> String.valueOf(r.employment());
        };
    }

    private Function<String, String> names(Breakdown breakdown) {
        return switch (breakdown) {
            case TEAM -> {
                var teams = organisation.teams();
                yield k -> k.equals("null")
                        ? "No team recorded"
                        : Optional.ofNullable(teams.get(Long.valueOf(k)))
                                .map(OrganisationDirectory.TeamSummary::name)
                                .orElse("Team " + k);
            }
            case SERVICE -> {
                var areas = new HashMap<String, String>();
                organisation.serviceAreas().forEach(a -> areas.put(String.valueOf(a.id()), a.name()));
                yield k -> k.equals("null") ? "No service area recorded" : areas.getOrDefault(k, "Service area " + k);
            }
            case ROLE ->
                k -> k.equals("null")
                        ? "No job role recorded"
                        : JobRole.valueOf(k).label();
            case EMPLOYMENT ->
                k -> k.equals("null")
                        ? "No employment type recorded"
                        : EmploymentType.valueOf(k).label();
        };
    }
}
