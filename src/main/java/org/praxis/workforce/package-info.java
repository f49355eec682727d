/**
 * Workforce health: supervision and reflective practice against the council's policy, the workforce picture
 * (headcount, FTE, vacancies, agency and bank staff, sickness absence, turnover, apprentices and newly qualified
 * social workers) from staff records and HR's CSV files, and caseloads from the case register (decision 0034).
 *
 * <p>Published: {@link org.praxis.workforce.WorkforceFigures} (a year's or a period's figures, council-wide and by
 * team, for the annual health check) and {@link org.praxis.workforce.WorkforceRecords} (the demo council loads its
 * supervision and HR figures through it).
 *
 * <p>Owns tables: every {@code workforce_*} table.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Workforce health",
        allowedDependencies = {
            "accesslog",
            "documents",
            "identity",
            "organisation",
            "register",
            "register :: reading",
            "statistics",
            "training",
            "web"
        })
package org.praxis.workforce;
