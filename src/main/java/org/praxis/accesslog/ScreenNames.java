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
