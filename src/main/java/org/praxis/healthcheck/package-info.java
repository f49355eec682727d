/**
 * The annual health check of the council as an employer of social workers: one page and PDF per year by the eight
 * Standards for Employers of Social Workers, drawn from the modules that own the figures (staff surveys, the workforce
 * picture, supervision and caseloads, peer reviews from the learning reviews), with what changed since the year before and the action plan (actions in the
 * one tracker, agreed with the trade unions where the council does so).
 *
 * <p>Owns tables: {@code health_check_plan}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Annual health check",
        allowedDependencies = {
            "actions",
            "documents",
            "identity",
            "learning",
            "statistics",
            "surveys",
            "web",
            "workforce"
        })
package org.praxis.healthcheck;
