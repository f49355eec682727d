package org.praxis.workforce;

import java.util.List;
import org.praxis.web.HomeCard;
import org.praxis.web.HomeCards;
import org.springframework.stereotype.Component;

/** Workforce health on the home page, under each role that may open it (the home page drops a card that would refuse). */
@Component
class WorkforceHomeCards implements HomeCards {

    @Override
    public List<HomeCard> forSignedInPerson() {
        return List.of(
                new HomeCard(
                        "QA_LEAD",
                        "Supervision",
                        "Supervision against the policy, team by team; record or import sessions.",
                        "/workforce/supervision"),
                new HomeCard(
                        "QA_LEAD",
                        "Workforce",
                        "Headcount, vacancies, agency and bank staff, sickness, turnover and apprentices.",
                        "/workforce/picture"),
                new HomeCard(
                        "QA_LEAD",
                        "Caseloads",
                        "Open cases by team, and the workers over their threshold.",
                        "/workforce/caseloads"),
                new HomeCard(
                        "LEADER",
                        "Workforce",
                        "Supervision compliance, vacancies, agency and bank staff, sickness and turnover.",
                        "/workforce/picture"),
                new HomeCard(
                        "MANAGER",
                        "Your team's supervision",
                        "Who is due or overdue for one-to-one supervision; record a session.",
                        "/workforce/supervision"),
                new HomeCard(
                        "MANAGER",
                        "Your team's caseloads",
                        "Each worker's open cases against their threshold.",
                        "/workforce/caseloads"),
                new HomeCard(
                        "PRACTITIONER",
                        "Your supervision",
                        "Your supervision sessions, and when the next is due.",
                        "/workforce/supervision/mine"));
    }
}
