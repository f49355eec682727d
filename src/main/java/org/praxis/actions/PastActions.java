package org.praxis.actions;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions raised and moved before today, dated as they happened: a council bringing its tracker's history, and the
 * demo council, whose closed quarters would otherwise show no actions raised or completed in them. The action is
 * raised and moved through {@link Actions}' own rules first; only the dates are put back here.
 */
@Service
public class PastActions {

    private final JdbcClient jdbc;

    PastActions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Dates an action: raised at {@code raisedAt}, each of its moves (in the order made) at the times given. A note
     * that moved nothing on (an evidence file added) is dated just before the move that follows it.
     */
    @Transactional
    public void dated(long actionId, LocalDateTime raisedAt, List<LocalDateTime> movedAt) {
        record Entry(long id, String from, String to) {}
        var history = jdbc.sql("select id, from_status, to_status from action_history where action_id = ? order by id")
                .param(actionId)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
        long moves = history.stream()
                .filter(e -> e.from() != null && !e.from().equals(e.to()))
                .count();
        if (history.isEmpty() || moves != movedAt.size()) {
            throw new IllegalArgumentException(
                    "Action " + actionId + " has " + moves + " moves, but " + movedAt.size() + " dates were given");
        }
        int next = 0;
        var last = raisedAt;
        LocalDateTime doneAt = null;
        for (var e : history) {
            LocalDateTime at;
            if (e.from() == null) {
                at = raisedAt;
            } else if (e.from().equals(e.to())) {
                at = next < movedAt.size() ? movedAt.get(next).minusMinutes(10) : last;
            } else {
                at = movedAt.get(next++);
            }
            last = at.isAfter(last) ? at : last;
            if ("DONE".equals(e.to()) && !"DONE".equals(e.from()) && doneAt == null) {
                doneAt = at;
            }
            jdbc.sql("update action_history set changed_at = ? where id = ?")
                    .params(Timestamp.valueOf(at), e.id())
                    .update();
        }
        if (doneAt != null) {
            // Evidence is added as the action is marked done, so its file bears that day too
            jdbc.sql("update action_evidence_file set uploaded_at = ? where action_id = ?")
                    .params(Timestamp.valueOf(doneAt.minusMinutes(10)), actionId)
                    .update();
        }
        jdbc.sql("update action_item set created_at = ?, updated_at = ? where id = ?")
                .params(Timestamp.valueOf(raisedAt), Timestamp.valueOf(last), actionId)
                .update();
    }
}
