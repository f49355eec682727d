/**
 * The access log: who viewed, exported or changed which record, when, from which screen, and who was
 * refused. Every module records through {@link org.praxis.accesslog.AccessLog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access log")
package org.praxis.accesslog;
