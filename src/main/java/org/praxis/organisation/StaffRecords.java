package org.praxis.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.praxis.accesslog.AccessLog;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.RecordAccess;
import org.praxis.identity.RecordRefused;
import org.praxis.web.ListPage;
import org.praxis.web.NotFound;
import org.praxis.web.PageOf;
import org.praxis.web.Refused;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff records: list within the user's scope, view (access-logged), add, change and deactivate.
 * Managers and practitioners see only their own team; asking for anyone else is refused and logged.
 */
@Service
class StaffRecords {

    static final String RECORD_TYPE = "STAFF";

    /** Checked details of a staff member, from the form or a CSV row. */
    record StaffDetails(
            String fullName,
            String workEmail,
            JobRole jobRole,
            Long teamId,
            EmploymentType employmentType,
            LocalDate startDate) {}

    record Filter(String name, Long teamId, JobRole jobRole, EmploymentType employmentType, boolean includeInactive) {}

    record ListItem(
            long id,
            String fullName,
            JobRole jobRole,
            String teamName,
            EmploymentType employmentType,
            LocalDate startDate,
            boolean active) {}

    record View(StaffMember staff, String teamName, String serviceAreaName) {}

    /** The work email is already used by another staff member. */
    /** The work email another staff member has: shown against the email field. */
    static final String CHANGED_MEANWHILE =
            "Someone else changed this record while you were editing it. Your changes are below and have not been saved:"
                    + " open the record again to see theirs, then make your change.";

    static Refused emailInUse() {
        return new Refused("workEmail", "A staff member with this work email already exists");
    }

    private final StaffRepository staff;
    private final JdbcClient jdbc;
    private final AccessLog accessLog;

    StaffRecords(StaffRepository staff, JdbcClient jdbc, AccessLog accessLog) {
        this.staff = staff;
        this.jdbc = jdbc;
        this.accessLog = accessLog;
    }

    @Transactional(readOnly = true)
    PageOf<ListItem> list(Filter filter, CurrentUser user, ListPage page) {
        var clauses = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (!user.seesAllTeams()) {
            // Their own team, or for a service manager each team in their scope (decision 0029).
            clauses.add("s.team_id in (:scopeTeams)");
            params.put(
                    "scopeTeams",
                    user.isTeamScoped() && !user.teamIds().isEmpty()
                            ? java.util.List.copyOf(user.teamIds())
                            : java.util.List.of(-1L));
        }
        if (filter.teamId() != null) {
            clauses.add("s.team_id = :team");
            params.put("team", filter.teamId());
        }
        if (filter.name() != null && !filter.name().isBlank()) {
            clauses.add("(lower(s.full_name) like :name or s.work_email like :name)");
            params.put("name", "%" + Rules.tidy(filter.name()).toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (filter.jobRole() != null) {
            clauses.add("s.job_role = :role");
            params.put("role", filter.jobRole().name());
        }
        if (filter.employmentType() != null) {
            clauses.add("s.employment_type = :type");
            params.put("type", filter.employmentType().name());
        }
        if (!filter.includeInactive()) {
            clauses.add("s.active = true");
        }
        var where = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        long total = jdbc.sql("select count(*) from staff_member s" + where)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql("""
                        select s.id, s.full_name, s.job_role, t.name as team_name, s.employment_type, s.start_date, s.active
                          from staff_member s left join team t on t.id = s.team_id
                        """ + where + " order by s.full_name, s.id limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new ListItem(
                        rs.getLong("id"),
                        rs.getString("full_name"),
                        JobRole.valueOf(rs.getString("job_role")),
                        rs.getString("team_name"),
                        EmploymentType.valueOf(rs.getString("employment_type")),
                        rs.getObject("start_date", LocalDate.class),
                        rs.getBoolean("active")))
                .list();
        return page.of(items, total);
    }

    /** One staff member's record, if it is within the user's scope; the view is written to the access log. */
    @Transactional
    View view(long id, CurrentUser user) {
        var member = staff.findById(id).orElseThrow(() -> new NotFound(RECORD_TYPE, id));
        if (!RecordAccess.mayOpenStaffRecord(user, member.teamId())) {
            throw new RecordRefused(RECORD_TYPE, id, "Staff member outside the user's team");
        }
        accessLog.viewed(RECORD_TYPE, id);
        var names = member.teamId() == null
                ? Map.<String, Object>of()
                : jdbc.sql(
                                "select t.name as team, a.name as area from team t join service_area a on a.id = t.service_area_id where t.id = ?")
                        .param(member.teamId())
                        .query()
                        .singleRow();
        return new View(member, (String) names.get("team"), (String) names.get("area"));
    }

    /** For the edit form: an administrator's read, logged like any other. */
    @Transactional
    StaffMember forEditing(long id) {
        var member = staff.findById(id).orElseThrow(() -> new NotFound(RECORD_TYPE, id));
        accessLog.viewed(RECORD_TYPE, id);
        return member;
    }

    @Transactional
    long add(StaffDetails details) {
        try {
            var saved = staff.save(new StaffMember(
                    null,
                    details.fullName(),
                    details.workEmail(),
                    details.jobRole(),
                    details.teamId(),
                    details.employmentType(),
                    details.startDate(),
                    true,
                    null));
            accessLog.changed(RECORD_TYPE, saved.id());
            return saved.id();
        } catch (DuplicateKeyException
                | org.springframework.data.relational.core.conversion.DbActionExecutionException e) {
            throw SaveFailures.explain(e, StaffRecords::emailInUse, CHANGED_MEANWHILE);
        }
    }

    /** Changes a record the editor saw at {@code version}; if someone else saved it since, nothing is written. */
    @Transactional
    void update(long id, int version, StaffDetails details) {
        var current = staff.findById(id).orElseThrow(() -> new NotFound(RECORD_TYPE, id));
        try {
            staff.save(new StaffMember(
                    id,
                    details.fullName(),
                    details.workEmail(),
                    details.jobRole(),
                    details.teamId(),
                    details.employmentType(),
                    details.startDate(),
                    current.active(),
                    version));
        } catch (DuplicateKeyException
                | org.springframework.data.relational.core.conversion.DbActionExecutionException
                | org.springframework.dao.OptimisticLockingFailureException e) {
            throw SaveFailures.explain(e, StaffRecords::emailInUse, CHANGED_MEANWHILE);
        }
        accessLog.changed(RECORD_TYPE, id);
    }

    @Transactional
    void setActive(long id, boolean active) {
        var current = staff.findById(id).orElseThrow(() -> new NotFound(RECORD_TYPE, id));
        staff.save(current.withActive(active));
        accessLog.changed(RECORD_TYPE, id);
    }
}
