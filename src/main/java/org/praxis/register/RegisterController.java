package org.praxis.register;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.RecordAccess;
import org.praxis.identity.Role;
import org.praxis.register.snapshots.CaseRegister;
import org.praxis.web.Cell;
import org.praxis.web.FormValues;
import org.praxis.web.ListPage;
import org.praxis.web.NotFound;
import org.praxis.web.Option;
import org.praxis.web.SummaryRow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The case register: cases by service, team, worker and type; a case with its episodes across the lists. */
@Controller
@RequestMapping("/register")
class RegisterController {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    record FilterForm(
            String serviceAreaId, String teamId, String staffId, String type, String status, String reference) {}

    private final CaseRegister register;
    private final List<CaseRecords> caseRecords;

    RegisterController(CaseRegister register, List<CaseRecords> caseRecords) {
        this.register = register;
        this.caseRecords = caseRecords;
    }

    @GetMapping
    @PreAuthorize(Policies.CASE_READERS)
    String list(
            @ModelAttribute("filter") FilterForm filter,
            @RequestParam(name = "page", required = false) Integer page,
            Model model) {
        var user = CurrentUser.require();
        var type = Arrays.stream(CaseType.values())
                .filter(t -> t.name().equals(filter.type()))
                .findFirst()
                .orElse(null);
        var found = register.cases(
                new CaseRegister.Filter(
                        FormValues.id(filter.serviceAreaId()),
                        FormValues.id(filter.teamId()),
                        FormValues.id(filter.staffId()),
                        type,
                        !"all".equals(filter.status()),
                        filter.reference()),
                user,
                ListPage.requested(page));
        model.addAttribute("page", found);
        model.addAttribute(
                "rows",
                found.items().stream()
                        .map(c -> List.of(
                                Cell.link(c.reference(), "/register/cases/" + c.id()),
                                Cell.text(c.type().label()),
                                Cell.text(c.team() == null ? "No team recorded" : c.team()),
                                Cell.text(c.worker() == null ? "Not allocated" : c.worker()),
                                Cell.text(c.ageBand()),
                                c.open() ? Cell.tag("Open", "green") : Cell.tag("Closed", "grey")))
                        .toList());
        model.addAttribute("snapshots", register.latest());
        model.addAttribute("teamScoped", RecordAccess.casesLimitedToOwnTeam(user));
        model.addAttribute("canImport", user.has(Role.ADMIN) || user.has(Role.QA_LEAD));
        model.addAttribute("serviceAreaOptions", register.serviceAreaOptions());
        model.addAttribute("teamOptions", register.teamOptions());
        model.addAttribute("workerOptions", register.workerOptions(user));
        var types = new ArrayList<Option>();
        for (var t : CaseType.values()) {
            types.add(new Option(t.name(), t.label()));
        }
        model.addAttribute("typeOptions", types);
        model.addAttribute(
                "statusOptions", List.of(new Option("", "Open cases"), new Option("all", "Open and closed")));
        return "register/case-list";
    }

    @GetMapping("/cases/{id}")
    @PreAuthorize(Policies.CASE_READERS)
    String view(@PathVariable String id, Model model) {
        var caseId = FormValues.id(id);
        var view = caseId == null
                ? null
                : register.view(caseId, CurrentUser.require()).orElse(null);
        if (view == null) {
            throw new NotFound();
        }
        var d = view.detail();
        model.addAttribute("detail", d);
        model.addAttribute(
                "summary",
                List.of(
                        SummaryRow.of("Case reference", d.reference()),
                        SummaryRow.of("Main involvement", d.type().label() + (d.open() ? " (open)" : " (closed)")),
                        SummaryRow.of("Team", d.team() == null ? "No team recorded" : d.team()),
                        SummaryRow.of("Worker", d.worker() == null ? "Not allocated" : d.worker()),
                        SummaryRow.of("Age band", d.ageBand()),
                        SummaryRow.of("Gender", CodeLists.label(CodeLists.Field.GENDER, d.gender())),
                        SummaryRow.of("Ethnicity", CodeLists.label(CodeLists.Field.ETHNICITY, d.ethnicity())),
                        SummaryRow.of("Disability", CodeLists.label(CodeLists.Field.DISABILITY, d.disability())),
                        SummaryRow.of(
                                "Unaccompanied asylum-seeking child", CodeLists.label(CodeLists.Field.UASC, d.uasc())),
                        SummaryRow.of("Register as at", d.asAt().format(DAY))));
        model.addAttribute("episodes", view.episodes());
        var reader = CurrentUser.require();
        model.addAttribute(
                "records",
                caseRecords.stream()
                        .map(r -> java.util.Map.entry(r.heading(), r.about(d.reference(), reader)))
                        .toList());
        return "register/case-view";
    }

    private static String orNotRecorded(String value) {
        return value == null || value.isBlank() ? "Not recorded" : value;
    }
}
