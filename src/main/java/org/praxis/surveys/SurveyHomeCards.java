package org.praxis.surveys;

import java.util.List;
import org.praxis.web.HomeCard;
import org.praxis.web.HomeCards;
import org.springframework.stereotype.Component;

/** Staff surveys on the home page, under each role that may open them. */
@Component
class SurveyHomeCards implements HomeCards {

    @Override
    public List<HomeCard> forSignedInPerson() {
        return List.of(
                new HomeCard(
                        "QA_LEAD",
                        "Staff surveys",
                        "Healthy workplace, engagement and the health check: send, remind, read the results.",
                        "/surveys"),
                new HomeCard("ADMIN", "Staff surveys", "Question banks and the surveys sent from them.", "/surveys"),
                new HomeCard(
                        "LEADER",
                        "Staff surveys",
                        "What staff say about workload, supervision and wellbeing, year on year.",
                        "/surveys"),
                new HomeCard(
                        "MANAGER",
                        "Staff survey results",
                        "What staff say, by team where enough answered.",
                        "/surveys"),
                new HomeCard("MANAGER", "Your surveys", "Surveys for you to answer, anonymously.", "/surveys/mine"),
                new HomeCard(
                        "PRACTITIONER", "Your surveys", "Surveys for you to answer, anonymously.", "/surveys/mine"));
    }
}
