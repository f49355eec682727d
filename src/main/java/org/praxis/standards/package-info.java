/**
 * The practice standards manual: what good practice looks like, by domain and service, each standard versioned with
 * its change history. Audit questions link to the standards they test.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Practice standards")
package org.praxis.standards;
