/**
 * Exports for analysts and the read-only data API: every answer of every audit in long format, every audit, every
 * moderation and every action, decoded, as CSV and XLSX for people and as paged JSON for machine accounts (decision
 * 0029). Reads through the audit and actions modules' published exports; owns no table.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Exports and data API",
        allowedDependencies = {"accesslog", "actions", "audit", "documents", "identity", "web"})
package org.praxis.analytics;
