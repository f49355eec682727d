package org.praxis.organisation;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** Someone from outside social care who takes part in Practice Week: a councillor or a partner agency. */
@Table
record Visitor(
        @Id Long id,
        String fullName,
        String organisation,
        VisitorKind kind,
        String email,
        boolean clearedForCaseData,
        boolean active,
        @Version Integer version) {

    Visitor withActive(boolean isActive) {
        return new Visitor(id, fullName, organisation, kind, email, clearedForCaseData, isActive, version);
    }
}
