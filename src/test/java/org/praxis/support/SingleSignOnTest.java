package org.praxis.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Praxis on a random port with single sign-on through the tests' {@link IdentityProvider} (decision 0026): roles and
 * team scope from the provider's groups, local passwords off except for the break-glass administrator {@code admin}.
 * Every class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "praxis.sso.enabled=true",
            "praxis.sso.provider-name=the test identity provider",
            "praxis.sso.client-id=" + IdentityProvider.CLIENT_ID,
            "praxis.sso.client-secret=" + IdentityProvider.CLIENT_SECRET,
            "praxis.sso.roles-from=provider",
            "praxis.sso.groups-claim=groups",
            "praxis.sso.role-groups.ADMIN=praxis-admins",
            "praxis.sso.role-groups.QA_LEAD=praxis-qa",
            "praxis.sso.role-groups.LEADER=praxis-leaders,praxis-qa",
            "praxis.sso.role-groups.MANAGER=praxis-managers",
            "praxis.sso.role-groups.PRACTITIONER=praxis-practitioners",
            "praxis.sso.team-groups[0].group=cp-east",
            "praxis.sso.team-groups[0].team=Child Protection Team East",
            "praxis.sso.local-passwords=false",
            "praxis.sso.break-glass-username=admin"
        })
@ActiveProfiles("test")
@ContextConfiguration(initializers = IdentityProvider.Initializer.class)
public @interface SingleSignOnTest {}
