/**
 * The access log: who viewed, exported or changed which record, when, from which screen, and who was
 * refused. Every module records through {@link org.praxis.accesslog.AccessLog}.
 *
 * <p>Owns tables: {@code access_log} (decision 0015).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Access log",
        allowedDependencies = {"web"})
package org.praxis.accesslog;
