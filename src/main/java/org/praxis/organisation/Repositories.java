package org.praxis.organisation;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface TeamRepository extends ListCrudRepository<Team, Long> {}

interface StaffRepository extends ListCrudRepository<StaffMember, Long> {
    Optional<StaffMember> findByWorkEmail(String workEmail);
}

interface VisitorRepository extends ListCrudRepository<Visitor, Long> {}
