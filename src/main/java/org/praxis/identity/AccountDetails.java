package org.praxis.identity;

import java.util.Collection;
import java.util.List;
import org.praxis.web.SignedInPerson;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of an account; the password hash is erased once sign-in succeeds. */
final class AccountDetails implements UserDetails, CredentialsContainer, SignedInPerson {

    private final CurrentUser user;
    private String passwordHash;

    AccountDetails(CurrentUser user, String passwordHash) {
        this.user = user;
        this.passwordHash = passwordHash;
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
    public void eraseCredentials() {
        passwordHash = null;
    }

    List<String> roleNames() {
        return user.roles().stream().map(Enum::name).toList();
    }
}
