package org.praxis.organisation;

import java.util.List;
import org.praxis.accesslog.AccessLog;
import org.praxis.web.NotFound;
import org.praxis.web.Refused;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Directorates and the services within them: the top of the organisation, above teams. */
@Service
class ServiceAreaRecords {

    record ServiceAreaRow(long id, String name, long directorateId, String directorate, long openTeams) {}

    record DirectorateRow(long id, String name, DirectorateKind kind) {}

    private final JdbcClient jdbc;
    private final AccessLog accessLog;

    ServiceAreaRecords(JdbcClient jdbc, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
    }

    List<DirectorateRow> directorates() {
        return jdbc.sql("select id, name, kind from directorate order by name")
                .query((rs, n) -> new DirectorateRow(
                        rs.getLong("id"), rs.getString("name"), DirectorateKind.valueOf(rs.getString("kind"))))
                .list();
    }

    List<ServiceAreaRow> serviceAreas() {
        return jdbc.sql("""
                        select a.id, a.name, d.id as directorate_id, d.name as directorate,
                               (select count(*) from team t where t.service_area_id = a.id and t.active = true) as open_teams
                          from service_area a join directorate d on d.id = a.directorate_id
                         order by d.name, a.name
                        """).query(ServiceAreaRecords::row).list();
    }

    ServiceAreaRow serviceArea(long id) {
        return jdbc.sql("""
                        select a.id, a.name, d.id as directorate_id, d.name as directorate,
                               (select count(*) from team t where t.service_area_id = a.id and t.active = true) as open_teams
                          from service_area a join directorate d on d.id = a.directorate_id
                         where a.id = ?
                        """)
                .param(id)
                .query(ServiceAreaRecords::row)
                .optional()
                .orElseThrow(() -> new NotFound("SERVICE_AREA", id));
    }

    @Transactional
    long addDirectorate(String name, DirectorateKind kind) {
        try {
            jdbc.sql("insert into directorate (name, kind) values (?, ?)")
                    .params(name, kind.name())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new Refused("name", "A directorate with this name already exists");
        }
        long id = jdbc.sql("select id from directorate where name = ?")
                .param(name)
                .query(Long.class)
                .single();
        accessLog.changed("DIRECTORATE", id);
        return id;
    }

    @Transactional
    long addServiceArea(long directorateId, String name) {
        try {
            jdbc.sql("insert into service_area (directorate_id, name) values (?, ?)")
                    .params(directorateId, name)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new Refused("name", "This directorate already has a service with this name");
        }
        long id = jdbc.sql("select id from service_area where directorate_id = ? and name = ?")
                .params(directorateId, name)
                .query(Long.class)
                .single();
        accessLog.changed("SERVICE_AREA", id);
        return id;
    }

    @Transactional
    void changeServiceArea(long id, long directorateId, String name) {
        try {
            int changed = jdbc.sql("update service_area set directorate_id = ?, name = ? where id = ?")
                    .params(directorateId, name, id)
                    .update();
            if (changed == 0) {
                throw new NotFound("SERVICE_AREA", id);
            }
        } catch (DuplicateKeyException e) {
            throw new Refused("name", "This directorate already has a service with this name");
        }
        accessLog.changed("SERVICE_AREA", id);
    }

    private static ServiceAreaRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ServiceAreaRow(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getLong("directorate_id"),
                rs.getString("directorate"),
                rs.getLong("open_teams"));
    }
}
