package org.praxis.audit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.praxis.web.DateInput;
import org.praxis.web.Problem;
import org.springframework.util.MultiValueMap;

/**
 * What the auditor has written, read from the form's fields: an answer per question ({@code q} and the question's
 * id; dates as {@code .day}, {@code .month}, {@code .year}) and the parts every audit has. Each value is checked
 * against its question; problems name the question so the error summary can link to it.
 */
record AuditAnswers(Map<Long, String> answers, Map<String, String> overall, Map<String, String> typed) {

    static final int MAX_TEXT = 10_000;

    /** The parts every audit has, in the order the form shows them, with what the error messages call them. */
    static final Map<String, String> OVERALL = orderedOverall();

    static final Set<String> YES_PARTLY_NO = Set.of("YES", "PARTLY", "NO");
    static final Set<String> SPOKEN_TO = Set.of("YES", "NO", "NOT_APPROPRIATE");

    private static Map<String, String> orderedOverall() {
        var m = new LinkedHashMap<String, String>();
        m.put("overallGrade", "the overall grade");
        m.put("strengths", "the strengths");
        m.put("strengthTags", "the strength themes");
        m.put("areasForDevelopment", "the areas for development");
        m.put("developmentTags", "the development themes");
        m.put("differenceMade", "what difference our involvement has made");
        m.put("conversationDate", "the date of the conversation with the practitioner");
        m.put("conversationWith", "who the conversation was with");
        m.put("practitionerReflections", "the practitioner’s reflections");
        m.put("personSpokenTo", "whether the child or adult was spoken to");
        m.put("familyView", "what the child, adult or family said");
        return m;
    }

    /** Reads the form. {@code typed} keeps exactly what was entered, so a form shown again loses nothing. */
    static AuditAnswers read(MultiValueMap<String, String> params, List<AuditTemplates.Question> questions) {
        var answers = new LinkedHashMap<Long, String>();
        var typed = new LinkedHashMap<String, String>();
        for (var q : questions) {
            String field = "q" + q.id();
            if (q.type() == AnswerType.DATE) {
                for (var part : List.of(".day", ".month", ".year")) {
                    typed.put(field + part, first(params, field + part));
                }
                answers.put(q.id(), dateText(params, field));
            } else {
                typed.put(field, first(params, field));
                answers.put(q.id(), first(params, field));
            }
        }
        var overall = new LinkedHashMap<String, String>();
        for (var name : OVERALL.keySet()) {
            if (name.equals("conversationDate")) {
                for (var part : List.of(".day", ".month", ".year")) {
                    typed.put(name + part, first(params, name + part));
                }
                overall.put(name, dateText(params, name));
            } else {
                typed.put(name, first(params, name));
                overall.put(name, first(params, name));
            }
        }
        return new AuditAnswers(answers, overall, typed);
    }

    /** Problems with what is there: a grade off the scale, a number that is not one, a text over the limit. */
    List<Problem> problems(List<AuditTemplates.Question> questions, Map<Long, String> numbers) {
        var problems = new java.util.ArrayList<Problem>();
        for (var q : questions) {
            var value = answers.get(q.id());
            if (value == null || value.isBlank()) {
                continue;
            }
            var name = "question " + numbers.get(q.id());
            var field = "q" + q.id();
            switch (q.type()) {
                case GRADE -> {
                    if (Grade.parse(value).isEmpty() && !Grade.NOT_APPLICABLE.equals(value)) {
                        problems.add(new Problem(field, "Choose a grade on the scale for " + name));
                    }
                }
                case YES_PARTLY_NO -> {
                    if (!YES_PARTLY_NO.contains(value)) {
                        problems.add(new Problem(field, "Choose yes, partly or no for " + name));
                    }
                }
                case NUMBER -> {
                    if (!value.strip().matches("-?\\d{1,9}(\\.\\d{1,4})?")) {
                        problems.add(new Problem(field, "The answer to " + name + " must be a number, like 3"));
                    }
                }
                case DATE -> {
                    if (value.startsWith("!")) {
                        problems.add(new Problem(field, "The answer to " + name + " must be a real date"));
                    }
                }
                case TEXT -> tooLong(problems, field, value, "The answer to " + name);
            }
        }
        for (var e : overall.entrySet()) {
            var value = e.getValue();
            if (value == null || value.isBlank()) {
                continue;
            }
            switch (e.getKey()) {
                case "overallGrade" -> {
                    if (Grade.parse(value).isEmpty()) {
                        problems.add(new Problem("overallGrade", "Choose an overall grade on the scale"));
                    }
                }
                case "personSpokenTo" -> {
                    if (!SPOKEN_TO.contains(value)) {
                        problems.add(new Problem("personSpokenTo", "Choose whether the child or adult was spoken to"));
                    }
                }
                case "conversationDate" -> {
                    if (value.startsWith("!")) {
                        problems.add(
                                new Problem("conversationDate", "The date of the conversation must be a real date"));
                    }
                }
                case "strengthTags", "developmentTags", "conversationWith" -> {
                    if (value.length() > 200) {
                        problems.add(new Problem(
                                e.getKey(), capital(OVERALL.get(e.getKey())) + " must be 200 characters or fewer"));
                    }
                }
                default -> tooLong(problems, e.getKey(), value, capital(OVERALL.get(e.getKey())));
            }
        }
        return problems;
    }

    /** What submitting needs as well: every required question and the parts of the audit that must be written. */
    List<Problem> missing(List<AuditTemplates.Question> questions, Map<Long, String> numbers) {
        var problems = new java.util.ArrayList<Problem>();
        for (var q : questions) {
            var value = answers.get(q.id());
            if (q.required() && (value == null || value.isBlank())) {
                problems.add(new Problem("q" + q.id(), "Answer question " + numbers.get(q.id())));
            }
        }
        for (var name : List.of(
                "overallGrade",
                "strengths",
                "areasForDevelopment",
                "differenceMade",
                "conversationDate",
                "conversationWith",
                "personSpokenTo")) {
            var value = overall.get(name);
            if (value == null || value.isBlank()) {
                problems.add(new Problem(
                        name,
                        (name.equals("overallGrade") || name.equals("personSpokenTo") ? "Choose " : "Enter ")
                                + OVERALL.get(name)));
            }
        }
        if ("YES".equals(overall.get("personSpokenTo"))
                && (overall.get("familyView") == null
                        || overall.get("familyView").isBlank())) {
            problems.add(new Problem("familyView", "Enter what the child, adult or family said"));
        }
        return problems;
    }

    LocalDate conversationDate() {
        var text = overall.get("conversationDate");
        return text == null || text.isBlank() || text.startsWith("!") ? null : LocalDate.parse(text);
    }

    /** An ISO date, blank when nothing was entered, or "!" and what was typed when it is not a real date. */
    private static String dateText(MultiValueMap<String, String> params, String field) {
        var day = first(params, field + ".day");
        var month = first(params, field + ".month");
        var year = first(params, field + ".year");
        var input = new DateInput(day, month, year);
        if (input.isBlank()) {
            return "";
        }
        return input.date().map(LocalDate::toString).orElse("!" + day + "/" + month + "/" + year);
    }

    private static void tooLong(List<Problem> problems, String field, String value, String what) {
        if (value.length() > MAX_TEXT) {
            problems.add(new Problem(
                    field,
                    what + " is " + String.format("%,d", value.length()) + " characters: the limit is "
                            + String.format("%,d", MAX_TEXT) + ". Shorten it, or keep the detail in the case record."));
        }
    }

    private static String first(MultiValueMap<String, String> params, String name) {
        var value = params.getFirst(name);
        return value == null ? "" : value;
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
