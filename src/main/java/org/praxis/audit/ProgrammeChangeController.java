package org.praxis.audit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.StaffAccounts;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.web.FormValues;
import org.praxis.web.NotFound;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One audit of a programme after the draw: give it to another auditor, or take its case out (and replace it). */
@Controller
@RequestMapping("/audit/programmes/{programmeId}/audits/{auditId}/change")
class ProgrammeChangeController {

    record ReassignForm(
            @NotBlank(message = "Choose the auditor to give this audit to")
            String auditor,

            @Size(max = 1000, message = "The reason must be 1,000 characters or fewer")
            String reassignReason) {}

    enum Outcome {
        REPLACE,
        REMOVE
    }

    record RemoveForm(
            @NotBlank(message = "Choose whether to replace the case or only remove it")
            @OneOf(value = Outcome.class, message = "Choose whether to replace the case or only remove it")
            String outcome,

            @NotBlank(message = "Enter why the case is taken out of the sample")
            @Size(max = 1000, message = "The reason must be 1,000 characters or fewer")
            String removeReason) {}

    private final ProgrammeChanges changes;
    private final AuditProgrammes programmes;
    private final StaffAccounts accounts;
    private final OrganisationDirectory organisation;

    ProgrammeChangeController(
            ProgrammeChanges changes,
            AuditProgrammes programmes,
            StaffAccounts accounts,
            OrganisationDirectory organisation) {
        this.changes = changes;
        this.programmes = programmes;
        this.accounts = accounts;
        this.organisation = organisation;
    }

    /** How the programme page describes a change, people by name. */
    static String describe(ProgrammeChanges.Change c) {
        return switch (c.kind()) {
            case "REASSIGNED" -> "Given to " + c.to() + (c.from() == null ? "" : " (was " + c.from() + ")");
            case "REMOVED" -> "Removed from the sample";
            case "REPLACED" ->
                "Replaced by case " + c.replacementReference() + ", drawn from the same group with seed " + c.seed()
                        + ", for " + c.to();
            default -> c.kind();
        };
    }

    @GetMapping
    @PreAuthorize(Policies.QA_LEADS)
    String page(@PathVariable long programmeId, @PathVariable long auditId, Model model) {
        model.addAttribute("reassignForm", new ReassignForm("", ""));
        model.addAttribute("removeForm", new RemoveForm("", ""));
        return page(programmeId, auditId, model, List.of());
    }

    @PostMapping("/reassign")
    @PreAuthorize(Policies.QA_LEADS)
    String reassign(
            @PathVariable long programmeId,
            @PathVariable long auditId,
            @Valid @ModelAttribute("reassignForm") ReassignForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var audit = audit(programmeId, auditId);
        var to = FormValues.id(form.auditor());
        if (!result.hasErrors()) {
            try {
                changes.reassign(
                        audit.id(), to == null ? -1 : to, blankToNull(form.reassignReason()), CurrentUser.require());
                redirect.addFlashAttribute(
                        "saved",
                        "Audit of case " + audit.reference() + " given to "
                                + accounts.byIds(List.of(to)).get(to).name());
                return "redirect:/audit/programmes/" + programmeId;
            } catch (Refused e) {
                e.addTo(result);
            }
        }
        model.addAttribute("removeForm", new RemoveForm("", ""));
        return page(programmeId, auditId, model, Problem.allIn(result, ReassignForm.class));
    }

