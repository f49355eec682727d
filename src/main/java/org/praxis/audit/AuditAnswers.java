package org.praxis.audit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.praxis.web.DateInput;
import org.praxis.web.Problem;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * The audit form as typed: a field per question ({@code q} and the question's id) and the parts every audit has, in
 * the order the page shows them. A date is a {@link DateInput}, everything else the text sent. The questions come
 * from the audit's template, so the form is a map rather than a record; the page binds it as {@code auditForm}.
 */
record AuditAnswers(Map<String, Object> fields) {

    static final String FORM = "auditForm";

    static final int MAX_TEXT = 10_000;

    /** The parts every audit has, in the order the form shows them, with what the error messages call them. */
    static final Map<String, String> OVERALL = orderedOverall();

    static final Set<String> YES_PARTLY_NO = Set.of("YES", "PARTLY", "NO");
    static final Set<String> SPOKEN_TO = Set.of("YES", "NO", "NOT_APPROPRIATE");

    private static final String CONVERSATION_DATE = "conversationDate";

    private static Map<String, String> orderedOverall() {
        var m = new LinkedHashMap<String, String>();
        m.put("overallGrade", "the overall grade");
        m.put("strengths", "the strengths");
        m.put("strengthTags", "the strength themes");
        m.put("areasForDevelopment", "the areas for development");
        m.put("developmentTags", "the development themes");
        m.put("differenceMade", "what difference our involvement has made");
        m.put(CONVERSATION_DATE, "the date of the conversation with the practitioner");
        m.put("conversationWith", "who the conversation was with");
        m.put("practitionerReflections", "the practitioner’s reflections");
        m.put("personSpokenTo", "whether the child or adult was spoken to");
        m.put("familyView", "what the child, adult or family said");
        return m;
    }

    /** Reads the form, keeping exactly what was typed so that a form shown again loses nothing. */
    static AuditAnswers read(MultiValueMap<String, String> params, List<AuditTemplates.Question> questions) {
        var fields = new LinkedHashMap<String, Object>();
        for (var q : questions) {
            var field = field(q);
            fields.put(field, q.type() == AnswerType.DATE ? dateInput(params, field) : first(params, field));
        }
        for (var name : OVERALL.keySet()) {
            fields.put(name, name.equals(CONVERSATION_DATE) ? dateInput(params, name) : first(params, name));
        }
        return new AuditAnswers(fields);
    }

    /** The stored answers as the form shows them. */
    static AuditAnswers stored(
            List<AuditTemplates.Question> questions, Map<Long, String> answers, Map<String, String> overall) {
        var fields = new LinkedHashMap<String, Object>();
        for (var q : questions) {
            var answer = answers.get(q.id());
            fields.put(field(q), q.type() == AnswerType.DATE ? DateInput.of(isoDate(answer)) : orEmpty(answer));
        }
        for (var name : OVERALL.keySet()) {
            var value = overall.get(name);
            fields.put(name, name.equals(CONVERSATION_DATE) ? DateInput.of(isoDate(value)) : orEmpty(value));
        }
        return new AuditAnswers(fields);
    }

    static String field(AuditTemplates.Question q) {
        return "q" + q.id();
    }

    /** An empty binding of this form, for the page and for the problems a save finds. */
    BindingResult binding() {
        return new MapBindingResult(fields, FORM);
    }

    /** The problems in a binding of this form, in the order the page shows the fields. */
    List<Problem> problemsIn(BindingResult result) {
        return Problem.allIn(result, List.copyOf(fields.keySet()));
    }

    /** Each question's answer as stored: an ISO date for a date, blank when not answered. */
    Map<Long, String> answers(List<AuditTemplates.Question> questions) {
        var answers = new LinkedHashMap<Long, String>();
        questions.forEach(q -> answers.put(q.id(), text(field(q))));
        return answers;
    }

    /** The parts every audit has, as stored. */
    Map<String, String> overall() {
        var overall = new LinkedHashMap<String, String>();
        OVERALL.keySet().forEach(name -> overall.put(name, text(name)));
        return overall;
    }

    LocalDate conversationDate() {
        return ((DateInput) fields.get(CONVERSATION_DATE)).date().orElse(null);
    }

    /**
     * Records what is wrong with what is there (a grade off the scale, a number that is not one, a date that is not
     * real, a text over the limit) and, when submitting, what is missing: every required question and the parts of
     * the audit that must be written.
     */
    void check(Errors errors, List<AuditTemplates.Question> questions, Map<Long, String> numbers, boolean submit) {
        for (var q : questions) {
            checkAnswer(errors, q, "question " + numbers.get(q.id()));
        }
        checkOverall(errors);
        if (submit) {
            for (var q : questions) {
                if (q.required()) {
                    missing(errors, field(q), "Answer question " + numbers.get(q.id()));
                }
            }
            for (var name : List.of(
                    "overallGrade",
                    "strengths",
                    "areasForDevelopment",
                    "differenceMade",
                    CONVERSATION_DATE,
                    "conversationWith",
                    "personSpokenTo")) {
                missing(
                        errors,
                        name,
                        (name.equals("overallGrade") || name.equals("personSpokenTo") ? "Choose " : "Enter ")
                                + OVERALL.get(name));
            }
            if ("YES".equals(fields.get("personSpokenTo"))) {
                missing(errors, "familyView", "Enter what the child, adult or family said");
            }
        }
    }

    private void checkAnswer(Errors errors, AuditTemplates.Question q, String name) {
        var field = field(q);
        if (q.type() == AnswerType.DATE) {
            date(errors, field, "The answer to " + name);
            return;
        }
        var value = (String) fields.get(field);
        if (value.isBlank()) {
            return;
        }
        switch (q.type()) {
            case GRADE -> {
                if (Grade.parse(value).isEmpty() && !Grade.NOT_APPLICABLE.equals(value)) {
                    errors.rejectValue(field, "grade", "Choose a grade on the scale for " + name);
                }
            }
            case YES_PARTLY_NO -> {
                if (!YES_PARTLY_NO.contains(value)) {
                    errors.rejectValue(field, "choice", "Choose yes, partly or no for " + name);
                }
            }
            case NUMBER -> {
                if (!value.strip().matches("-?\\d{1,9}(\\.\\d{1,4})?")) {
                    errors.rejectValue(field, "number", "The answer to " + name + " must be a number, like 3");
                }
            }
            case TEXT -> tooLong(errors, field, value, "The answer to " + name);
            case DATE -> throw new IllegalStateException("dates are checked above");
        }
    }

    private void checkOverall(Errors errors) {
        date(errors, CONVERSATION_DATE, "The date of the conversation");
        for (var name : OVERALL.keySet()) {
            if (!(fields.get(name) instanceof String value) || value.isBlank()) {
                continue;
            }
            switch (name) {
                case "overallGrade" -> {
                    if (Grade.parse(value).isEmpty()) {
                        errors.rejectValue(name, "grade", "Choose an overall grade on the scale");
                    }
                }
                case "personSpokenTo" -> {
                    if (!SPOKEN_TO.contains(value)) {
                        errors.rejectValue(name, "choice", "Choose whether the child or adult was spoken to");
                    }
                }
                case "strengthTags", "developmentTags", "conversationWith" -> {
                    if (value.length() > 200) {
                        errors.rejectValue(
                                name, "size", capital(OVERALL.get(name)) + " must be 200 characters or fewer");
                    }
                }
                default -> tooLong(errors, name, value, capital(OVERALL.get(name)));
            }
        }
    }

    /** A date typed in part or not real, in GOV.UK's wording; an empty one is checked only on submitting. */
    private void date(Errors errors, String field, String label) {
        ((DateInput) fields.get(field)).problem(label).ifPresent(p -> errors.rejectValue(field, "date", p));
    }

    /** Submitting needs the field; one problem a field, so a wrong value is not also called missing. */
    private void missing(Errors errors, String field, String message) {
        if (text(field).isBlank() && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "required", message);
        }
    }

    /** What a field holds as stored: a date as ISO text (blank unless real), anything else as typed. */
    private String text(String field) {
        return fields.get(field) instanceof DateInput date
                ? date.date().map(LocalDate::toString).orElse("")
                : (String) fields.get(field);
    }

    private static DateInput dateInput(MultiValueMap<String, String> params, String field) {
        return new DateInput(
                first(params, field + ".day"), first(params, field + ".month"), first(params, field + ".year"));
    }

    private static LocalDate isoDate(String iso) {
        return iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
    }

    private static void tooLong(Errors errors, String field, String value, String what) {
        if (value.length() > MAX_TEXT) {
            errors.rejectValue(
                    field,
                    "size",
                    what + " is " + String.format("%,d", value.length()) + " characters: the limit is "
                            + String.format("%,d", MAX_TEXT) + ". Shorten it, or keep the detail in the case record.");
        }
    }

    private static String first(MultiValueMap<String, String> params, String name) {
        var value = params.getFirst(name);
        return value == null ? "" : value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
