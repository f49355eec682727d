package org.praxis.practiceweek;

import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Role;
import org.praxis.web.HomeCard;
import org.praxis.web.HomeCards;
import org.springframework.stereotype.Component;

/** A visitor's home page leads straight to their timetable for the newest week they visit in, where they record visits. */
@Component
class PracticeWeekHomeCards implements HomeCards {

    private final WeekVisitors visitors;
    private final PracticeWeeks weeks;

    PracticeWeekHomeCards(WeekVisitors visitors, PracticeWeeks weeks) {
        this.visitors = visitors;
        this.weeks = weeks;
    }

    @Override
    public List<HomeCard> forSignedInPerson() {
        var user = CurrentUser.get();
        if (user.isEmpty() || !(user.get().has(Role.VISITOR) || user.get().has(Role.LEADER))) {
            return List.of();
        }
        return visitors.weeksOf(user.get().userId()).stream()
                .findFirst()
                .flatMap(weeks::week)
                .map(week -> List.of(
                        new HomeCard(
                                "VISITOR",
                                "Your timetable: " + week.name(),
                                "Where and when your visits are; record each visit afterwards.",
                                "/practice-week/" + week.id() + "/my-visits"),
                        new HomeCard(
                                "LEADER",
                                "Your Practice Week visits: " + week.name(),
                                "Where and when your visits are; record each visit afterwards.",
                                "/practice-week/" + week.id() + "/my-visits")))
                .orElse(List.of());
    }
}
