package org.praxis;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Decision 0015: each module owns its tables. SQL in one module never names another module's table; it may name a
 * view that a module it is allowed to depend on publishes. Spring Modulith sees only Java, so this test reads the SQL.
 */
class ModuleDataBoundariesTest {

    /** Tables by owning module. */
    static final Map<String, Set<String>> TABLES = Map.ofEntries(
            entry("organisation", Set.of("directorate", "service_area", "team", "staff_member", "visitor")),
            entry(
                    "identity",
                    Set.of(
                            "user_account",
                            "user_role",
                            "user_account_scope",
                            "api_token",
                            "sign_in_throttle",
                            "password_check_cleared",
                            "spring_session",
                            "spring_session_attributes",
                            "sso_identity",
                            "sso_waiting")),
            entry("accesslog", Set.of("access_log")),
            entry("demo", Set.of("demo_council_load")),
            entry(
                    "register",
                    Set.of(
                            "bank_holiday",
                            "register_import",
                            "register_snapshot",
                            "register_case",
                            "register_episode",
                            "register_problem",
                            "register_name_mapping",
                            "register_indicator",
                            "register_indicator_threshold",
                            "register_indicator_threshold_change",
                            "register_column_mapping",
                            "register_comparison",
                            "register_change")),
            entry("standards", Set.of("practice_standard", "practice_standard_version")),
            entry(
                    "audit",
                    Set.of(
                            "audit_template",
                            "audit_template_version",
                            "audit_section",
                            "audit_question",
                            "audit_question_standard",
                            "audit_programme",
                            "audit_stratum",
                            "audit_programme_auditor",
                            "audit",
                            "audit_answer",
                            "audit_moderation",
                            "audit_conversation",
                            "audit_change",
                            "audit_overdue_notice",
                            "audit_result_month")),
            entry(
                    "learning",
                    Set.of(
                            "learning_theme",
                            "learning_review",
                            "learning_review_case",
                            "learning_finding",
                            "learning_finding_theme",
                            "learning_finding_standard",
                            "learning_finding_question",
                            "learning_recommendation",
                            "learning_synopsis_read")),
            entry(
                    "training",
                    Set.of(
                            "training_course",
                            "training_course_standard",
                            "training_course_theme",
                            "training_course_job_role",
                            "training_course_team",
                            "training_session",
                            "training_session_trainer",
                            "training_attendance",
                            "training_need_decision",
                            "training_requirement")),
            entry(
                    "surveys",
                    Set.of(
                            "survey",
                            "survey_question_bank",
                            "survey_bank_version",
                            "survey_question",
                            "survey_invitation",
                            "survey_response",
                            "survey_comment",
                            "survey_national_figure")),
            entry("healthcheck", Set.of("health_check_plan")),
            entry(
                    "governance",
                    Set.of(
                            "committee",
                            "committee_meeting",
                            "committee_agenda_item",
                            "committee_resolution",
                            "assurance_report",
                            "assurance_report_narrative",
                            "assurance_report_history",
                            "report_logo")),
            entry(
                    "workforce",
                    Set.of(
                            "workforce_supervision",
                            "workforce_staff_details",
                            "workforce_sickness",
                            "workforce_establishment")),
            entry(
                    "complaints",
                    Set.of(
                            "complaint",
                            "complaint_category",
                            "complaint_stage",
                            "complaint_ombudsman",
                            "complaint_theme",
                            "complaint_report",
                            "complaint_report_cell")),
            entry("notifications", Set.of("notification")),
            entry("actions", Set.of("action_item", "action_history", "action_evidence_file")),
            entry(
                    "practiceweek",
                    Set.of(
                            "practice_week",
                            "practice_week_service_area",
                            "practice_week_team",
                            "visit_slot",
                            "week_visitor",
                            "week_visitor_half_day",
                            "week_visitor_preference",
                            "visit_assignment",
                            "visit_record",
                            "visit_suggested_action",
                            "staff_week_feedback",
                            "family_feedback",
                            "family_feedback_contact",
                            "feedback_rate_limit",
                            "feedback_stamp_used")));

    /** Views a module publishes for other modules' reporting joins: part of its API. */
    static final Map<String, Set<String>> VIEWS = Map.of(
            "organisation",
            Set.of("team_directory", "service_area_directory", "staff_directory", "visitor_directory"),
            "identity",
            Set.of("account_directory", "account_role"));

