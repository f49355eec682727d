package org.praxis.training;

import java.util.List;
import org.praxis.web.HomeCard;
import org.praxis.web.HomeCards;
import org.springframework.stereotype.Component;

/** Training on the home page, under each role that may open it (the home page drops a card whose page would refuse). */
@Component
class TrainingHomeCards implements HomeCards {

    @Override
    public List<HomeCard> forSignedInPerson() {
        return List.of(
                new HomeCard(
                        "LEARNING_LEAD",
                        "Training needs",
                        "Weak practice and open learning, with the evidence: accept or dismiss each.",
                        "/training/needs"),
                new HomeCard(
                        "LEARNING_LEAD",
                        "Courses and sessions",
                        "Courses, their sessions, trainers, attendance and evaluation.",
                        "/training"),
                new HomeCard(
                        "LEARNING_LEAD",
                        "Import attendance",
                        "Attendance from the learning system, as a CSV file.",
                        "/training/attendance/import"),
                new HomeCard(
                        "LEARNING_LEAD",
                        "Required training",
                        "Training each job role must have, and how often.",
                        "/training/required"),
                new HomeCard(
                        "LEARNING_LEAD", "Practice standards", "What good practice looks like here.", "/standards"),
                new HomeCard(
                        "QA_LEAD",
                        "Training",
                        "Courses on the weakest standards and open learning; who has attended.",
                        "/training"),
                new HomeCard(
                        "LEADER",
                        "Training",
                        "Courses, who has attended, and whether practice changed after.",
                        "/training"),
                new HomeCard(
                        "MANAGER",
                        "Your team's training",
                        "Who still needs a course, and required training overdue.",
                        "/training/team"),
                new HomeCard(
                        "MANAGER",
                        "My training",
                        "The training you need, and the sessions you went to.",
                        "/training/mine"),
                new HomeCard(
                        "PRACTITIONER",
                        "My training",
                        "The training you need, and the sessions you went to.",
                        "/training/mine"));
    }
}
