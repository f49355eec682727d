package org.praxis.organisation;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.Role;
import org.praxis.web.Cell;
import org.praxis.web.FormValues;
import org.praxis.web.OneOf;
import org.praxis.web.Option;
import org.praxis.web.Problem;
import org.praxis.web.Refused;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Directorates and services: everyone on staff can see the structure; administrators change it. */
@Controller
@RequestMapping("/organisation")
class ServiceAreaController {

    /** The add and change service form, in the page's order; the directorate is checked by the controller. */
    record ServiceAreaForm(@Name("the service's name") String name, String directorateId) {}

    record DirectorateForm(
            @Name("the directorate's name") String name,

            @OneOf(value = DirectorateKind.class, message = "Select whether it is children's or adult social care")
            String kind) {}

    private final ServiceAreaRecords records;

    ServiceAreaController(ServiceAreaRecords records) {
        this.records = records;
    }

    @GetMapping("/services")
    @PreAuthorize(Policies.STAFF)
    String list(Model model) {
        boolean admin = CurrentUser.require().has(Role.ADMIN);
        model.addAttribute("canChange", admin);
        model.addAttribute(
                "rows",
                records.serviceAreas().stream()
                        .map(a -> List.of(
                                admin
                                        ? Cell.link(a.name(), "/organisation/services/" + a.id() + "/edit")
                                        : Cell.text(a.name()),
                                Cell.text(a.directorate()),
                                Cell.link(
                                        String.valueOf(a.openTeams()), "/organisation/teams?serviceAreaId=" + a.id())))
                        .toList());
        return "organisation/service-list";
    }

    @GetMapping("/services/new")
    @PreAuthorize(Policies.ADMINISTRATORS)
    String addForm(Model model) {
        model.addAttribute("form", new ServiceAreaForm("", ""));
        return serviceForm(model, null);
    }

    @PostMapping("/services/new")
    @PreAuthorize(Policies.ADMINISTRATORS)
    String add(
            @Valid @ModelAttribute("form") ServiceAreaForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var directorate = checkDirectorate(form, result);
        if (!result.hasErrors()) {
            try {
                records.addServiceArea(directorate, Rules.tidy(form.name()));
                redirect.addFlashAttribute("saved", "Service added");
                return "redirect:/organisation/services";
            } catch (Refused e) {
                e.addTo(result);
            }
        }
        model.addAttribute("problems", Problem.allIn(result, ServiceAreaForm.class));
        return serviceForm(model, null);
    }

    @GetMapping("/services/{id}/edit")
    @PreAuthorize(Policies.ADMINISTRATORS)
    String editForm(@PathVariable long id, Model model) {
        var area = records.serviceArea(id);
        model.addAttribute("form", new ServiceAreaForm(area.name(), String.valueOf(area.directorateId())));
        return serviceForm(model, id);
    }

    @PostMapping("/services/{id}/edit")
    @PreAuthorize(Policies.ADMINISTRATORS)
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ServiceAreaForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        records.serviceArea(id);
        var directorate = checkDirectorate(form, result);
        if (!result.hasErrors()) {
            try {
                records.changeServiceArea(id, directorate, Rules.tidy(form.name()));
                redirect.addFlashAttribute("saved", "Service changed");
                return "redirect:/organisation/services";
            } catch (Refused e) {
                e.addTo(result);
            }
        }
        model.addAttribute("problems", Problem.allIn(result, ServiceAreaForm.class));
        return serviceForm(model, id);
    }

    @GetMapping("/directorates/new")
    @PreAuthorize(Policies.ADMINISTRATORS)
    String addDirectorateForm(Model model) {
        model.addAttribute("form", new DirectorateForm("", ""));
        model.addAttribute("kindOptions", kindOptions());
        return "organisation/directorate-form";
    }

    @PostMapping("/directorates/new")
    @PreAuthorize(Policies.ADMINISTRATORS)
    String addDirectorate(
            @Valid @ModelAttribute("form") DirectorateForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                records.addDirectorate(Rules.tidy(form.name()), FormValues.parse(DirectorateKind.class, form.kind()));
                redirect.addFlashAttribute("saved", "Directorate added");
                return "redirect:/organisation/services";
            } catch (Refused e) {
                e.addTo(result);
            }
        }
        model.addAttribute("problems", Problem.allIn(result, DirectorateForm.class));
        model.addAttribute("kindOptions", kindOptions());
        return "organisation/directorate-form";
    }

    /** The service's directorate must be one of those the page offers. */
    private Long checkDirectorate(ServiceAreaForm form, BindingResult result) {
        var directorate = FormValues.id(form.directorateId());
        if (directorate == null || records.directorates().stream().noneMatch(d -> d.id() == directorate)) {
            result.rejectValue("directorateId", "directorate", "Select the directorate");
        }
        return directorate;
    }

    private String serviceForm(Model model, Long id) {
        model.addAttribute("serviceAreaId", id);
        model.addAttribute(
                "directorateOptions",
                records.directorates().stream()
                        .map(d -> new Option(String.valueOf(d.id()), d.name()))
                        .toList());
        return "organisation/service-form";
    }

    private static List<Option> kindOptions() {
        return Arrays.stream(DirectorateKind.values())
                .map(k -> new Option(k.name(), k.label()))
                .toList();
    }
}
