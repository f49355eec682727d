package org.praxis.register;

import java.util.List;
import org.praxis.identity.Policies;
import org.praxis.web.Cell;
import org.praxis.web.FormValues;
import org.praxis.web.ListPage;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Every snapshot, and what changed from the one before: cases new, closed, and moved to another team. */
@Controller
@RequestMapping("/register/snapshots")
class SnapshotController {

    enum Change {
        NEW("New cases", """
                from register_case c left join team_directory t on t.id = c.team_id
                where c.snapshot_id = :current and not exists (select 1 from register_case p
                    where p.snapshot_id = :previous and p.case_reference = c.case_reference)"""),
        CLOSED("Closed cases", """
                from register_case c left join team_directory t on t.id = c.team_id
                where c.snapshot_id = :previous and c.open_case = true and not exists (select 1 from register_case n
                    where n.snapshot_id = :current and n.case_reference = c.case_reference and n.open_case = true)"""),
        MOVED("Changed team", """
                from register_case c left join team_directory t on t.id = c.team_id
                    join register_case p on p.snapshot_id = :previous and p.case_reference = c.case_reference
                where c.snapshot_id = :current
                    and coalesce(p.team_id, -1) <> coalesce(c.team_id, -1)
                    and coalesce(p.team_name, '') <> coalesce(c.team_name, '')""");

        final String label;
        final String from;

        Change(String label, String from) {
            this.label = label;
            this.from = from;
        }
    }

    private final CaseRegister register;
    private final JdbcClient jdbc;

    SnapshotController(CaseRegister register, JdbcClient jdbc) {
        this.register = register;
        this.jdbc = jdbc;
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
    @Transactional(readOnly = true)
    String changes(
            @PathVariable String id,
            @RequestParam(name = "show", required = false) String show,
            @RequestParam(name = "page", required = false) Integer page,
            Model model) {
        var parsed = FormValues.id(id);
        var snapshot = (parsed == null ? java.util.Optional.<CaseRegister.Snapshot>empty() : register.snapshot(parsed))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("snapshot", snapshot);
        var previous = register.previous(snapshot);
        model.addAttribute("previous", previous.orElse(null));
        if (previous.isEmpty()) {
            return "register/snapshot-changes";
        }
        var counts = new java.util.LinkedHashMap<Change, Long>();
        for (var change : Change.values()) {
            counts.put(
                    change,
                    jdbc.sql("select count(*) " + change.from)
                            .param("current", snapshot.id())
                            .param("previous", previous.get().id())
                            .query(Long.class)
                            .single());
        }
        model.addAttribute(
                "counts",
                counts.entrySet().stream()
                        .map(e -> List.of(
                                Cell.link(
                                        e.getKey().label,
                                        "/register/snapshots/" + snapshot.id() + "?show="
                                                + e.getKey().name().toLowerCase()),
                                Cell.number(e.getValue())))
                        .toList());
        var shown = java.util.Arrays.stream(Change.values())
                .filter(c -> c.name().equalsIgnoreCase(show))
                .findFirst()
                .orElse(Change.NEW);
        model.addAttribute("shown", shown.label);
        var requested = ListPage.requested(page);
        var rows = jdbc.sql("select c.id, c.case_reference, c.case_type, coalesce(t.name, c.team_name) " + shown.from
                        + " order by c.case_reference offset :offset rows fetch next :size rows only")
                .param("current", snapshot.id())
                .param("previous", previous.get().id())
                .param("offset", requested.offset())
                .param("size", requested.size())
                .query((rs, n) -> List.of(
                        Cell.link(rs.getString(2), "/register/cases/" + rs.getLong(1)),
                        Cell.text(CaseType.valueOf(rs.getString(3)).label()),
                        Cell.text(rs.getString(4) == null ? "No team recorded" : rs.getString(4))))
                .list();
        model.addAttribute("rows", rows);
        model.addAttribute("page", requested.of(rows, counts.get(shown)));
        return "register/snapshot-changes";
    }
}
