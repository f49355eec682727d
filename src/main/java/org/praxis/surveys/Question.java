package org.praxis.surveys;

import java.util.Arrays;
import java.util.List;

/**
 * A question of a question bank's version. {@code code} names it across versions; {@code choices} are a choice
 * question's options in order; {@code standard} is the employer standard it bears on, or null.
 */
public record Question(
        long id,
        int position,
        String code,
        String text,
        QuestionKind kind,
        List<String> choices,
        EmployerStandard standard) {

    static final List<String> AGREEMENT_SCALE =
            List.of("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree");

    static List<String> choicesFrom(String stored) {
        return stored == null || stored.isBlank()
                ? List.of()
                : Arrays.stream(stored.split("\n"))
                        .map(String::strip)
                        .filter(c -> !c.isEmpty())
                        .toList();
    }

    /** The options a person picks from: the five-point scale, the question's choices, or none for free text. */
    public List<String> options() {
        return switch (kind) {
            case AGREEMENT -> AGREEMENT_SCALE;
            case CHOICE -> choices;
            case FREE_TEXT -> List.of();
        };
    }

    /** An answer as stored: one character, '1'-'5' on the scale, 'A' onwards for a choice. */
    char code(int option) {
        return kind == QuestionKind.AGREEMENT ? (char) ('1' + option) : (char) ('A' + option);
    }

    int option(char stored) {
        return kind == QuestionKind.AGREEMENT ? stored - '1' : stored - 'A';
    }

    /** Agree or strongly agree. */
    static boolean agrees(char stored) {
        return stored == '4' || stored == '5';
    }
}
