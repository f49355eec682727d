/**
 * The practice standards manual: what good practice looks like, by domain and service, each standard versioned with
 * its change history. Audit questions link to the standards they test.
 *
 * <p>Owns tables: {@code practice_standard}, {@code practice_standard_version} (decision 0015).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Practice standards",
        allowedDependencies = {"identity", "web"})
package org.praxis.standards;
