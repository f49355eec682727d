package org.praxis.identity;

import java.util.Map;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Someone signed in through the council's OpenID Connect provider: a Praxis account (roles, team scope) that also
 * carries the provider's ID token, so signing out can end the provider's session too (RP-initiated logout).
 */
final class SingleSignOnPrincipal extends AccountDetails implements OidcUser {

    private static final long serialVersionUID = 1L;

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    SingleSignOnPrincipal(CurrentUser user, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(user, null, false);
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    /** The Praxis username: sessions are found by it when an administrator changes the account. */
    @Override
    public String getName() {
        return getUsername();
    }

    /** Signed in through the provider, so the account is enabled for this session whatever its password. */
    @Override
    public boolean isEnabled() {
        return true;
    }
}
