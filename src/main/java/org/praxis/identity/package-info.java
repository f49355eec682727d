/**
 * Users, roles and team scope; sign-in, sessions and the security configuration.
 *
 * <p>Owns tables: {@code user_account}, {@code user_role}, {@code sign_in_throttle}, {@code spring_session}, {@code spring_session_attributes}, {@code sso_identity}, {@code sso_waiting}, {@code user_account_scope}, {@code api_token}. Publishes the views {@code account_directory} and {@code account_role} (decision 0015).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"accesslog", "web"})
package org.praxis.identity;
