package org.praxis.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password sign-in with throttling. Every failure, whatever its cause (unknown user,
 * inactive account, wrong password), gives the same answer; a locked username or address is refused
 * before the password is even checked. Built by {@link SecurityConfiguration} for the sign-in filter
 * alone (not a bean), so no parent authentication manager asks it a second time.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** Thrown while a username or address is locked out. */
    static final class SignInLockedException extends AuthenticationException {
        SignInLockedException() {
            super("Too many failed sign-in attempts");
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(
            AccountDetailsService accounts, PasswordEncoder passwordEncoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var username = authentication.getName();
        var address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "";
        if (throttle.isLocked(username, address)) {
            throw new SignInLockedException();
        }
        try {
            var result = passwords.authenticate(authentication);
            throttle.recordSuccess(username);
            return result;
        } catch (AuthenticationException failed) {
            throttle.recordFailure(username, address);
            if (throttle.isLocked(username, address)) {
                throw new SignInLockedException();
            }
            throw new BadCredentialsException("Enter a correct username and password");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
