package org.praxis.register;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.RecordAccess;
import org.praxis.register.imports.RegisterImport;
import org.praxis.register.snapshots.CaseRegister;
import org.praxis.register.snapshots.SnapshotChanges;
import org.praxis.register.snapshots.SnapshotWithdrawal;
import org.praxis.web.Cell;
import org.praxis.web.FormValues;
import org.praxis.web.ListPage;
import org.praxis.web.NotFound;
import org.praxis.web.Problem;
import org.praxis.web.ReturnTo;
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

/**
 * Every snapshot, what changed from the one before (cases new, closed, and moved to another team), and withdrawing
 * a snapshot imported by mistake.
 */
@Controller
@RequestMapping("/register/snapshots")
class SnapshotController {

    /** Why the QA lead withdraws a snapshot: kept with it, for whoever wonders later. */
    record WithdrawForm(
            @NotBlank(message = "Enter why you are withdrawing this snapshot")
            @Size(max = 1000, message = "The reason must be 1,000 characters or fewer")
            String reason) {}

    private final CaseRegister register;
    private final SnapshotChanges changes;
    private final SnapshotWithdrawal withdrawal;

    private final org.praxis.identity.StaffAccounts staffAccounts;

    SnapshotController(
            CaseRegister register,
            SnapshotChanges changes,
            SnapshotWithdrawal withdrawal,
            org.praxis.identity.StaffAccounts staffAccounts) {
        this.staffAccounts = staffAccounts;
        this.register = register;
        this.changes = changes;
        this.withdrawal = withdrawal;
    }

    @GetMapping
    @PreAuthorize(Policies.COUNCIL_WIDE)
    String list(@RequestParam(name = "page", required = false) Integer page, Model model) {
        var found = register.snapshots(ListPage.requested(page));
        model.addAttribute("page", found);
        // People by name, never by username.
        var names = staffAccounts.namesOf(
                found.items().stream().map(CaseRegister.Snapshot::importedBy).toList());
        model.addAttribute(
                "rows",
                found.items().stream()
                        .map(s -> List.of(
                                Cell.link(s.asAt().format(RegisterController.DAY), "/register/snapshots/" + s.id()),
                                Cell.text(s.source().equals(RegisterImport.ANNEX_A) ? "Children (Annex A)" : "Adults"),
                                s.withdrawn()
                                        ? Cell.tag("Withdrawn", "grey")
                                        : s.awaitingConfirmation()
                                                ? Cell.tag("Waiting for confirmation", "yellow")
                                                : s.listsNotProvided().isEmpty()
                                                        ? Cell.text("")
                                                        : Cell.text(s.listsNotProvidedText() + " not provided"),
                                Cell.number(s.caseCount()),
                                Cell.number(s.episodeCount()),
                                Cell.text(names.getOrDefault(s.importedBy(), s.importedBy())),
                                Cell.text(s.fileHash().substring(0, 12))))
                        .toList());
        return "register/snapshot-list";
    }

    @GetMapping("/{id}")
    @PreAuthorize(Policies.COUNCIL_WIDE)
    String changes(
            @PathVariable String id,
            @RequestParam(name = "show", required = false) String show,
            @RequestParam(name = "page", required = false) Integer page,
            Model model) {
        var snapshot = find(id);
        model.addAttribute("snapshot", snapshot);
        model.addAttribute(
                "withdrawnBy", snapshot.withdrawnBy() == null ? null : staffAccounts.nameOf(snapshot.withdrawnBy()));
        model.addAttribute(
                "mayWithdraw",
                RecordAccess.mayWithdrawSnapshots(CurrentUser.require()) && withdrawal.refusal(snapshot) == null);
        var previous = register.previous(snapshot);
        model.addAttribute("previous", previous.orElse(null));
        if (previous.isEmpty()) {
            return "register/snapshot-changes";
        }
        var counts = changes.counts(snapshot.id(), previous.get().id());
        // The lists of cases are case-level: only for those who may open every team's cases (not administrators).
        boolean listsCases = RecordAccess.mayOpenEveryTeamsCases(CurrentUser.require());
        model.addAttribute("listsCases", listsCases);
        model.addAttribute(
                "counts",
                counts.entrySet().stream()
                        .map(e -> List.of(
                                listsCases
                                        ? Cell.link(
                                                e.getKey().label,
                                                "/register/snapshots/" + snapshot.id() + "?show="
                                                        + e.getKey().name().toLowerCase())
                                        : Cell.text(e.getKey().label),
                                Cell.number(e.getValue())))
                        .toList());
        if (!listsCases) {
            return "register/snapshot-changes";
        }
        var shown = java.util.Arrays.stream(SnapshotChanges.Change.values())
                .filter(c -> c.name().equalsIgnoreCase(show))
                .findFirst()
                .orElse(SnapshotChanges.Change.NEW);
        model.addAttribute("shown", shown.label);
        var requested = ListPage.requested(page);
        var rows = changes.cases(shown, snapshot.id(), previous.get().id(), requested).stream()
                .map(c -> List.of(
                        Cell.link(c.reference(), "/register/cases/" + c.id()),
                        Cell.text(c.type().label()),
                        Cell.text(
                                shown == SnapshotChanges.Change.MOVED
                                        ? teamName(c.previousTeam()) + " → " + teamName(c.team())
                                        : teamName(c.team()))))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("page", requested.of(rows, counts.get(shown)));
        return "register/snapshot-changes";
    }

    @GetMapping("/{id}/withdraw")
    @PreAuthorize(Policies.QA_LEADS)
    String withdrawForm(@PathVariable String id, Model model) {
        @SuppressWarnings("unchecked") // a refusal comes back as flash problems (DomainExceptionsAdvice)
        var problems = (List<Problem>) model.asMap().getOrDefault("problems", List.of());
        model.addAttribute("form", new WithdrawForm(""));
        return withdrawPage(find(id), model, problems);
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize(Policies.QA_LEADS)
    @ReturnTo("/register/snapshots/{id}/withdraw")
    String withdraw(
            @PathVariable String id,
            @Valid @ModelAttribute("form") WithdrawForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var snapshot = find(id);
        if (result.hasErrors()) {
            return withdrawPage(snapshot, model, Problem.allIn(result, WithdrawForm.class));
        }
        withdrawal.withdraw(
                snapshot.id(), CurrentUser.require().username(), form.reason().strip());
        redirect.addFlashAttribute("saved", "Snapshot withdrawn: the register shows the snapshot before it again.");
        return "redirect:/register/snapshots/" + snapshot.id();
    }

    private String withdrawPage(CaseRegister.Snapshot snapshot, Model model, List<Problem> problems) {
        model.addAttribute("snapshot", snapshot);
        model.addAttribute("previous", register.previous(snapshot).orElse(null));
        model.addAttribute("refusal", withdrawal.refusal(snapshot));
        model.addAttribute("problems", problems);
        return "register/snapshot-withdraw";
    }

    private static String teamName(String team) {
        return team == null ? "No team recorded" : team;
    }

    private CaseRegister.Snapshot find(String id) {
        var parsed = FormValues.id(id);
        return (parsed == null ? java.util.Optional.<CaseRegister.Snapshot>empty() : register.snapshot(parsed))
                .orElseThrow(() -> new NotFound());
    }
}
