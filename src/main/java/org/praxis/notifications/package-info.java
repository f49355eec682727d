/**
 * Messages to one user inside Praxis, such as an audit of their case being submitted; by email when configured.
 *
 * <p>Owns tables: {@code notification} (decision 0015).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"actions", "audit", "complaints", "identity", "surveys", "web"})
package org.praxis.notifications;
