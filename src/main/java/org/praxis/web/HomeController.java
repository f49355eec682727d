package org.praxis.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.praxis.identity.Policies;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what each of the user's roles can do, as cards. A card is shown only when its page exists and the
 * reader's rules let them open it (the same check as the navigation); modules add cards that depend on their data.
 */
@Controller
class HomeController {

    record Card(String title, String description, String href) {}

    private static final Map<String, String> ROLE_HEADINGS = new LinkedHashMap<>();

    static {
        ROLE_HEADINGS.put("ADMIN", "Administration");
        ROLE_HEADINGS.put("QA_LEAD", "Quality assurance");
        ROLE_HEADINGS.put("LEADER", "Leading and auditing");
        ROLE_HEADINGS.put("MANAGER", "Your team");
        ROLE_HEADINGS.put("PRACTITIONER", "Your practice");
        ROLE_HEADINGS.put("LEARNING_LEAD", "Learning and development");
        ROLE_HEADINGS.put("COMPLAINTS_MANAGER", "Complaints and compliments");
        ROLE_HEADINGS.put("VISITOR", "Practice Week");
        ROLE_HEADINGS.put("COMMITTEE_MEMBER", "Committee papers");
    }

    record Section(String heading, List<Card> cards) {}

    private final LinkCheck links;
    private final List<HomeCards> moduleCards;

    HomeController(LinkCheck links, List<HomeCards> moduleCards) {
        this.links = links;
        this.moduleCards = moduleCards;
    }

    @GetMapping("/")
    @PreAuthorize(Policies.SIGNED_IN)
    String home(Authentication authentication, Model model) {
        var roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(a -> a.replaceFirst("^ROLE_", ""))
                .toList();
        var added = moduleCards.stream()
                .flatMap(source -> source.forSignedInPerson().stream())
                .toList();
        var sections = new ArrayList<Section>();
        ROLE_HEADINGS.forEach((role, heading) -> {
            if (roles.contains(role)) {
                // A module's card is about the reader's own work (a visitor's timetable), so it comes first.
                var cards = new ArrayList<Card>();
                added.stream()
                        .filter(card -> card.role().equals(role))
                        .forEach(card -> cards.add(new Card(card.title(), card.description(), card.href())));
                cards.addAll(cardsFor(role));
                cards.removeIf(card -> !links.mayOpen(card.href(), authentication));
                if (!cards.isEmpty()) {
                    sections.add(new Section(heading, cards));
                }
            }
        });
        model.addAttribute("sections", sections);
        model.addAttribute(
                "displayName",
                authentication.getPrincipal() instanceof SignedInPerson person
                        ? person.displayName()
                        : authentication.getName());
        return "web/home";
    }

