package org.praxis.web;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
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
        // A form whose fields are known only at run time (the audit form's questions) binds a map.
        var answers = new java.util.LinkedHashMap<String, Object>();
        answers.put("q1", "NOT_APPLICABLE");
        answers.put("q2", new DateInput("30", "", "2026"));
        answers.put("q3", "three");
        var answerErrors = new MapBindingResult(answers, "answers");
        answerErrors.rejectValue("q3", "x", "The answer to question 3 must be a number, like 3");
        answerErrors.rejectValue("q2", "x", "The answer to question 2 must include a day, month and year");
        model.addAttribute("answers", answers);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "answers", answerErrors);
        model.addAttribute(
                "problems",
                java.util.stream.Stream.concat(
                                Problem.allIn(errors).stream(),
                                Problem.allIn(answerErrors, List.copyOf(answers.keySet())).stream())
                        .toList());
        model.addAttribute(
                "grades",
                List.of(
                        new Option("GOOD", "Good"),
                        new Option("POOR", "Poor"),
                        new Option("NOT_APPLICABLE", "Not applicable")));
        model.addAttribute(
                "options", List.of(new Option("one", "One"), new Option("two", "Two"), new Option("three", "Three")));
        model.addAttribute("colours", List.of(new Option("red", "Red"), new Option("green", "Green")));
        model.addAttribute(
                "choiceOptions",
                List.of(new Option("a", "Choice A"), new Option("b", "Choice B"), new Option("c", "Choice C")));
        model.addAttribute(
                "rows",
                java.util.Arrays.asList(
                        SummaryRow.of("Name", "Ada"),
                        SummaryRow.of("Team", "MASH").withAction("Change", "/organisation/teams"),
                        SummaryRow.given("Left out", " "),
                        SummaryRow.of("Notes", "First line\nSecond line"),
                        SummaryRow.link("Source", "Audit of case 1001", "/audit"),
                        SummaryRow.lines("Episodes", List.of("Referral", "Assessment")),
                        SummaryRow.cells(
                                        "Standards",
                                        List.of(Cell.link("CS1", "/standards/1"), Cell.tag("Retired", "grey")))
                                .withKeyLink("/standards")));
        model.addAttribute(
                "tableRows",
                List.of(
                        List.of(Cell.link("Ada", "/organisation/staff"), Cell.number(42), Cell.tag("Active", "green")),
                        List.of(Cell.text("<i>Bea</i>"), Cell.number(7), Cell.tag("Inactive", "grey"))));
        model.addAttribute("page", new PageOf<>(List.of("x"), 5, 10, 200, "/test/components?q=a"));
        return "test/components";
    }
}