    @PostMapping("/remove")
    @PreAuthorize(Policies.QA_LEADS)
    String remove(
            @PathVariable long programmeId,
            @PathVariable long auditId,
            @Valid @ModelAttribute("removeForm") RemoveForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var audit = audit(programmeId, auditId);
        if (!result.hasErrors()) {
            try {
                var user = CurrentUser.require();
                if (FormValues.parse(Outcome.class, form.outcome()) == Outcome.REPLACE) {
                    changes.replace(audit.id(), form.removeReason().strip(), user);
                    redirect.addFlashAttribute(
                            "saved", "Case " + audit.reference() + " replaced by a case drawn from the same group");
                } else {
                    changes.remove(audit.id(), form.removeReason().strip(), user);
                    redirect.addFlashAttribute("saved", "Case " + audit.reference() + " removed from the sample");
                }
                return "redirect:/audit/programmes/" + programmeId;
            } catch (Refused e) {
                e.addTo(result);
            }
        }
        model.addAttribute("reassignForm", new ReassignForm("", ""));
        return page(programmeId, auditId, model, Problem.allIn(result, RemoveForm.class));
    }

    private ProgrammeChanges.AuditInProgramme audit(long programmeId, long auditId) {
        return changes.audit(programmeId, auditId).orElseThrow(NotFound::new);
    }

    private String page(long programmeId, long auditId, Model model, List<Problem> problems) {
        var audit = audit(programmeId, auditId);
        var programme = programmes.programme(programmeId).orElseThrow(NotFound::new);
        var current = audit.auditorUserId() == null
                ? null
                : accounts.byIds(List.of(audit.auditorUserId())).get(audit.auditorUserId());
        model.addAttribute("programme", programme);
        model.addAttribute("audit", audit);
        model.addAttribute("problems", problems);
        model.addAttribute(
                "summary",
                List.of(
                        SummaryRow.of("Case", audit.reference()),
                        SummaryRow.of("Team", audit.teamName() == null ? Findings.NO_TEAM : audit.teamName()),
                        SummaryRow.of("Group in the sample", audit.stratum()),
                        SummaryRow.of("Auditor", current == null ? "No auditor" : current.name()),
                        SummaryRow.of(
                                "Status",
                                switch (audit.status()) {
                                    case "IN_PROGRESS" -> "In progress";
                                    case "ASSIGNED" -> "Not started";
                                    case "REMOVED" -> "Removed from the sample";
                                    default -> "Submitted: it can no longer be changed";
                                })));
        model.addAttribute(
                "changeable",
                audit.status().equals("ASSIGNED") || audit.status().equals("IN_PROGRESS"));
        var teamNames = new HashMap<Long, String>();
        organisation.activeTeams().forEach(t -> teamNames.put(t.id(), t.name()));
        var workloads = changes.workloads();
        var c = new AuditorAssignment.Case(0, audit.teamId(), audit.workerStaffId());
        var eligible = accounts.auditors(AuditPages.AUDITOR_ROLES);
        var wider = accounts.widerTeams(
                eligible.stream().map(StaffAccounts.StaffAccount::userId).toList());
        model.addAttribute(
                "auditorOptions",
                eligible.stream()
                        .filter(a -> audit.auditorUserId() == null || a.userId() != audit.auditorUserId())
                        .filter(a -> AuditorAssignment.mayAudit(
                                new AuditorAssignment.Auditor(
                                        a.userId(),
                                        a.teamId(),
                                        a.staffId(),
                                        1,
                                        wider.getOrDefault(a.userId(), java.util.Set.of())),
                                c))
                        .map(a -> {
                            var load = changes.workload(workloads, a.userId());
                            return new Option(
                                    String.valueOf(a.userId()),
                                    a.name() + ", "
                                            + (a.teamId() == null ? "no team" : teamNames.getOrDefault(a.teamId(), ""))
                                            + ": " + load.outstanding()
                                            + (load.outstanding() == 1 ? " audit" : " audits") + " not yet submitted"
                                            + (load.outstanding() + 1 > load.limit()
                                                    ? " (over the limit of " + load.limit() + " with this one)"
                                                    : ""));
                        })
                        .toList());
        model.addAttribute(
                "outcomeOptions",
                List.of(
                        new Option(
                                Outcome.REPLACE.name(), "Replace it with a case drawn at random from the same group"),
                        new Option(Outcome.REMOVE.name(), "Remove it without a replacement")));
        return "audit/audit-change";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
