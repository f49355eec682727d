package org.praxis.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.praxis.audit.AuditProgrammes;
import org.praxis.audit.Stratification;
import org.praxis.identity.Role;
import org.praxis.identity.StaffAccounts;

/** Northbridge's audit programmes, drawn through the real sampler from the demo register. */
final class DemoAudits {

    /** This quarter's routine child protection audit, sampled and assigned, with the audits not yet started. */
    static long load(AuditProgrammes programmes, StaffAccounts accounts, long childrensTemplate, LocalDate today) {
        var capacities = new LinkedHashMap<Long, Integer>();
        for (var auditor : accounts.withAnyRole(Set.of(Role.LEADER, Role.QA_LEAD))) {
            capacities.put(auditor.userId(), 15);
        }
        return programmes.create(
                new AuditProgrammes.Plan(
                        "Quarter 3 routine audit: child protection and children in need",
                        "Routine quarterly audit; this quarter's theme is the voice of the child",
                        childrensTemplate,
                        null,
                        List.of("CHILD_PROTECTION", "CHILD_IN_NEED"),
                        List.of(),
                        null,
                        24,
                        null,
                        Stratification.TEAM,
                        6,
                        20261122L,
                        today.plusWeeks(4),
                        10,
                        capacities),
                "demo");
    }

    private DemoAudits() {}
}
