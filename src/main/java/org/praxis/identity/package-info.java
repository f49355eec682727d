/** Users, roles and team scope; sign-in, sessions and the security configuration. */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.praxis.identity;
