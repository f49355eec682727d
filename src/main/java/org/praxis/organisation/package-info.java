/** Directorates, service areas, teams, staff and external visitors; the staff CSV import. */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package org.praxis.organisation;
