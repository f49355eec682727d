/** Messages to one user inside Praxis, such as an audit of their case being submitted; by email when configured. */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.praxis.notifications;
