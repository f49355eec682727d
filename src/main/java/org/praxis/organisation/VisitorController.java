package org.praxis.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Arrays;
import java.util.List;
import org.praxis.identity.Policies;
import org.praxis.web.Cell;
import org.praxis.web.FormValues;
import org.praxis.web.ListPage;
import org.praxis.web.OneOf;
import org.praxis.web.Option;
import org.praxis.web.Problem;
import org.praxis.web.Refused;
import org.praxis.web.SummaryRow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Visitors are managed by administrators and quality assurance leads, who run Practice Week. */
@Controller
@RequestMapping("/organisation/visitors")
class VisitorController {

    record FilterForm(String name, String kind, String status) {}

    /** The add and change visitor form, its fields in the page's order. */
    record VisitorForm(
            @Name("their full name") String fullName,
            @Name("their organisation") String organisation,

            @OneOf(value = VisitorKind.class, message = "Select the kind of visitor")
            String kind,

            @EmailAddress(required = false) String email,

            @NotNull(message = "Select whether they are cleared to see identifiable case information")
            @Pattern(
                    regexp = "yes|no",
                    message = "Select whether they are cleared to see identifiable case information")
            String cleared,

            Integer version) {

        static VisitorForm of(Visitor v) {
            return new VisitorForm(
                    v.fullName(),
                    v.organisation(),
                    v.kind().name(),
                    v.email(),
                    v.clearedForCaseData() ? "yes" : "no",
                    v.version());
        }

        VisitorRecords.VisitorDetails details() {
            return new VisitorRecords.VisitorDetails(
                    Rules.tidy(fullName),
                    Rules.tidy(organisation),
                    FormValues.parse(VisitorKind.class, kind),
                    Rules.tidy(email).isEmpty() ? null : Rules.normaliseEmail(email),
                    "yes".equals(cleared));
        }
    }

    private final VisitorRecords visitors;

    VisitorController(VisitorRecords visitors) {
        this.visitors = visitors;
    }

    @GetMapping
    @PreAuthorize(Policies.VISITOR_MANAGERS)
    String list(
            @ModelAttribute("filter") FilterForm filter,
            @RequestParam(name = "page", required = false) Integer page,
            Model model) {
        var found = visitors.list(
                new VisitorRecords.Filter(
                        filter.name(),
                        Arrays.stream(VisitorKind.values())
                                .filter(k -> k.name().equals(filter.kind()))
                                .findFirst()
                                .orElse(null),
                        "all".equals(filter.status())),
                ListPage.requested(page));
        model.addAttribute("page", found);
        model.addAttribute(
                "rows",
                found.items().stream()
                        .map(v -> List.of(
                                Cell.link(v.fullName(), "/organisation/visitors/" + v.id()),
                                Cell.text(v.organisation()),
                                Cell.text(v.kind().label()),
                                v.clearedForCaseData()
                                        ? Cell.tag("Cleared", "turquoise")
                                        : Cell.tag("Not cleared", "grey"),
                                v.active() ? Cell.tag("Active", "green") : Cell.tag("Inactive", "grey")))
                        .toList());
        model.addAttribute("kindOptions", kindOptions());
        model.addAttribute(
                "statusOptions", List.of(new Option("", "Active visitors"), new Option("all", "Active and inactive")));
        return "organisation/visitor-list";
    }

    @GetMapping("/{id}")
    @PreAuthorize(Policies.VISITOR_MANAGERS)
    String view(@PathVariable long id, Model model) {
        var v = visitors.view(id);
        model.addAttribute("visitor", v);
        model.addAttribute(
                "rows",
                List.of(
                        SummaryRow.of("Organisation", v.organisation()),
                        SummaryRow.of("Kind of visitor", v.kind().label()),
                        SummaryRow.of("Email", v.email()),
                        SummaryRow.of(
                                "Identifiable case information",
                                v.clearedForCaseData()
                                        ? "Cleared to see it"
                                        : "Not cleared: sees no identifiable case information"),
                        SummaryRow.of("Status", v.active() ? "Active" : "Inactive")));
        return "organisation/visitor-view";
    }

    @GetMapping("/new")
    @PreAuthorize(Policies.VISITOR_MANAGERS)
    String addForm(Model model) {
        model.addAttribute("form", new VisitorForm("", "", "", "", "", null));
        return form(model, null);
    }

    @PostMapping("/new")
    @PreAuthorize(Policies.VISITOR_MANAGERS)
    String add(
            @Valid @ModelAttribute("form") VisitorForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            var id = visitors.add(form.details());
            redirect.addFlashAttribute("saved", "Visitor added");
            return "redirect:/organisation/visitors/" + id;
        }
        model.addAttribute("problems", Problem.allIn(result, VisitorForm.class));
        return form(model, null);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Policies.VISITOR_MANAGERS)
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", VisitorForm.of(visitors.view(id)));
        return form(model, id);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(Policies.VISITOR_MANAGERS)
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") VisitorForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors() && form.version() != null) {
            try {
                visitors.update(id, form.version(), form.details());
                redirect.addFlashAttribute("saved", "Changes saved");
                return "redirect:/organisation/visitors/" + id;
            } catch (Refused e) { // someone else saved first: the form again, as typed
                e.addTo(result);
            }
        }
        model.addAttribute("problems", Problem.allIn(result, VisitorForm.class));
        return form(model, id);
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize(Policies.VISITOR_MANAGERS)
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        visitors.setActive(id, false);
        redirect.addFlashAttribute("saved", "Visitor deactivated");
        return "redirect:/organisation/visitors/" + id;
    }

    @PostMapping("/{id}/reactivate")
    @PreAuthorize(Policies.VISITOR_MANAGERS)
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        visitors.setActive(id, true);
        redirect.addFlashAttribute("saved", "Visitor reactivated");
        return "redirect:/organisation/visitors/" + id;
    }

    private String form(Model model, Long id) {
        model.addAttribute("visitorId", id);
        model.addAttribute("kindOptions", kindOptions());
        model.addAttribute("clearedOptions", List.of(new Option("yes", "Yes"), new Option("no", "No")));
        return "organisation/visitor-form";
    }

    private static List<Option> kindOptions() {
        return Arrays.stream(VisitorKind.values())
                .map(k -> new Option(k.name(), k.label()))
                .toList();
    }
}
