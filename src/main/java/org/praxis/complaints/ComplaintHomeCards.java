package org.praxis.complaints;

import java.util.List;
import org.praxis.web.HomeCard;
import org.praxis.web.HomeCards;
import org.springframework.stereotype.Component;

/** Complaints on the home page, under each role that may open the page (the home page drops a card that would refuse). */
@Component
class ComplaintHomeCards implements HomeCards {

    @Override
    public List<HomeCard> forSignedInPerson() {
        return List.of(
                new HomeCard(
                        "COMPLAINTS_MANAGER",
                        "Complaints and compliments",
                        "Record them, follow each stage’s clock, Ombudsman referrals and learning.",
                        "/complaints"),
                new HomeCard(
                        "COMPLAINTS_MANAGER",
                        "Complaints trends",
                        "Complaints per 1,000 open cases, categories and timeliness, quarter by quarter.",
                        "/complaints/trends"),
                new HomeCard(
                        "COMPLAINTS_MANAGER",
                        "Annual complaints reports",
                        "The statutory reports for children’s and adults’ social care.",
                        "/complaints/annual-report"),
                new HomeCard(
                        "QA_LEAD",
                        "Complaints trends",
                        "Complaints per 1,000 open cases, their categories and learning.",
                        "/complaints/trends"),
                new HomeCard(
                        "QA_LEAD",
                        "Complaint categories",
                        "The council’s list of complaint categories, which the trends count by.",
                        "/complaints/categories"),
                new HomeCard(
                        "ADMIN",
                        "Complaint categories",
                        "The council’s list of complaint categories, which the trends count by.",
                        "/complaints/categories"),
                new HomeCard(
                        "LEADER",
                        "Complaints trends",
                        "Complaints per 1,000 open cases, their categories, timeliness and the annual reports.",
                        "/complaints/trends"),
                new HomeCard(
                        "MANAGER",
                        "Your team’s complaints and compliments",
                        "Complaints and compliments about your team, and their clocks.",
                        "/complaints"),
                new HomeCard(
                        "PRACTITIONER", "Compliments about you", "What people have said to thank you.", "/complaints"));
    }
}
