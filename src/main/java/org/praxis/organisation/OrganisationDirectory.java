package org.praxis.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation as other modules read it: teams, service areas, staff and visitors. Lists load in one query each,
 * so callers look names up in the maps these return rather than asking once per row.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

    public record TeamSummary(long id, String name, long serviceAreaId, boolean active) {}

    public record ServiceAreaSummary(long id, String name, String directorate) {}

    public record StaffSummary(long id, String fullName, Long teamId, boolean active) {}

    /**
     * A staff member as the workforce figures and staff surveys need them: job role, team, employment type and start
     * date; active or not (leavers stay on record).
     */
    public record StaffRecord(
            long id,
            String fullName,
            String workEmail,
            JobRole jobRole,
            Long teamId,
            EmploymentType employmentType,
            java.time.LocalDate startDate,
            boolean active) {}

    public record VisitorSummary(long id, String fullName, String organisation, VisitorKind kind, boolean active) {}

    private static final String TEAM = "select id, name, service_area_id, active from team";
    private static final String VISITOR = "select id, full_name, organisation, kind, active from visitor";
    private static final String STAFF = "select id, full_name, team_id, active from staff_member";

    private final JdbcClient jdbc;

    OrganisationDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every team, active or not, by id: names for records that keep the team they had. */
    public Map<Long, TeamSummary> teams() {
        return jdbc.sql(TEAM).query(OrganisationDirectory::team).list().stream()
                .collect(Collectors.toMap(TeamSummary::id, t -> t));
    }

    public Map<Long, TeamSummary> teams(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(TEAM + " where id in (:ids)")
                .param("ids", ids)
                .query(OrganisationDirectory::team)
                .list()
                .stream()
                .collect(Collectors.toMap(TeamSummary::id, t -> t));
    }

    /** Team names are unique, so at most one team has this name. */
    public Optional<TeamSummary> teamByName(String name) {
        return jdbc.sql(TEAM + " where name = ?")
                .param(name)
                .query(OrganisationDirectory::team)
                .optional();
    }

    public Optional<TeamSummary> team(long id) {
        return jdbc.sql(TEAM + " where id = ?")
                .param(id)
                .query(OrganisationDirectory::team)
                .optional();
    }

    /** Active teams by name. */
    public List<TeamSummary> activeTeams() {
        return jdbc.sql(TEAM + " where active = true order by name")
                .query(OrganisationDirectory::team)
                .list();
    }

    /** The teams of these service areas; only the active ones when {@code activeOnly}. */
    public Set<Long> teamIdsIn(Collection<Long> serviceAreaIds, boolean activeOnly) {
        if (serviceAreaIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select id from team where service_area_id in (:areas)"
                        + (activeOnly ? " and active = true" : ""))
                .param("areas", serviceAreaIds)
                .query(Long.class)
                .list());
    }

    /** Service areas by name. */
    public List<ServiceAreaSummary> serviceAreas() {
        return jdbc.sql("""
                        select a.id, a.name, d.name from service_area a join directorate d on d.id = a.directorate_id
                        order by a.name
                        """)
                .query((rs, n) -> new ServiceAreaSummary(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    public Optional<StaffSummary> staffMember(long id) {
        return jdbc.sql(STAFF + " where id = ?")
                .param(id)
                .query(OrganisationDirectory::staff)
                .optional();
    }

    public Map<Long, StaffSummary> staffMembers(Collection<Long> ids) {
        var found = new HashMap<Long, StaffSummary>();
        if (!ids.isEmpty()) {
            jdbc.sql(STAFF + " where id in (:ids)")
                    .param("ids", ids)
                    .query(OrganisationDirectory::staff)
                    .list()
                    .forEach(s -> found.put(s.id(), s));
        }
        return found;
    }

    /** Active staff members, for matching names in imported files. */
    public List<StaffSummary> activeStaff() {
        return jdbc.sql(STAFF + " where active = true")
                .query(OrganisationDirectory::staff)
                .list();
    }

    /** Every staff member, active or not, in one query: for the workforce figures and the HR imports. */
    public List<StaffRecord> staffRecords() {
        return jdbc.sql(STAFF_RECORD + " order by id")
                .query(OrganisationDirectory::toStaffRecord)
                .list();
    }

    public Optional<StaffRecord> staffRecord(long id) {
        return jdbc.sql(STAFF_RECORD + " where id = ?")
                .param(id)
                .query(OrganisationDirectory::toStaffRecord)
                .optional();
    }

    private static final String STAFF_RECORD =
            "select id, full_name, work_email, job_role, team_id, employment_type, start_date, active from staff_member";

    private static StaffRecord toStaffRecord(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StaffRecord(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                JobRole.valueOf(rs.getString(4)),
                rs.getObject(5, Long.class),
                EmploymentType.valueOf(rs.getString(6)),
                rs.getObject(7, java.time.LocalDate.class),
                rs.getBoolean(8));
    }

    public Optional<VisitorSummary> visitor(long id) {
        return jdbc.sql(VISITOR + " where id = ?")
                .param(id)
                .query(OrganisationDirectory::visitor)
                .optional();
    }

    public Map<Long, VisitorSummary> visitors(Collection<Long> ids) {
        var found = new HashMap<Long, VisitorSummary>();
        if (!ids.isEmpty()) {
            jdbc.sql(VISITOR + " where id in (:ids)")
                    .param("ids", ids)
                    .query(OrganisationDirectory::visitor)
                    .list()
                    .forEach(v -> found.put(v.id(), v));
        }
        return found;
    }

    /** Active visitors by name. */
    public List<VisitorSummary> activeVisitors() {
        return jdbc.sql(VISITOR + " where active = true order by full_name")
                .query(OrganisationDirectory::visitor)
                .list();
    }

    private static TeamSummary team(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new TeamSummary(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4));
    }

    private static StaffSummary staff(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StaffSummary(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), rs.getBoolean(4));
    }

    private static VisitorSummary visitor(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new VisitorSummary(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                VisitorKind.valueOf(rs.getString(4)),
                rs.getBoolean(5));
    }
}
