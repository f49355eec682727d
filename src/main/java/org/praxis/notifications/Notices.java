package org.praxis.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import org.praxis.web.ListPage;
import org.praxis.web.PageOf;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells users something in the app. Notices are written by {@link NoticeListeners} when another module's event
 * says something happened, so a notice exists only if what it reports was committed. Messages hold no case detail
 * beyond a case reference: they may be read on a shared screen.
 */
@Service
public class Notices {

    public record Notice(long id, String message, String link, LocalDateTime createdAt, boolean unread) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Notices(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Writes the notices; once the transaction has committed, each is e-mailed when e-mail is set up. */
    @Transactional
    void tell(Collection<Long> userIds, String message, String link) {
        var now = Timestamp.from(clock.instant());
        var users = new LinkedHashSet<>(userIds);
        for (long user : users) {
            jdbc.sql("insert into notification (user_id, message, link, created_at) values (?, ?, ?, ?)")
                    .params(user, message, link, now)
                    .update();
            events.publishEvent(new NoticeWritten(user, link));
        }
    }

    @Transactional(readOnly = true)
    public long unread(long userId) {
        return jdbc.sql("select count(*) from notification where user_id = ? and read_at is null")
                .param(userId)
                .query(Long.class)
                .single();
    }

    @Transactional(readOnly = true)
    PageOf<Notice> forUser(long userId, ListPage page) {
        var items = jdbc.sql("select id, message, link, created_at, read_at from notification where user_id = ?"
                        + " order by created_at desc, id desc offset ? rows fetch next ? rows only")
                .params(userId, page.offset(), page.size())
                .query((rs, n) -> new Notice(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toLocalDateTime(),
                        rs.getTimestamp(5) == null))
                .list();
        return page.of(
                items,
                jdbc.sql("select count(*) from notification where user_id = ?")
                        .param(userId)
                        .query(Long.class)
                        .single());
    }

    @Transactional
    void markAllRead(long userId) {
        jdbc.sql("update notification set read_at = ? where user_id = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), userId)
                .update();
    }
}
