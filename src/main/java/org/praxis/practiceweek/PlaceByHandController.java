package org.praxis.practiceweek;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.praxis.identity.Policies;
import org.praxis.web.FormValues;
import org.praxis.web.NotFound;
import org.praxis.web.Problem;
import org.praxis.web.Refused;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Placing a visitor on one place by hand, from the timetable: the hard rules are checked against everyone else's
 * places, then the visitor is pinned there so that building the timetable again keeps them.
 */
@Controller
@RequestMapping("/practice-week/{weekId}/timetable/place")
class PlaceByHandController {

    private final PracticeWeeks weeks;
    private final TimetablePlacing placing;
    private final Clock clock;

    PlaceByHandController(PracticeWeeks weeks, TimetablePlacing placing, Clock clock) {
        this.weeks = weeks;
        this.placing = placing;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(Policies.QA_LEADS)
    String form(
            @PathVariable long weekId,
            @RequestParam(name = "slot", required = false) String slot,
            @RequestParam(name = "place", required = false) String place,
            Model model) {
        return page(model, weekId, slot, place, "", List.of());
    }

    @PostMapping
    @PreAuthorize(Policies.QA_LEADS)
    String place(
            @PathVariable long weekId,
            @RequestParam(name = "slot", required = false) String slot,
            @RequestParam(name = "place", required = false) String place,
            @RequestParam(name = "visitor", defaultValue = "") String visitor,
            Model model,
            RedirectAttributes redirect) {
        var week = weeks.found(weekId);
        refuseWhenOver(week);
        var slotId = FormValues.id(slot);
        var placeIndex = FormValues.number(place);
        if (slotId == null || placeIndex == null) {
            throw new NotFound();
        }
        var visitorId = FormValues.id(visitor);
        try {
            if (visitorId == null) {
                throw new Refused("visitor", "Choose a visitor");
            }
            var name = placing.placeByHand(weekId, slotId, placeIndex, visitorId);
            redirect.addFlashAttribute("saved", name + " placed and pinned: building the timetable again keeps them");
            return "redirect:/practice-week/" + weekId + "/timetable";
        } catch (Refused e) {
            return page(model, weekId, slot, place, visitor, e.problems());
        }
    }

    private String page(Model model, long weekId, String slot, String place, String chosen, List<Problem> problems) {
        var week = weeks.found(weekId);
        refuseWhenOver(week);
        var slotId = FormValues.id(slot);
        var placeIndex = FormValues.number(place);
        if (slotId == null || placeIndex == null) {
            throw new NotFound();
        }
        var choice = placing.placeChoice(weekId, slotId, placeIndex).orElseThrow(() -> new NotFound());
        model.addAttribute("week", week);
        model.addAttribute("choice", choice);
        model.addAttribute("chosen", chosen);
        model.addAttribute("problems", problems);
        return "practiceweek/place-by-hand";
    }

    private void refuseWhenOver(PracticeWeeks.Week week) {
        if (week.over(LocalDate.now(clock))) {
            throw new Refused("This Practice Week is over: its timetable is kept as it was and cannot change");
        }
    }
}
