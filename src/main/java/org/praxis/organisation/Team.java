package org.praxis.organisation;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table
record Team(
        @Id Long id,
        Long serviceAreaId,
        String name,
        TeamType teamType,
        boolean active,
        @Version Integer version) {}
