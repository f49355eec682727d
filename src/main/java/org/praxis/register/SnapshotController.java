package org.praxis.register;

import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.RecordAccess;
import org.praxis.register.imports.RegisterImport;
import org.praxis.register.snapshots.CaseRegister;
import org.praxis.register.snapshots.SnapshotChanges;
import org.praxis.web.Cell;
import org.praxis.web.FormValues;
import org.praxis.web.ListPage;
import org.praxis.web.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Every snapshot, and what changed from the one before: cases new, closed, and moved to another team. */
@Controller
@RequestMapping("/register/snapshots")
class SnapshotController {

    private final CaseRegister register;
    private final SnapshotChanges changes;

    SnapshotController(CaseRegister register, SnapshotChanges changes) {
        this.register = register;
        this.changes = changes;
    }

    @GetMapping
    @PreAuthorize(Policies.COUNCIL_WIDE)
    String list(@RequestParam(name = "page", required = false) Integer page, Model model) {
        var found = register.snapshots(ListPage.requested(page));
        model.addAttribute("page", found);
        model.addAttribute(
                "rows",
                found.items().stream()
                        .map(s -> List.of(
                                Cell.link(s.asAt().format(RegisterController.DAY), "/register/snapshots/" + s.id()),
                                Cell.text(s.source().equals(RegisterImport.ANNEX_A) ? "Children (Annex A)" : "Adults"),
                                Cell.number(s.caseCount()),
                                Cell.number(s.episodeCount()),
                                Cell.text(s.importedBy()),
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
        var parsed = FormValues.id(id);
        var snapshot = (parsed == null ? java.util.Optional.<CaseRegister.Snapshot>empty() : register.snapshot(parsed))
                .orElseThrow(() -> new NotFound());
        model.addAttribute("snapshot", snapshot);
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
                        Cell.text(c.team() == null ? "No team recorded" : c.team())))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("page", requested.of(rows, counts.get(shown)));
        return "register/snapshot-changes";
    }
}
