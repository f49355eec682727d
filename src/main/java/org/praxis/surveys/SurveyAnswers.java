package org.praxis.surveys;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.praxis.web.Problem;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * A survey's answers as sent: a field per question ({@code q} and the question's id) holding the option's number
 * (from 0) or the text. The questions come from the survey's version, so the form is a map; the page binds it as
 * {@code answerForm}.
 */
record SurveyAnswers(Map<String, Object> fields) {

    static final String FORM = "answerForm";

    static final int MAX_TEXT = 4_000;

    static SurveyAnswers read(MultiValueMap<String, String> params, List<Question> questions) {
        var fields = new LinkedHashMap<String, Object>();
        for (var q : questions) {
            var value = params.getFirst(field(q));
            fields.put(field(q), value == null ? "" : value);
        }
        return new SurveyAnswers(fields);
    }

    static SurveyAnswers empty(List<Question> questions) {
        var fields = new LinkedHashMap<String, Object>();
        questions.forEach(q -> fields.put(field(q), ""));
        return new SurveyAnswers(fields);
    }

    static String field(Question q) {
        return "q" + q.id();
    }

    BindingResult binding() {
        return new MapBindingResult(fields, FORM);
    }

    List<Problem> problemsIn(BindingResult result) {
        return Problem.allIn(result, List.copyOf(fields.keySet()));
    }

    String text(Question q) {
        var value = fields.get(field(q));
        return value == null ? "" : value.toString().strip();
    }

    /** Every question to agree with or choose from is answered with one of its options; free text within limits. */
    void check(Errors errors, List<Question> questions) {
        int number = 0;
        for (var q : questions) {
            number++;
            var answer = text(q);
            if (q.kind().closed()) {
                if (answer.isEmpty()) {
                    errors.rejectValue(field(q), "missing", "Answer question " + number);
                } else if (option(q, answer) < 0) {
                    errors.rejectValue(field(q), "option", "Answer question " + number + " with one of its options");
                }
            } else if (answer.length() > MAX_TEXT) {
                errors.rejectValue(
                        field(q), "length", "Question " + number + " must be " + MAX_TEXT + " characters or fewer");
            }
        }
    }

    /** One character per closed question, in the version's order. */
    String stored(List<Question> questions) {
        var answers = new StringBuilder();
        for (var q : questions) {
            if (q.kind().closed()) {
                answers.append(q.code(option(q, text(q))));
            }
        }
        return answers.toString();
    }

    private static int option(Question q, String answer) {
        try {
            int option = Integer.parseInt(answer);
            return option >= 0 && option < q.options().size() ? option : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
