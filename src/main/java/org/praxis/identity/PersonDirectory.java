package org.praxis.identity;

import java.util.List;
import java.util.Optional;
import org.praxis.web.Option;

/**
 * The people accounts belong to, as the organisation module knows them. Identity declares what it needs;
 * the organisation module provides it, so identity does not depend on organisation.
 */
public interface PersonDirectory {

    /** A staff member or visitor an account can be linked to. */
    record Person(String displayName, Long teamId) {}

    Optional<Person> staffMember(long staffId);

    Optional<Person> visitor(long visitorId);

    Optional<Long> staffIdByWorkEmail(String workEmail);

    /** Names of many staff members and visitors at once, for lists. */
    java.util.Map<Long, String> staffNames(java.util.Collection<Long> staffIds);

    java.util.Map<Long, String> visitorNames(java.util.Collection<Long> visitorIds);

    List<Option> activeVisitors();

    List<Option> activeTeams();
}
