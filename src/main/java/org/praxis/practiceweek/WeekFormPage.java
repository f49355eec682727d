package org.praxis.practiceweek;

import java.util.List;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.web.Option;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The week's form, for setting a week up and for changing it: the service areas and teams to choose from. */
@Component
class WeekFormPage {

    private final PracticeWeeks weeks;
    private final OrganisationDirectory organisation;

    WeekFormPage(PracticeWeeks weeks, OrganisationDirectory organisation) {
        this.weeks = weeks;
        this.organisation = organisation;
    }

    String show(Model model) {
        model.addAttribute("serviceAreaOptions", weeks.allServiceAreas());
        model.addAttribute(
                "teamOptions",
                organisation.activeTeams().stream()
                        .map(t -> new Option(String.valueOf(t.id()), t.name()))
                        .toList());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        return "practiceweek/week-form";
    }
}
