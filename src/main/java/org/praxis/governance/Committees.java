package org.praxis.governance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.praxis.identity.StaffAccounts;
import org.praxis.web.PageOf;
import org.praxis.web.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Committees, their meetings and agenda items, and what they resolved: the record a committee clerk's minutes hold,
 * with every follow-up owned by someone and due at a later meeting or by a date.
 */
@Service
@Transactional
class Committees {

    record CommitteeRow(long id, String name, CommitteeKind kind, LocalDate nextMeeting, int open, int overdue) {}

    record MeetingRow(long id, LocalDate meetsOn, int items, int resolutions, int followUpsDue) {}

    record Committee(long id, String name, CommitteeKind kind, List<MeetingRow> meetings) {}

    record Meeting(
            long id,
            long committeeId,
            String committee,
            LocalDate meetsOn,
            List<AgendaItem> items,
            List<FollowUp> dueHere,
            List<MeetingRow> laterMeetings) {}

    record AgendaItem(long id, int position, String title, List<FollowUp> resolutions) {}

    /**
     * A resolution as the lists show it. For a follow-up, {@code due} is the date it is due by: its own date, or the
     * date of the meeting it is due at.
     */
    record FollowUp(
            long id,
            long committeeId,
            String committee,
            long meetingId,
            LocalDate resolvedAt,
            String item,
            ResolutionKind kind,
            String wording,
            Long ownerUserId,
            String owner,
            Long dueMeetingId,
            LocalDate due,
            LocalDate answeredOn,
            String answerLink,
            String answerNote,
            boolean overdue,
            int lockVersion) {

        public boolean answered() {
            return answeredOn != null;
        }

        public boolean dueAtMeeting() {
            return dueMeetingId != null;
        }

        /** "Due at the meeting of 12 March 2027", "Due by 30 June 2027". */
        public String dueWords() {
            if (due == null) {
                return "";
            }
            return (dueMeetingId != null ? "At the meeting of " : "By ") + Dates.words(due);
        }
    }

    record NewResolution(ResolutionKind kind, String wording, Long ownerUserId, Long dueMeetingId, LocalDate dueOn) {}

    /** Which follow-ups a list shows. */
    enum Showing {
        OPEN,
        OVERDUE,
        ANSWERED,
        ALL
    }

    private static final String FOLLOW_UP_COLUMNS = "select r.id, c.id, c.name, m.id, m.meets_on, i.title, r.kind,"
            + " r.wording, r.owner_user_id, r.due_meeting_id, coalesce(r.due_on, dm.meets_on), r.answered_on,"
            + " r.answer_link, r.answer_note, r.lock_version"
            + " from committee_resolution r"
            + " join committee_agenda_item i on i.id = r.agenda_item_id"
            + " join committee_meeting m on m.id = i.meeting_id"
            + " join committee c on c.id = m.committee_id"
            + " left join committee_meeting dm on dm.id = r.due_meeting_id";

    /** A page of Praxis: a path of plain characters, so that no browser reads it as another site ("//", "/\"). */
    private static final java.util.regex.Pattern PRAXIS_PATH =
            java.util.regex.Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_.~?=&#%+-]*");

    /** A document elsewhere: https, a host name, then no spaces or backslashes. */
    private static final java.util.regex.Pattern WEB_ADDRESS =
            java.util.regex.Pattern.compile("https://[A-Za-z0-9.-]+(:[0-9]+)?(/[^\\s\\\\]*)?");

    private final JdbcClient jdbc;
    private final StaffAccounts accounts;
    private final Clock clock;

    Committees(JdbcClient jdbc, StaffAccounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<CommitteeRow> committees() {
        var today = LocalDate.now(clock);
        return jdbc.sql("select c.id, c.name, c.kind,"
                        + " (select min(m.meets_on) from committee_meeting m where m.committee_id = c.id"
                        + " and m.meets_on >= ?),"
                        + " (select count(*) from committee_resolution r join committee_agenda_item i"
                        + " on i.id = r.agenda_item_id join committee_meeting m on m.id = i.meeting_id"
                        + " where m.committee_id = c.id and r.kind <> 'NOTED' and r.answered_on is null),"
                        + " (select count(*) from committee_resolution r join committee_agenda_item i"
                        + " on i.id = r.agenda_item_id join committee_meeting m on m.id = i.meeting_id"
                        + " left join committee_meeting dm on dm.id = r.due_meeting_id"
                        + " where m.committee_id = c.id and r.kind <> 'NOTED' and r.answered_on is null"
                        + " and coalesce(r.due_on, dm.meets_on) < ?)"
                        + " from committee c order by c.name")
                .params(today, today)
                .query((rs, n) -> new CommitteeRow(
                        rs.getLong(1),
                        rs.getString(2),
                        CommitteeKind.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class),
                        rs.getInt(5),
                        rs.getInt(6)))
                .list();
    }

