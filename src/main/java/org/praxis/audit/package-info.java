/**
 * Case file audits: versioned audit templates, audit programmes that draw a stratified random sample from the case
 * register and assign auditors, the audit form, moderation and findings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case file audits")
package org.praxis.audit;
