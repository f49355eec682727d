package org.praxis.web;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;

/** Test-only page showing every GOV.UK fragment, in its error state where it has one, for tests and axe. */
@Controller
class ComponentGallery {

    record GalleryForm(String name, String notes, String colour, String kind, List<String> choices, DateInput when) {}

    @GetMapping("/test/components")
    @PreAuthorize("isAuthenticated()")
    String gallery(Model model) {
        var form = new GalleryForm(
                "<b>Typed</b>", "Some notes", "green", "two", List.of("a", "c"), new DateInput("31", "2", "2025"));
        var errors = new BeanPropertyBindingResult(form, "form");
        errors.rejectValue("name", "x", "Enter a name");
        errors.rejectValue("notes", "x", "Notes must be 500 characters or fewer");
        errors.rejectValue("colour", "x", "Select a colour");
        errors.rejectValue("kind", "x", "Select a kind");
        errors.rejectValue("choices", "x", "Select at least one choice");
        errors.rejectValue("when", "x", "Date must be a real date");
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        model.addAttribute("problems", Problem.allIn(errors));
        model.addAttribute(
                "options", List.of(new Option("one", "One"), new Option("two", "Two"), new Option("three", "Three")));
        model.addAttribute("colours", List.of(new Option("red", "Red"), new Option("green", "Green")));
        model.addAttribute(
                "choiceOptions",
                List.of(new Option("a", "Choice A"), new Option("b", "Choice B"), new Option("c", "Choice C")));
        model.addAttribute(
                "rows",
                List.of(SummaryRow.of("Name", "Ada"), new SummaryRow("Team", "MASH", "/organisation/teams", "Change")));
        model.addAttribute(
                "tableRows",
                List.of(
                        List.of(Cell.link("Ada", "/organisation/staff"), Cell.number(42), Cell.tag("Active", "green")),
                        List.of(Cell.text("<i>Bea</i>"), Cell.number(7), Cell.tag("Inactive", "grey"))));
        model.addAttribute("page", new PageOf<>(List.of("x"), 5, 10, 200, "/test/components?q=a"));
        return "test/components";
    }
}