    long addCommittee(String name, CommitteeKind kind, String username) {
        var tidy = name.strip();
        if (jdbc.sql("select count(*) from committee where lower(name) = lower(?)")
                        .param(tidy)
                        .query(Integer.class)
                        .single()
                > 0) {
            throw new Refused("name", "There is already a committee called " + tidy);
        }
        jdbc.sql("insert into committee (name, kind, created_by, created_at) values (?, ?, ?, ?)")
                .params(tidy, kind.name(), username, Timestamp.from(clock.instant()))
                .update();
        return jdbc.sql("select id from committee where name = ?")
                .param(tidy)
                .query(Long.class)
                .single();
    }

    @Transactional(readOnly = true)
    Optional<Committee> committee(long id) {
        return jdbc.sql("select name, kind from committee where id = ?")
                .param(id)
                .query((rs, n) -> new Committee(
                        id, rs.getString(1), CommitteeKind.valueOf(rs.getString(2)), meetingsOf(id, null)))
                .optional();
    }

    /** The committee's meetings, latest first; only those after {@code after} when it is given. */
    private List<MeetingRow> meetingsOf(long committeeId, LocalDate after) {
        return jdbc.sql("select m.id, m.meets_on,"
                        + " (select count(*) from committee_agenda_item i where i.meeting_id = m.id),"
                        + " (select count(*) from committee_resolution r join committee_agenda_item i"
                        + " on i.id = r.agenda_item_id where i.meeting_id = m.id),"
                        + " (select count(*) from committee_resolution r where r.due_meeting_id = m.id)"
                        + " from committee_meeting m where m.committee_id = ? and m.meets_on > ?"
                        + " order by m.meets_on desc")
                .params(committeeId, after == null ? LocalDate.of(1900, 1, 1) : after)
                .query((rs, n) -> new MeetingRow(
                        rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .list();
    }

    long addMeeting(long committeeId, LocalDate meetsOn) {
        committee(committeeId).orElseThrow(org.praxis.web.NotFound::new);
        if (jdbc.sql("select count(*) from committee_meeting where committee_id = ? and meets_on = ?")
                        .params(committeeId, meetsOn)
                        .query(Integer.class)
                        .single()
                > 0) {
            throw new Refused("meetsOn", "The committee already has a meeting on that day");
        }
        jdbc.sql("insert into committee_meeting (committee_id, meets_on) values (?, ?)")
                .params(committeeId, meetsOn)
                .update();
        return jdbc.sql("select id from committee_meeting where committee_id = ? and meets_on = ?")
                .params(committeeId, meetsOn)
                .query(Long.class)
                .single();
    }

    @Transactional(readOnly = true)
    Optional<Meeting> meeting(long id) {
        var head = jdbc.sql("select m.committee_id, c.name, m.meets_on from committee_meeting m"
                        + " join committee c on c.id = m.committee_id where m.id = ?")
                .param(id)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)})
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        long committeeId = (Long) head.get()[0];
        var meetsOn = (LocalDate) head.get()[2];
        var items = new LinkedHashMap<Long, AgendaItem>();
        jdbc.sql("select id, position, title from committee_agenda_item where meeting_id = ? order by position, id")
                .param(id)
                .query((rs, n) -> new AgendaItem(rs.getLong(1), rs.getInt(2), rs.getString(3), new ArrayList<>()))
                .list()
                .forEach(item -> items.put(item.id(), item));
        for (var resolution : followUps(" where m.id = ? order by r.id", List.of(id))) {
            var item = items.values().stream()
                    .filter(i -> i.title().equals(resolution.item()))
                    .findFirst();
            item.ifPresent(i -> i.resolutions().add(resolution));
        }
        var dueHere = followUps(" where r.due_meeting_id = ? order by r.id", List.of(id));
        return Optional.of(new Meeting(
                id,
                committeeId,
                (String) head.get()[1],
                meetsOn,
                List.copyOf(items.values()),
                dueHere,
                meetingsOf(committeeId, meetsOn).reversed()));
    }

    long addAgendaItem(long meetingId, String title) {
        meeting(meetingId).orElseThrow(org.praxis.web.NotFound::new);
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from committee_agenda_item where meeting_id = ?")
                .param(meetingId)
                .query(Integer.class)
                .single();
        jdbc.sql("insert into committee_agenda_item (meeting_id, position, title) values (?, ?, ?)")
                .params(meetingId, position, title.strip())
                .update();
        return jdbc.sql("select id from committee_agenda_item where meeting_id = ? and position = ?")
                .params(meetingId, position)
                .query(Long.class)
                .single();
    }

    /** The meeting an agenda item belongs to, with its committee and date. */
    @Transactional(readOnly = true)
    Optional<Meeting> meetingOfItem(long itemId) {
        return jdbc.sql("select meeting_id from committee_agenda_item where id = ?")
                .param(itemId)
                .query(Long.class)
                .optional()
                .flatMap(this::meeting);
    }

    /**
     * Records a resolution under an agenda item. A follow-up needs an owner and is due at a later meeting of the same
     * committee or by a date after the meeting that asked for it; a resolution that only notes has neither.
     */
    long resolve(long itemId, NewResolution resolution, String username) {
        var meeting = meetingOfItem(itemId).orElseThrow(org.praxis.web.NotFound::new);
        if (resolution.kind().followUp()) {
            if (resolution.ownerUserId() == null) {
                throw new Refused("owner", "Choose who owns the follow-up");
            }
            if (resolution.dueMeetingId() == null && resolution.dueOn() == null) {
                throw new Refused("dueMeeting", "Choose the meeting it is due at, or enter the date it is due by");
            }
            if (resolution.dueMeetingId() != null && resolution.dueOn() != null) {
                throw new Refused("dueMeeting", "Choose a meeting or enter a date, not both");
            }
            if (resolution.dueMeetingId() != null
                    && meeting.laterMeetings().stream().noneMatch(m -> m.id() == resolution.dueMeetingId())) {
                throw new Refused("dueMeeting", "Choose a later meeting of the " + meeting.committee());
            }
            if (resolution.dueOn() != null && !resolution.dueOn().isAfter(meeting.meetsOn())) {
                throw new Refused(
                        "dueOn",
                        "The date it is due by must be after the meeting that asked for it ("
                                + Dates.words(meeting.meetsOn())
                                + ")");
            }
        }
        boolean followUp = resolution.kind().followUp();
        jdbc.sql("insert into committee_resolution (agenda_item_id, kind, wording, owner_user_id, due_meeting_id,"
                        + " due_on, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        itemId,
                        resolution.kind().name(),
                        resolution.wording().strip(),
                        followUp ? resolution.ownerUserId() : null,
                        followUp ? resolution.dueMeetingId() : null,
                        followUp ? resolution.dueOn() : null,
                        username,
                        Timestamp.from(clock.instant()))
                .update();
        return jdbc.sql("select max(id) from committee_resolution where agenda_item_id = ?")
                .param(itemId)
                .query(Long.class)
                .single();
    }

    @Transactional(readOnly = true)
    Optional<FollowUp> followUp(long id) {
        // a resolution that only notes something is not a follow-up: it has no page of its own
        return followUps(" where r.id = ?", List.of(id)).stream()
                .filter(f -> f.kind().followUp())
                .findFirst();
    }

    /**
     * Records the answer to a follow-up: when, and what answered it (a report or page of Praxis, or a document's web
     * address) or a note of what was said.
     */
    void answer(long id, LocalDate answeredOn, String link, String note, int lockVersion, String username) {
        var followUp = followUp(id).orElseThrow(org.praxis.web.NotFound::new);
        if (answeredOn.isBefore(followUp.resolvedAt())) {
            throw new Refused("answeredOn", "The date it was answered cannot be before the meeting that asked for it");
        }
        if (answeredOn.isAfter(LocalDate.now(clock))) {
            throw new Refused("answeredOn", "The date it was answered must be today or earlier");
        }
        var tidyLink = link == null || link.isBlank() ? null : link.strip();
        if (tidyLink != null
                && !PRAXIS_PATH.matcher(tidyLink).matches()
                && !WEB_ADDRESS.matcher(tidyLink).matches()) {
            throw new Refused(
                    "link", "Enter a page of Praxis (starting with /) or a document’s address starting with https://");
        }
        var tidyNote = note == null || note.isBlank() ? null : note.strip();
        if (tidyLink == null && tidyNote == null) {
            throw new Refused("link", "Enter what answered it: a link to the report or document, or a note");
        }
        int changed = jdbc.sql("update committee_resolution set answered_on = ?, answer_link = ?, answer_note = ?,"
                        + " answered_by = ?, lock_version = lock_version + 1 where id = ? and lock_version = ?")
                .params(answeredOn, tidyLink, tidyNote, username, id, lockVersion)
                .update();
        if (changed == 0) {
            throw new Refused("Someone changed this follow-up after you opened it: look at it again");
        }
    }

    /** Follow-ups (not resolutions that only note), soonest due first, a page at a time. */
    @Transactional(readOnly = true)
    PageOf<FollowUp> followUps(Showing showing, int page, int size, String baseUri) {
        var today = LocalDate.now(clock);
        var where = new StringBuilder(" where r.kind <> 'NOTED'");
        var params = new ArrayList<Object>();
        switch (showing) {
            case OPEN -> where.append(" and r.answered_on is null");
            case OVERDUE -> {
                where.append(" and r.answered_on is null and coalesce(r.due_on, dm.meets_on) < ?");
                params.add(today);
            }
            case ANSWERED -> where.append(" and r.answered_on is not null");
            case ALL -> {}
        }
        int total = jdbc.sql("select count(*) from committee_resolution r"
                        + " left join committee_meeting dm on dm.id = r.due_meeting_id" + where)
                .params(params)
                .query(Integer.class)
                .single();
        var order = showing == Showing.ANSWERED
                ? " order by r.answered_on desc, r.id desc"
                : " order by coalesce(r.due_on, dm.meets_on), r.id";
        var pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add(PageOf.offset(page, size));
        return new PageOf<>(followUps(where + order + " limit ? offset ?", pageParams), page, size, total, baseUri);
    }

    /** Open follow-ups due at each coming meeting, by meeting: the forward plan. */
    @Transactional(readOnly = true)
    Map<MeetingKey, List<FollowUp>> forwardPlan() {
        var plan = new LinkedHashMap<MeetingKey, List<FollowUp>>();
        for (var f : followUps(
                " where r.answered_on is null and dm.meets_on >= ? order by dm.meets_on, c.name, r.id",
                List.of(LocalDate.now(clock)))) {
            plan.computeIfAbsent(new MeetingKey(f.dueMeetingId(), f.committee(), f.due()), k -> new ArrayList<>())
                    .add(f);
        }
        return plan;
    }

    record MeetingKey(long id, String committee, LocalDate meetsOn) {}

    private List<FollowUp> followUps(String where, List<Object> params) {
        var today = LocalDate.now(clock);
        var rows = jdbc.sql(FOLLOW_UP_COLUMNS + where)
                .params(params)
                .query((rs, n) -> new Object[] {
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getLong(4),
                    rs.getObject(5, LocalDate.class),
                    rs.getString(6),
                    ResolutionKind.valueOf(rs.getString(7)),
                    rs.getString(8),
                    (Long) rs.getObject(9, Long.class),
                    (Long) rs.getObject(10, Long.class),
                    rs.getObject(11, LocalDate.class),
                    rs.getObject(12, LocalDate.class),
                    rs.getString(13),
                    rs.getString(14),
                    rs.getInt(15)
                })
                .list();
        var owners = accounts.byIds(rows.stream()
                .map(r -> (Long) r[8])
                .filter(java.util.Objects::nonNull)
                .toList());
        return rows.stream()
                .map(r -> {
                    var kind = (ResolutionKind) r[6];
                    var due = (LocalDate) r[10];
                    var answeredOn = (LocalDate) r[11];
                    var owner = owners.get((Long) r[8]);
                    return new FollowUp(
                            (Long) r[0],
                            (Long) r[1],
                            (String) r[2],
                            (Long) r[3],
                            (LocalDate) r[4],
                            (String) r[5],
                            kind,
                            (String) r[7],
                            (Long) r[8],
                            owner == null ? "" : owner.name(),
                            (Long) r[9],
                            due,
                            answeredOn,
                            (String) r[12],
                            (String) r[13],
                            kind.followUp() && answeredOn == null && due != null && due.isBefore(today),
                            (Integer) r[14]);
                })
                .toList();
    }
}
