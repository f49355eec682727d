package org.praxis.register.snapshots;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.praxis.register.CaseType;
import org.praxis.web.ListPage;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What changed from one snapshot of the register to the one before: cases new, closed, and moved team. Both snapshots
 * are never rewritten, so a pair is compared once and the result kept, each change numbered in case reference order:
 * any page of a list of changes, the last of a million included, is read by its numbers.
 */
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
    private final TransactionTemplate separately;

    /** The lists the snapshot did not provide; "not in ()" is not SQL, and no list is numbered 0. */
    private List<Integer> notProvidedIn(long snapshotId) {
        var notProvided =
                CaseRegister.listNumbers(jdbc.sql("select lists_not_provided from register_snapshot where id = ?")
                        .param(snapshotId)
                        .query(String.class)
                        .optional()
                        .orElse(null));
        return notProvided.isEmpty() ? List.of(0) : notProvided;
    }

    SnapshotChanges(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * How many cases each kind of change has, in the order of {@link Change}. The first request for a pair of
     * snapshots compares them and keeps the result (seconds at a million cases); later ones read it.
     */
    public Map<Change, Long> counts(long current, long previous) {
        var counts = storedCounts(current, previous);
        if (counts.isEmpty()) {
            compare(current, previous);
            counts = storedCounts(current, previous);
        }
        return counts.orElseThrow(() ->
                new IllegalStateException("Snapshots " + current + " and " + previous + " could not be compared"));
    }

    /**
     * One page of the cases with the given change, by case reference, from the comparison kept for the pair (made
     * first if it is missing or out of date).
     */
    public List<ChangedCase> cases(Change change, long current, long previous, ListPage requested) {
        counts(current, previous);
        return jdbc.sql("""
                        select c.id, c.case_reference, c.case_type, coalesce(t.name, c.team_name),
                            coalesce(pt.name, p.team_name)
                        from register_change ch join register_case c on c.id = ch.case_id
                            left join team_directory t on t.id = c.team_id
                            left join register_case p on p.id = ch.previous_case_id
                            left join team_directory pt on pt.id = p.team_id
                        where ch.snapshot_id = :current and ch.previous_id = :previous and ch.change_kind = :kind
                            and ch.change_number between :first and :last
                        order by ch.change_number""")
                .param("current", current)
                .param("previous", previous)
                .param("kind", change.name())
                .param("first", requested.offset() + 1)
                .param("last", requested.offset() + requested.size())
                .query((rs, n) -> new ChangedCase(
                        rs.getLong(1),
                        rs.getString(2),
                        CaseType.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    /** The counts kept for the pair, if they were made at the snapshots' present revisions. */
    private Optional<Map<Change, Long>> storedCounts(long current, long previous) {
        return jdbc.sql("""
                        select k.new_cases, k.closed_cases, k.moved_cases from register_comparison k
                            join register_snapshot s on s.id = k.snapshot_id and s.revision = k.snapshot_revision
                            join register_snapshot p on p.id = k.previous_id and p.revision = k.previous_revision
                        where k.snapshot_id = :current and k.previous_id = :previous""")
                .param("current", current)
                .param("previous", previous)
                .query((rs, n) -> {
                    var counts = new LinkedHashMap<Change, Long>();
                    counts.put(Change.NEW, rs.getLong(1));
                    counts.put(Change.CLOSED, rs.getLong(2));
                    counts.put(Change.MOVED, rs.getLong(3));
                    return (Map<Change, Long>) counts;
                })
                .optional();
    }

    /**
     * Compares the pair and keeps the result, in a transaction of its own. Two requests may compare the same pair at
     * once: the second to write the comparison's key finds it taken and uses the first's.
     */
    void compare(long current, long previous) {
        try {
            separately.executeWithoutResult(status -> {
                for (var table : List.of("register_change", "register_comparison")) {
                    jdbc.sql("delete from " + table + " where snapshot_id = :current and previous_id = :previous")
                            .param("current", current)
                            .param("previous", previous)
                            .update();
                }
                jdbc.sql("""
                                insert into register_comparison (snapshot_id, previous_id, snapshot_revision,
                                    previous_revision, new_cases, closed_cases, moved_cases)
                                select s.id, p.id, s.revision, p.revision, 0, 0, 0
                                from register_snapshot s, register_snapshot p where s.id = :current and p.id = :previous""")
                        .param("current", current)
                        .param("previous", previous)
                        .update();
                var counts = new LinkedHashMap<Change, Integer>();
                var notProvided = notProvidedIn(current);
                for (var change : Change.values()) {
                    var previousCase = change == Change.MOVED ? "p.id" : "cast(null as bigint)";
                    var insert = jdbc.sql(
                                    "insert into register_change (snapshot_id, previous_id, change_kind, change_number,"
                                            + " case_id, previous_case_id) select :current, :previous, :kind,"
                                            + " row_number() over (order by c.case_reference), c.id, "
                                            + previousCase
                                            + " " + change.from)
                            .param("current", current)
                            .param("previous", previous)
                            .param("kind", change.name());
                    if (change == Change.CLOSED) {
                        insert = insert.param("notProvided", notProvided);
                    }
                    counts.put(change, insert.update());
                }
                jdbc.sql("""
                                update register_comparison set new_cases = :new, closed_cases = :closed,
                                    moved_cases = :moved
                                where snapshot_id = :current and previous_id = :previous""")
                        .param("new", counts.get(Change.NEW))
                        .param("closed", counts.get(Change.CLOSED))
                        .param("moved", counts.get(Change.MOVED))
                        .param("current", current)
                        .param("previous", previous)
                        .update();
            });
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException comparedAtTheSameTime) {
            // Another request compared the pair first: its result is read next.
        }
    }
}
