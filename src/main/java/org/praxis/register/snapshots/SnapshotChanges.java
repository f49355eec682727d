package org.praxis.register.snapshots;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.praxis.register.CaseType;
import org.praxis.web.ListPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What changed from one snapshot of the register to the one before: cases new, closed, and moved team. */
@Service
public class SnapshotChanges {

    public enum Change {
        NEW("New cases", """
                from register_case c left join team_directory t on t.id = c.team_id
                where c.snapshot_id = :current and not exists (select 1 from register_case p
                    where p.snapshot_id = :previous and p.case_reference = c.case_reference)"""),
        // A case only in lists the current snapshot did not provide is not known to be closed: it is left out.
        CLOSED("Closed cases", """
                from register_case c left join team_directory t on t.id = c.team_id
                where c.snapshot_id = :previous and c.open_case = true and not exists (select 1 from register_case n
                    where n.snapshot_id = :current and n.case_reference = c.case_reference and n.open_case = true)
                    and exists (select 1 from register_episode e where e.snapshot_id = :previous
                        and e.case_reference = c.case_reference and e.list_number not in (:notProvided))"""),
        MOVED("Changed team", """
                from register_case c left join team_directory t on t.id = c.team_id
                    join register_case p on p.snapshot_id = :previous and p.case_reference = c.case_reference
                    left join team_directory pt on pt.id = p.team_id
                where c.snapshot_id = :current
                    and coalesce(p.team_id, -1) <> coalesce(c.team_id, -1)
                    and coalesce(p.team_name, '') <> coalesce(c.team_name, '')""");

        public final String label;
        final String from;

        Change(String label, String from) {
            this.label = label;
            this.from = from;
        }
    }

    /**
     * One case in a list of changes; team is null when none was recorded. For a case that changed team,
     * previousTeam is the team it had in the snapshot before.
     */
    public record ChangedCase(long id, String reference, CaseType type, String team, String previousTeam) {}

    private final JdbcClient jdbc;

    /** "not in ()" is not SQL: no list is numbered 0. */
    private static List<Integer> listed(List<Integer> notProvided) {
        return notProvided.isEmpty() ? List.of(0) : notProvided;
    }

    SnapshotChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many cases each kind of change has, in the order of {@link Change}. */
    @Transactional(readOnly = true)
    public Map<Change, Long> counts(long current, long previous, List<Integer> notProvided) {
        var counts = new LinkedHashMap<Change, Long>();
        for (var change : Change.values()) {
            counts.put(
                    change,
                    jdbc.sql("select count(*) " + change.from)
                            .param("current", current)
                            .param("previous", previous)
                            .param("notProvided", listed(notProvided))
                            .query(Long.class)
                            .single());
        }
        return counts;
    }

    /** One page of the cases with the given change, by case reference. */
    @Transactional(readOnly = true)
    public List<ChangedCase> cases(
            Change change, long current, long previous, List<Integer> notProvided, ListPage requested) {
        var previousTeam = change == Change.MOVED ? "coalesce(pt.name, p.team_name)" : "null";
        return jdbc.sql("select c.id, c.case_reference, c.case_type, coalesce(t.name, c.team_name), " + previousTeam
                        + " " + change.from
                        + " order by c.case_reference offset :offset rows fetch next :size rows only")
                .param("current", current)
                .param("previous", previous)
                .param("notProvided", listed(notProvided))
                .param("offset", requested.offset())
                .param("size", requested.size())
                .query((rs, n) -> new ChangedCase(
                        rs.getLong(1),
                        rs.getString(2),
                        CaseType.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }
}
