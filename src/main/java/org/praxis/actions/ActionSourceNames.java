package org.praxis.actions;

import java.util.Locale;

/** The kinds of source an action comes from, in words. */
final class ActionSourceNames {

    static String of(String source) {
        return switch (source) {
            case "AUDIT" -> "Case file audit";
            case "PRACTICE_WEEK" -> "Practice Week";
            case "LEARNING_REVIEW" -> "Learning review";
            case "COMMITTEE" -> "Committee follow-up";
            case "PEER_REVIEW" -> "Peer review";
            case "HEALTH_CHECK" -> "Health check";
            case "COMPLAINT" -> "Complaint";
            default -> {
                var words = source.replace('_', ' ').toLowerCase(Locale.ROOT);
                yield words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
            }
        };
    }

    private ActionSourceNames() {}
}