    private static List<Card> cardsFor(String role) {
        return switch (role) {
            case "ADMIN" ->
                List.of(
                        new Card("Users", "Give people access, set their roles and team scope.", "/admin/users"),
                        new Card(
                                "Access log", "See who viewed, exported or changed which record.", "/admin/access-log"),
                        new Card("Staff", "Add, edit and import staff; deactivate leavers.", "/organisation/staff"),
                        new Card("Teams", "Directorates, services and teams.", "/organisation/teams"),
                        new Card("Visitors", "Councillors and partner agencies.", "/organisation/visitors"));
            case "QA_LEAD" ->
                List.of(
                        new Card("Staff", "Who works in which team, and how they are employed.", "/organisation/staff"),
                        new Card(
                                "Visitors",
                                "Councillors and partners who take part in Practice Week.",
                                "/organisation/visitors"),
                        new Card(
                                "Case register",
                                "Import the caseload from the Annex A workbook; cases, snapshots and indicators.",
                                "/register/imports"),
                        new Card(
                                "Indicators",
                                "Timeliness and stability, by team, for each snapshot.",
                                "/register/indicators"),
                        new Card(
                                "Audit programmes",
                                "Draw a sample, assign auditors, follow progress; moderation and findings.",
                                "/audit/programmes"),
                        new Card(
                                "Moderation",
                                "Grade blind, agree the final grade, see how auditors agree.",
                                "/audit/moderation"),
                        new Card(
                                "Standards and templates",
                                "The practice standards manual and audit templates.",
                                "/audit/templates"),
                        new Card(
                                "All actions",
                                "Every action, what is overdue and what waits for verification.",
                                "/actions/all"),
                        new Card(
                                "Practice Week",
                                "Set up a week, visit slots, visitors, the timetable, records and the report.",
                                "/practice-week"),
                        new Card(
                                "Learning reviews",
                                "Reviews, what they found and recommended, their actions and the evidence of change.",
                                "/learning/reviews"));
            case "LEADER" ->
                List.of(
                        new Card("Teams", "Directorates, services and teams.", "/organisation/teams"),
                        new Card("Case register", "Cases by service, team, worker and type.", "/register"),
                        new Card("Indicators", "Timeliness and stability, by team.", "/register/indicators"),
                        new Card("Audits assigned to you", "Cases you have been asked to audit.", "/audit"),
                        new Card("Findings", "Audit findings over time, with their uncertainty.", "/audit/findings"),
                        new Card("Your actions", "Actions you own, and when they are due.", "/actions"),
                        new Card(
                                "Practice Week", "Your visits, what you saw, and the week's report.", "/practice-week"),
                        new Card(
                                "Synopsis of learning reviews",
                                "The last reviews' lessons, what has been done, and whether practice has changed.",
                                "/learning/synopsis"),
                        new Card("Messages", "Audits submitted, replies, actions due.", "/notifications"));
            case "MANAGER" ->
                List.of(
                        new Card("Your team's staff", "The people in your team.", "/organisation/staff"),
                        new Card(
                                "Your team's cases",
                                "Cases allocated to your team, from the case register.",
                                "/register"),
                        new Card("Team audits", "Audits of your team's cases.", "/audit?list=team"),
                        new Card("Team actions", "Actions for your team, and what is overdue.", "/actions/team"),
                        new Card("Practice Week", "Offer visit slots and see who visits your team.", "/practice-week"),
                        new Card(
                                "Learning from reviews",
                                "What reviews found, and the learning that concerns your team.",
                                "/learning/reviews"),
                        new Card("Messages", "Audits submitted, replies, actions due.", "/notifications"));
            case "PRACTITIONER" ->
                List.of(
                        new Card("Your team", "The people in your team.", "/organisation/staff"),
                        new Card("Your team's cases", "Cases allocated to your team.", "/register"),
                        new Card(
                                "Audits of your cases",
                                "Read feedback on your practice and reply.",
                                "/audit?list=mine"),
                        new Card("Your actions", "Actions you own.", "/actions"),
                        new Card("Practice Week", "Who visits your team, and what they said.", "/practice-week"),
                        new Card(
                                "Learning from reviews",
                                "What reviews found, and the learning that concerns your team.",
                                "/learning/reviews"),
                        new Card("Messages", "Audits of your cases, replies, actions due.", "/notifications"));
            case "LEARNING_LEAD" ->
                List.of(
                        new Card(
                                "Learning reviews",
                                "What reviews found and recommended: the learning training should answer.",
                                "/learning/reviews"),
                        new Card("Learning themes", "Themes with open learning from reviews.", "/learning/themes"),
                        new Card(
                                "Synopsis of learning reviews",
                                "The last reviews' lessons, what has been done, and whether practice has changed.",
                                "/learning/synopsis"));
            case "VISITOR" ->
                List.of(
                        new Card("Practice Week", "The weeks you are taking part in.", "/practice-week"),
                        new Card("Practice standards", "What good practice looks like here.", "/standards"),
                        new Card("Messages", "What has changed for you.", "/notifications"));
            default -> List.of();
        };
    }
}
