package org.praxis.accesslog;

import java.util.Locale;
import java.util.Map;

/**
 * The access log in words: the screen an entry was written from ("An audit", not "GET /audit/audits/{id}") and the
 * kind of record ("Staff", not "STAFF"). The log keeps the address pattern, which is exact; this is how it is shown.
 */
final class ScreenNames {

    /** Address patterns with their variables folded to {}, as the log's entries are matched against them. */
    private static final Map<String, String> SCREENS = Map.ofEntries(
            Map.entry("GET /audit/audits/{}", "An audit"),
            Map.entry("POST /audit/audits/{}", "An audit, saved or submitted"),
            Map.entry("POST /audit/audits/{}/autosave", "An audit, saved as the auditor typed"),
            Map.entry("POST /audit/audits/{}/reply", "The practitioner’s reply to an audit"),
            Map.entry("POST /audit/audits/{}/conversations", "A learning conversation about an audit"),
            Map.entry("POST /audit/audits/{}/actions", "An action raised from an audit"),
            Map.entry("GET /audit/audits/{}/moderation", "Moderation of an audit"),
            Map.entry("POST /audit/audits/{}/moderation/grade", "The moderator’s grade"),
            Map.entry("POST /audit/audits/{}/moderation/agree", "The agreed grade"),
            Map.entry("GET /audit/programmes/{}", "An audit programme"),
            Map.entry("POST /audit/programmes/new", "Planning an audit programme"),
            Map.entry("GET /audit/programmes/{}/findings", "A programme’s findings"),
            Map.entry("GET /audit/programmes/{}/findings.pdf", "A programme’s findings, as PDF"),
            Map.entry("GET /audit/programmes/{}/findings.xlsx", "A programme’s findings, as a spreadsheet"),
            Map.entry("GET /actions/{}", "An action"),
            Map.entry("POST /actions/{}/move", "An action moved on"),
            Map.entry("GET /register", "The case register"),
            Map.entry("GET /register/cases/{}", "A case in the register"),
            Map.entry("GET /register/imports/{}", "A register import"),
            Map.entry("POST /register/imports/new", "A register import"),
            Map.entry("GET /register/imports/{}/problems.csv", "A register import’s problems, as CSV"),
            Map.entry("POST /register/snapshots/{}/withdraw", "Withdrawing a register snapshot"),
            Map.entry("POST /register/names", "Team and worker names"),
            Map.entry("GET /organisation/staff/{}", "A member of staff"),
            Map.entry("POST /organisation/staff/new", "Adding a member of staff"),
            Map.entry("POST /organisation/staff/{}/edit", "Changing a member of staff"),
            Map.entry("POST /organisation/staff/import", "Importing staff"),
            Map.entry("GET /admin/users", "Users"),
            Map.entry("GET /admin/access-log", "The access log"),
            Map.entry("GET /admin/access-log/export.csv", "The access log, as CSV"),
            Map.entry("GET /practice-week/{}/records", "Practice Week visit records"),
            Map.entry("GET /practice-week/{}/visits/{}/record", "A Practice Week visit record"),
            Map.entry("POST /practice-week/{}/visits/{}/record", "A Practice Week visit record"),
            Map.entry("GET /practice-week/{}/family-feedback", "Families’ views of a Practice Week"),
            Map.entry("GET /practice-week/{}/report", "A Practice Week report"),
            Map.entry("POST /f/{}", "The families’ form"),
            Map.entry("GET /actions/all/export.csv", "All actions, as CSV"),
            Map.entry("GET /actions/all/export.xlsx", "All actions, as a spreadsheet"),
            Map.entry("GET /actions/export.csv", "Your actions, as CSV"),
            Map.entry("GET /actions/export.xlsx", "Your actions, as a spreadsheet"),
            Map.entry("GET /actions/team/export.csv", "Team actions, as CSV"),
            Map.entry("GET /actions/team/export.xlsx", "Team actions, as a spreadsheet"),
            Map.entry("GET /actions/{}/evidence/{}", "An action’s evidence file"),
            Map.entry("GET /admin/users/waiting/{}", "A sign-in waiting for an account"),
            Map.entry("GET /admin/users/{}/edit", "Changing a user"),
            Map.entry("GET /api/data/openapi.json", "The data API’s description"),
            Map.entry("GET /api/data/openapi.json.yaml", "The data API’s description"),
            Map.entry("GET /api/data/{}", "The data API"),
            Map.entry("GET /audit/programmes/{}/audits/{}/change", "Changing an audit in a programme"),
            Map.entry("GET /audit/templates/versions/{}", "An audit template"),
            Map.entry("GET /audit/templates/versions/{}/questions/new", "Adding a question to an audit template"),
            Map.entry("GET /complaints/annual-report/{}/{}.pdf", "A complaints annual report, as PDF"),
            Map.entry("GET /complaints/annual-report/{}/{}.xlsx", "A complaints annual report, as a spreadsheet"),
            Map.entry("GET /complaints/{}", "A complaint"),
            Map.entry("GET /exports/{}.csv", "An export for analysts, as CSV"),
            Map.entry("GET /exports/{}.xlsx", "An export for analysts, as a spreadsheet"),
            Map.entry("GET /f/{}", "The families’ form"),
            Map.entry("GET /f/{}/thanks", "The families’ form, sent"),
            Map.entry("GET /governance/committees/{}", "A committee"),
            Map.entry("GET /governance/follow-ups/{}", "A committee follow-up"),
            Map.entry("GET /governance/follow-ups/{}/actions/new", "An action raised from a committee follow-up"),
            Map.entry("GET /governance/items/{}/resolutions/new", "Recording a committee resolution"),
            Map.entry("GET /governance/meetings/{}", "A committee meeting"),
            Map.entry("GET /governance/reports/{}", "A practice assurance report"),
            Map.entry("GET /governance/reports/{}.docx", "A practice assurance report, as Word"),
            Map.entry("GET /governance/reports/{}.pdf", "A practice assurance report, as PDF"),
            Map.entry("GET /governance/reports/{}.xlsx", "A practice assurance report, as a spreadsheet"),
            Map.entry("GET /governance/reports/{}/sections/{}", "A section of a practice assurance report"),
            Map.entry("GET /health-check/{}", "A workforce health check"),
            Map.entry("GET /health-check/{}.pdf", "A workforce health check, as PDF"),
            Map.entry("GET /health-check/{}/actions/new", "An action raised from a workforce health check"),
            Map.entry("GET /learning/findings/{}/edit", "Changing a learning review finding"),
            Map.entry("GET /learning/recommendations/{}/actions/new", "An action raised from a recommendation"),
            Map.entry("GET /learning/reviews/{}", "A learning review"),
            Map.entry("GET /learning/reviews/{}/edit", "Changing a learning review"),
            Map.entry("GET /learning/reviews/{}/findings/new", "Adding a finding to a learning review"),
            Map.entry("GET /learning/reviews/{}/recommendations/import", "Importing a review’s recommendations"),
            Map.entry("GET /learning/synopsis.pdf", "The learning synopsis, as PDF"),
            Map.entry("GET /organisation/services/{}/edit", "Changing a service area"),
            Map.entry("GET /organisation/staff/{}/edit", "Changing a member of staff"),
            Map.entry("GET /organisation/teams/{}/edit", "Changing a team"),
            Map.entry("GET /organisation/visitors/{}", "A Practice Week visitor"),
            Map.entry("GET /organisation/visitors/{}/edit", "Changing a Practice Week visitor"),
            Map.entry("GET /practice-week/{}", "A Practice Week"),
            Map.entry("GET /practice-week/{}/availability", "Visitors’ availability for a Practice Week"),
            Map.entry("GET /practice-week/{}/delete", "Deleting a Practice Week"),
            Map.entry("GET /practice-week/{}/edit", "Changing a Practice Week"),
            Map.entry("GET /practice-week/{}/feedback-qr.png", "The families’ form’s QR code"),
            Map.entry("GET /practice-week/{}/my-visits", "Your Practice Week visits"),
            Map.entry("GET /practice-week/{}/my-visits.ics", "Your Practice Week visits, as a calendar"),
            Map.entry("GET /practice-week/{}/records/suggestions/{}/accept", "Accepting a suggested action"),
            Map.entry("GET /practice-week/{}/report.pdf", "A Practice Week report, as PDF"),
            Map.entry("GET /practice-week/{}/report.xlsx", "A Practice Week report, as a spreadsheet"),
            Map.entry("GET /practice-week/{}/slots", "A Practice Week’s visit slots"),
            Map.entry("GET /practice-week/{}/slots/new", "Adding a visit slot"),
            Map.entry("GET /practice-week/{}/staff-feedback", "Staff feedback on a Practice Week"),
            Map.entry("GET /practice-week/{}/team-feedback", "Teams’ feedback on a Practice Week"),
            Map.entry("GET /practice-week/{}/team-visits", "A team’s Practice Week visits"),
            Map.entry("GET /practice-week/{}/team-visits.ics", "A team’s Practice Week visits, as a calendar"),
            Map.entry("GET /practice-week/{}/timetable", "A Practice Week timetable"),
            Map.entry("GET /practice-week/{}/timetable/place", "Placing a visitor by hand"),
            Map.entry("GET /practice-week/{}/visitors", "A Practice Week’s visitors"),
            Map.entry("GET /register/imports/{}/progress", "A register import’s progress"),
            Map.entry("GET /register/indicators/thresholds/{}", "An indicator’s threshold"),
            Map.entry("GET /register/snapshots/{}", "A register snapshot"),
            Map.entry("GET /register/snapshots/{}/withdraw", "Withdrawing a register snapshot"),
            Map.entry("GET /standards/{}", "A practice standard"),
            Map.entry("GET /standards/{}/edit", "Changing a practice standard"),
            Map.entry("GET /surveys/link/{}", "A staff survey’s single-use link"),
            Map.entry("GET /surveys/question-banks/{}", "A survey question bank"),
            Map.entry("GET /surveys/question-banks/{}/versions/{}", "A version of a survey question bank"),
            Map.entry("GET /surveys/{}", "A staff survey"),
            Map.entry("GET /surveys/{}/answer", "Answering a staff survey"),
            Map.entry("GET /surveys/{}/comments", "A staff survey’s comments"),
            Map.entry("GET /surveys/{}/national", "A staff survey’s national comparison"),
            Map.entry("GET /surveys/{}/results", "A staff survey’s results"),
            Map.entry("GET /surveys/{}/results.csv", "A staff survey’s results, as CSV"),
            Map.entry("GET /training/courses/{}", "A training course"),
            Map.entry("GET /training/courses/{}/edit", "Changing a training course"),
            Map.entry("GET /training/courses/{}/sessions/new", "Adding a training session"),
            Map.entry("GET /training/courses/{}/teams/{}", "A training course’s reach in a team"),
            Map.entry("GET /training/sessions/{}", "A training session"),
            Map.entry("GET /training/sessions/{}/edit", "Changing a training session"),
            Map.entry("GET /workforce/supervision/{}", "A supervision record"),
            Map.entry("POST /actions/{}/evidence", "Adding an evidence file to an action"),
            Map.entry("POST /admin/api-tokens/{}/revoke", "Revoking an API token"),
            Map.entry("POST /admin/users/waiting/{}", "Giving an account to a sign-in"),
            Map.entry("POST /admin/users/{}/edit", "Changing a user"),
            Map.entry("POST /audit/programmes/{}/audits/{}/change/reassign", "Reassigning an audit"),
            Map.entry(
                    "POST /audit/programmes/{}/audits/{}/change/remove", "Removing or replacing a case in a programme"),
            Map.entry("POST /audit/programmes/{}/moderation-draw", "Drawing audits for moderation"),
            Map.entry("POST /audit/templates/versions/{}/publish", "Publishing an audit template"),
            Map.entry("POST /audit/templates/versions/{}/questions/new", "Adding a question to an audit template"),
            Map.entry(
                    "POST /audit/templates/versions/{}/questions/{}/remove",
                    "Removing a question from an audit template"),
            Map.entry("POST /audit/templates/versions/{}/sections", "Adding a section to an audit template"),
            Map.entry("POST /audit/templates/{}/new-version", "A new version of an audit template"),
            Map.entry("POST /complaints/annual-report/{}/{}/publish", "Publishing a complaints annual report"),
            Map.entry("POST /complaints/categories/{}/retire", "Retiring a complaint category"),
            Map.entry("POST /complaints/{}/acknowledge", "Acknowledging a complaint"),
            Map.entry("POST /complaints/{}/escalate", "Escalating a complaint"),
            Map.entry("POST /complaints/{}/extend", "Extending a complaint’s response time"),
            Map.entry("POST /complaints/{}/learning", "A complaint’s learning"),
            Map.entry("POST /complaints/{}/ombudsman", "A complaint taken to the Ombudsman"),
            Map.entry("POST /complaints/{}/ombudsman/complied", "Complying with the Ombudsman"),
            Map.entry("POST /complaints/{}/ombudsman/decision", "The Ombudsman’s decision"),
            Map.entry("POST /complaints/{}/respond", "Responding to a complaint"),
            Map.entry("POST /governance/committees/{}/meetings", "Adding a committee meeting"),
            Map.entry("POST /governance/follow-ups/{}/actions/new", "An action raised from a committee follow-up"),
            Map.entry("POST /governance/follow-ups/{}/answer", "Answering a committee follow-up"),
            Map.entry("POST /governance/items/{}/resolutions/new", "Recording a committee resolution"),
            Map.entry("POST /governance/meetings/{}/items", "Adding an item to a committee meeting"),
            Map.entry("POST /governance/reports/{}/move", "Moving a practice assurance report on"),
            Map.entry("POST /governance/reports/{}/new-version", "A new version of a practice assurance report"),
            Map.entry("POST /governance/reports/{}/sections/{}", "Writing a section of a practice assurance report"),
            Map.entry("POST /health-check/{}/actions/new", "An action raised from a workforce health check"),
            Map.entry("POST /health-check/{}/plan", "A workforce health check’s plan"),
            Map.entry("POST /learning/findings/{}/edit", "Changing a learning review finding"),
            Map.entry("POST /learning/recommendations/{}/actions/new", "An action raised from a recommendation"),
            Map.entry("POST /learning/reviews/{}/cases", "Linking a case to a learning review"),
            Map.entry("POST /learning/reviews/{}/cases/remove", "Unlinking a case from a learning review"),
            Map.entry("POST /learning/reviews/{}/edit", "Changing a learning review"),
            Map.entry("POST /learning/reviews/{}/findings/new", "Adding a finding to a learning review"),
            Map.entry("POST /learning/reviews/{}/recommendations", "Adding recommendations to a learning review"),
            Map.entry("POST /learning/reviews/{}/recommendations/import", "Importing a review’s recommendations"),
            Map.entry("POST /learning/themes/{}/retire", "Retiring a learning theme"),
            Map.entry("POST /organisation/services/{}/edit", "Changing a service area"),
            Map.entry("POST /organisation/staff/{}/deactivate", "Deactivating a member of staff"),
            Map.entry("POST /organisation/staff/{}/reactivate", "Reactivating a member of staff"),
            Map.entry("POST /organisation/teams/{}/deactivate", "Deactivating a team"),
            Map.entry("POST /organisation/teams/{}/edit", "Changing a team"),
            Map.entry("POST /organisation/teams/{}/reactivate", "Reactivating a team"),
            Map.entry("POST /organisation/visitors/{}/deactivate", "Deactivating a Practice Week visitor"),
            Map.entry("POST /organisation/visitors/{}/edit", "Changing a Practice Week visitor"),
            Map.entry("POST /organisation/visitors/{}/reactivate", "Reactivating a Practice Week visitor"),
            Map.entry("POST /practice-week/{}/availability", "Visitors’ availability for a Practice Week"),
            Map.entry("POST /practice-week/{}/delete", "Deleting a Practice Week"),
            Map.entry("POST /practice-week/{}/edit", "Changing a Practice Week"),
            Map.entry("POST /practice-week/{}/family-feedback/{}/quote", "Approving a family’s quote"),
            Map.entry("POST /practice-week/{}/family-feedback/{}/quote-text", "Editing a family’s quote"),
            Map.entry("POST /practice-week/{}/records/suggestions/{}/accept", "Accepting a suggested action"),
            Map.entry("POST /practice-week/{}/records/suggestions/{}/{}", "Deciding on a suggested action"),
            Map.entry("POST /practice-week/{}/slots/new", "Adding a visit slot"),
            Map.entry("POST /practice-week/{}/slots/{}/withdraw", "Withdrawing a visit slot"),
            Map.entry("POST /practice-week/{}/staff-feedback", "Staff feedback on a Practice Week"),
            Map.entry("POST /practice-week/{}/timetable/pin", "Pinning a Practice Week timetable"),
            Map.entry("POST /practice-week/{}/timetable/place", "Placing a visitor by hand"),
            Map.entry("POST /practice-week/{}/timetable/solve", "Building a Practice Week timetable"),
            Map.entry("POST /practice-week/{}/timetable/stop", "Stopping a timetable build"),
            Map.entry("POST /practice-week/{}/visitors", "A Practice Week’s visitors"),
            Map.entry("POST /register/imports/{}/cancel", "Cancelling a register import"),
            Map.entry("POST /register/imports/{}/confirm", "Confirming a register import"),
            Map.entry("POST /register/imports/{}/discard", "Discarding a register import"),
            Map.entry("POST /register/indicators/thresholds/{}", "An indicator’s threshold"),
            Map.entry("POST /standards/{}/edit", "Changing a practice standard"),
            Map.entry("POST /standards/{}/withdraw", "Withdrawing a practice standard"),
            Map.entry("POST /surveys/link/{}", "A staff survey’s single-use link"),
            Map.entry("POST /surveys/question-banks/{}/versions", "A new version of a survey question bank"),
            Map.entry("POST /surveys/question-banks/{}/versions/{}/publish", "Publishing a survey question bank"),
            Map.entry(
                    "POST /surveys/question-banks/{}/versions/{}/questions",
                    "Adding a question to a survey question bank"),
            Map.entry(
                    "POST /surveys/question-banks/{}/versions/{}/questions/{}/remove",
                    "Removing a question from a survey question bank"),
            Map.entry("POST /surveys/{}/answer", "Answering a staff survey"),
            Map.entry("POST /surveys/{}/comments/{}", "Moderating a staff survey comment"),
            Map.entry("POST /surveys/{}/delete", "Deleting a staff survey"),
            Map.entry("POST /surveys/{}/national", "A staff survey’s national comparison"),
            Map.entry("POST /surveys/{}/remind", "Reminding staff about a survey"),
            Map.entry("POST /surveys/{}/send", "Sending a staff survey"),
            Map.entry("POST /training/courses/{}/edit", "Changing a training course"),
            Map.entry("POST /training/courses/{}/sessions/new", "Adding a training session"),
            Map.entry("POST /training/mine/sessions/{}/confidence", "Your confidence after a training session"),
            Map.entry("POST /training/required/{}/remove", "Removing required training"),
            Map.entry("POST /training/sessions/{}/attendance", "Attendance at a training session"),
            Map.entry("POST /training/sessions/{}/attendance/{}/confidence", "Confidence after a training session"),
            Map.entry("POST /training/sessions/{}/attendance/{}/remove", "Removing someone from a training session"),
            Map.entry("POST /training/sessions/{}/edit", "Changing a training session"),
            Map.entry("command line", "The command line"));

    /** The screen's name, or for a screen not named here its address without the method ("Page /standards/{id}"). */
    static String screen(String pattern) {
        if (pattern == null) {
            return "";
        }
        var named = SCREENS.get(pattern.replaceAll("\\{[^}]*}", "{}"));
        if (named != null) {
            return named;
        }
        var space = pattern.indexOf(' ');
        return "Page " + (space < 0 ? pattern : pattern.substring(space + 1));
    }

    /** What was done, in words: "Viewed", "Exported", "Changed", or "Refused" for an entry written on a refusal. */
    static String action(String action) {
        return switch (action) {
            case "VIEWED" -> "Viewed";
            case "EXPORTED" -> "Exported";
            case "CHANGED" -> "Changed";
            case "DENIED" -> "Refused";
            default -> action;
        };
    }

    /** "Service area" for SERVICE_AREA; record types already in words stay as they are. */
    static String recordType(String type) {
        if (type == null || !type.equals(type.toUpperCase(Locale.ROOT))) {
            return type;
        }
        var words = type.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private ScreenNames() {}
}