    /** Tables no module owns: the scheduled jobs' lock. */
    static final Set<String> INFRASTRUCTURE = Set.of("shedlock", "event_publication");

    /**
     * Decision 0007: accounts name their staff member, visitor and team by the organisation's ids, while in Java
     * organisation implements identity's {@code PersonDirectory}. These are the only keys against the Java direction.
     */
    static final Map<String, Set<String>> KEYS_AGAINST_THE_JAVA_DIRECTION = Map.of("identity", Set.of("organisation"));

    private static final Path SOURCES = Path.of("src/main/java/org/praxis");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    private static final Pattern NAMED =
            Pattern.compile("\\b(?:from|join|into|update|references)\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATED = Pattern.compile(
            "^\\s*create\\s+(?:or\\s+replace\\s+)?(table|view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ALTERED =
            Pattern.compile("^\\s*alter\\s+table\\s+(?:if\\s+exists\\s+)?([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCES =
            Pattern.compile("\\breferences\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALLOWED =
            Pattern.compile("allowedDependencies\\s*=\\s*(\\{[^}]*}|\"[^\"]*\")", Pattern.DOTALL);

    private final Map<String, String> owners = owners();

    @Test
    void sqlInAModuleNamesOnlyItsOwnTablesAndTheViewsOfModulesItMayUse() {
        var problems = new ArrayList<String>();
        for (var file : files(SOURCES, ".java")) {
            var module = SOURCES.relativize(file).getName(0).toString();
            if (file.getParent().equals(SOURCES)) {
                continue;
            }
            var allowed = allowedDependencies(module);
            for (var literal : stringLiterals(read(file))) {
                Matcher m = NAMED.matcher(literal.text());
                while (m.find()) {
                    var name = m.group(1).toLowerCase(Locale.ROOT);
                    var owner = owners.get(name);
                    if (owner == null || owner.equals(module) || INFRASTRUCTURE.contains(name)) {
                        continue;
                    }
                    int line = literal.line() + newlines(literal.text(), m.start(1));
                    if (isView(name)) {
                        if (!allowed.contains(owner)) {
                            problems.add("%s:%d names view %s, published by %s, which %s may not depend on"
                                    .formatted(file, line, name, owner, module));
                        }
                    } else {
                        problems.add("%s:%d names table %s, owned by %s: use %s's Java API or a view it publishes"
                                .formatted(file, line, name, owner, owner));
                    }
                }
            }
        }
        assertThat(problems).as("SQL across module boundaries").isEmpty();
    }

    @Test
    void migrationsCreateOnlyMappedTablesAndViewsAndKeysFollowTheAllowedDependencies() {
        var problems = new ArrayList<String>();
        for (var file : files(MIGRATIONS, ".sql")) {
            var sql = read(file).replaceAll("--[^\n]*", "");
            int offset = 0;
            for (var statement : sql.split(";")) {
                int line = 1 + newlines(sql, offset) + newlines(statement, leadingBlanks(statement));
                offset += statement.length() + 1;
                var created = CREATED.matcher(statement);
                var altered = ALTERED.matcher(statement);
                String subject;
                if (created.find()) {
                    subject = created.group(2).toLowerCase(Locale.ROOT);
                    boolean view = created.group(1).equalsIgnoreCase("view");
                    if (!owners.containsKey(subject) || isView(subject) != view) {
                        problems.add("%s:%d creates %s %s, which is not in the ownership map (decision 0015)"
                                .formatted(file, line, created.group(1).toLowerCase(Locale.ROOT), subject));
                        continue;
                    }
                    if (view) {
                        problems.addAll(viewProblems(file, line, subject, statement));
                    }
                } else if (altered.find()) {
                    subject = altered.group(1).toLowerCase(Locale.ROOT);
                } else {
                    continue;
                }
                problems.addAll(keyProblems(file, line, subject, statement));
            }
        }
        assertThat(problems).as("migrations against the ownership map").isEmpty();
    }

    @Test
    void theMapNamesEveryModuleThatOwnsSomethingOnce() {
        var modules = new ArrayList<String>();
        try (var dirs = Files.list(SOURCES)) {
            dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).forEach(modules::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(modules).containsAll(TABLES.keySet()).containsAll(VIEWS.keySet());
    }

    private List<String> viewProblems(Path file, int line, String view, String statement) {
        var owner = owners.get(view);
        var problems = new ArrayList<String>();
        var m = NAMED.matcher(statement);
        while (m.find()) {
            var name = m.group(1).toLowerCase(Locale.ROOT);
            var named = owners.get(name);
            if (named != null
                    && !named.equals(owner)
                    && !(isView(name) && allowedDependencies(owner).contains(named))) {
                problems.add(
                        "%s:%d view %s of %s names %s, owned by %s".formatted(file, line, view, owner, name, named));
            }
        }
        return problems;
    }

    private List<String> keyProblems(Path file, int line, String table, String statement) {
        var owner = owners.get(table);
        var problems = new ArrayList<String>();
        var m = REFERENCES.matcher(statement);
        while (m.find()) {
            var target = m.group(1).toLowerCase(Locale.ROOT);
            var targetOwner = owners.get(target);
            if (owner == null || targetOwner == null || owner.equals(targetOwner)) {
                continue;
            }
            boolean allowed = allowedDependencies(owner).contains(targetOwner)
                    || KEYS_AGAINST_THE_JAVA_DIRECTION
                            .getOrDefault(owner, Set.of())
                            .contains(targetOwner);
            if (!allowed) {
                problems.add("%s:%d %s (owned by %s) references %s, owned by %s, which %s may not depend on"
                        .formatted(
                                file, line + newlines(statement, m.start()), table, owner, target, targetOwner, owner));
            }
        }
        return problems;
    }

    private static Map<String, String> owners() {
        var owners = new HashMap<String, String>();
        TABLES.forEach((module, tables) -> tables.forEach(t -> owners.put(t, module)));
        VIEWS.forEach((module, views) -> views.forEach(v -> owners.put(v, module)));
        INFRASTRUCTURE.forEach(t -> owners.put(t, "infrastructure"));
        return owners;
    }

    private static boolean isView(String name) {
        return VIEWS.values().stream().anyMatch(v -> v.contains(name));
    }

    /** The modules named in the module's {@code @ApplicationModule(allowedDependencies = ...)}. */
    static Set<String> allowedDependencies(String module) {
        var packageInfo = SOURCES.resolve(module).resolve("package-info.java");
        if (!Files.exists(packageInfo)) {
            return Set.of();
        }
        var m = ALLOWED.matcher(read(packageInfo));
        if (!m.find()) {
            return Set.of();
        }
        var names = new java.util.HashSet<String>();
        var quoted = Pattern.compile("\"([^\":]*)(?:::[^\"]*)?\"").matcher(m.group(1));
        while (quoted.find()) {
            names.add(quoted.group(1));
        }
        return names;
    }

    record Literal(int line, String text) {}

    /**
     * The string literals and text blocks of a Java source, each with the line it starts on. Neighbouring literals
     * are joined when only {@code +} and blanks separate them, so SQL split over several literals is read whole.
     */
    static List<Literal> stringLiterals(String source) {
        var literals = new ArrayList<Literal>();
        int line = 1;
        int i = 0;
        int lastEnd = -1;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i);
                i = i < 0 ? source.length() : i;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2) + 2;
                line += newlines(source.substring(i, end), end - i);
                i = end;
            } else if (c == '\'') {
                i = source.indexOf('\'', source.charAt(i + 1) == '\\' ? i + 3 : i + 2) + 1;
            } else if (c == '"') {
                boolean block = source.startsWith("\"\"\"", i);
                int start = block ? i + 3 : i + 1;
                int end = start;
                while (!(block ? source.startsWith("\"\"\"", end) : source.charAt(end) == '"')) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                var text = source.substring(start, end);
                var gap = lastEnd < 0 ? "x" : source.substring(lastEnd, i);
                if (gap.replaceAll("[\\s+]", "").isEmpty()) {
                    // The line breaks between the pieces keep the line numbers of what follows right.
                    var previous = literals.removeLast();
                    var breaks = "\n".repeat(newlines(gap, gap.length()));
                    literals.add(new Literal(previous.line(), previous.text() + breaks + text));
                } else {
                    literals.add(new Literal(line, text));
                }
                line += newlines(text, text.length());
                i = end + (block ? 3 : 1);
                lastEnd = i;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int newlines(String text, int upTo) {
        int n = 0;
        for (int i = 0; i < upTo && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static int leadingBlanks(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static List<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
