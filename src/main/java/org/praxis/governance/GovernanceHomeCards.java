package org.praxis.governance;

import java.util.List;
import org.praxis.web.HomeCard;
import org.praxis.web.HomeCards;
import org.springframework.stereotype.Component;

/** Governance on the home page: the director's page and the reports for leaders, all a committee member may read. */
@Component
class GovernanceHomeCards implements HomeCards {

    @Override
    public List<HomeCard> forSignedInPerson() {
        return List.of(
                new HomeCard(
                        "QA_LEAD",
                        "Practice assurance reports",
                        "The quarterly report for scrutiny and leadership papers: write its narrative and publish it.",
                        "/governance/reports"),
                new HomeCard(
                        "QA_LEAD",
                        "What committees asked for",
                        "Committees’ follow-ups, their owners, what is due at the next meetings and what is overdue.",
                        "/governance/follow-ups"),
                new HomeCard(
                        "LEADER",
                        "Practice at a glance",
                        "The headline figures of the last quarter on one page, each with its trend and detail.",
                        "/governance/director"),
                new HomeCard(
                        "LEADER",
                        "Practice assurance reports",
                        "The quarterly reports: review and approve the draft, read the published ones.",
                        "/governance/reports"),
                new HomeCard(
                        "COMMITTEE_MEMBER",
                        "Practice assurance reports",
                        "The published quarterly reports on social care practice, with their figures and tables.",
                        "/governance/reports"),
                new HomeCard(
                        "COMMITTEE_MEMBER",
                        "What committees asked for",
                        "What your committee asked for, who owns it, when it is due and how it was answered.",
                        "/governance/follow-ups"));
    }
}
