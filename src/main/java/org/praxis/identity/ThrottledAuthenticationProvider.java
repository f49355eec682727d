package org.praxis.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password sign-in with throttling ({@link SignInThrottle}). Every failure, whatever its cause (unknown
 * user, inactive account, wrong password), gives the same answer and costs the same: one query for the hash and one
 * hash comparison, against a stand-in hash of the same cost when there is no such active account; the person's
 * details are read only after the password matched. Built by {@link SecurityConfiguration} for the sign-in filter
 * alone (not a bean), so no parent authentication manager asks it a second time.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** Thrown while a username or address is locked out. */
    static final class SignInLockedException extends AuthenticationException {
        SignInLockedException() {
            super("Too many failed sign-in attempts");
        }
    }

    private final AccountDetailsService accounts;
    private final PasswordEncoder passwords;
    private final SignInThrottle throttle;
    private final String standInHash;

    ThrottledAuthenticationProvider(
            AccountDetailsService accounts, PasswordEncoder passwords, SignInThrottle throttle) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.standInHash = passwords.encode("no such account " + System.nanoTime());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var username = authentication.getName();
        var presented = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        var address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "";
        if (throttle.isLocked(username, address)) {
            throw new SignInLockedException();
        }
        var hash = accounts.activePasswordHash(username);
        boolean matches = passwords.matches(presented, hash.orElse(standInHash));
        var details = matches && hash.isPresent() ? accounts.loadUserByUsername(username) : null;
        // An account whose password sign-in is switched off (single sign-on, decision 0026) gets the answer a wrong
        // password gets.
        if (details != null && details.isEnabled()) {
            throttle.recordSuccess(username, address);
            details.eraseCredentials();
            var result = UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
            result.setDetails(authentication.getDetails());
            return result;
        }
        if (throttle.recordFailure(username, address)) {
            throw new SignInLockedException();
        }
        throw new BadCredentialsException("Enter a correct username and password");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
