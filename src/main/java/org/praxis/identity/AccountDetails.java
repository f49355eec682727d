package org.praxis.identity;

import java.util.Collection;
import java.util.List;
import org.praxis.web.SignedInPerson;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Spring Security's view of an account; the password hash is erased once sign-in succeeds. An account that may not
 * sign in with a password (local passwords switched off, decision 0026) is not enabled for it.
 */
class AccountDetails implements UserDetails, CredentialsContainer, SignedInPerson {

    private static final long serialVersionUID = 1L;

    private final CurrentUser user;
    private String passwordHash;
    private final boolean passwordSignIn;

    AccountDetails(CurrentUser user, String passwordHash) {
        this(user, passwordHash, true);
    }

    AccountDetails(CurrentUser user, String passwordHash, boolean passwordSignIn) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.passwordSignIn = passwordSignIn;
    }

    CurrentUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String displayName() {
        return user.displayName();
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return passwordSignIn;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    List<String> roleNames() {
        return user.roles().stream().map(Enum::name).toList();
    }
}
