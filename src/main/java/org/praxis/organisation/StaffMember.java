package org.praxis.organisation;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table
record StaffMember(
        @Id Long id,
        String fullName,
        String workEmail,
        JobRole jobRole,
        Long teamId,
        EmploymentType employmentType,
        LocalDate startDate,
        boolean active,
        @Version Integer version) {

    StaffMember withActive(boolean isActive) {
        return new StaffMember(id, fullName, workEmail, jobRole, teamId, employmentType, startDate, isActive, version);
    }
}
