/**
 * Directorates, service areas, teams, staff and external visitors; the staff CSV import.
 *
 * <p>Owns tables: {@code directorate}, {@code service_area}, {@code team}, {@code staff_member}, {@code visitor}. Publishes the views {@code team_directory}, {@code service_area_directory}, {@code staff_directory} and {@code visitor_directory} (decision 0015).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Organisation",
        allowedDependencies = {"accesslog", "commandline", "identity", "web"})
package org.praxis.organisation;
