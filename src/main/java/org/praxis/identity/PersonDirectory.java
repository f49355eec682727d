package org.praxis.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The people accounts belong to, as the organisation module knows them. Identity declares what it needs;
 * the organisation module provides it, so identity does not depend on organisation.
 */
public interface PersonDirectory {

    /** A staff member or visitor an account can be linked to. */
    record Person(String displayName, Long teamId) {}

    /** A team a manager's or practitioner's account can be scoped to. */
    record Team(long id, String name) {}

    /** An external visitor an account can be made for. */
    record Visitor(long id, String fullName, String organisation) {}

    Optional<Person> staffMember(long staffId);

    Optional<Person> visitor(long visitorId);

    Optional<Long> staffIdByWorkEmail(String workEmail);

    /** Many staff members at once, by id, for lists. */
    Map<Long, Person> staffMembers(Collection<Long> staffIds);

    /** The staff members of a team, active or not. */
    Set<Long> staffInTeam(long teamId);

    /** Which of these staff members are senior practitioners (who may audit other teams' cases: peer audit). */
    Set<Long> seniorPractitioners(Collection<Long> staffIds);

    /** Work e-mail addresses of staff members, by staff id. */
    Map<Long, String> workEmails(Collection<Long> staffIds);

    /** Names of many staff members and visitors at once, for lists. */
    Map<Long, String> staffNames(Collection<Long> staffIds);

    Map<Long, String> visitorNames(Collection<Long> visitorIds);

    /** Active visitors by name. */
    List<Visitor> activeVisitors();

    /** The teams of these services (service areas), for a service manager's scope. */
    Set<Long> teamsInServices(Collection<Long> serviceAreaIds);

    /** Services (service areas) by name, as {@link Team}s: id and name. */
    List<Team> services();

    /** Active teams by name. */
    List<Team> activeTeams();
}
