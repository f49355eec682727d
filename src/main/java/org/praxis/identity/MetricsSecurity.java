package org.praxis.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Metrics for Prometheus at {@code /actuator/prometheus}, behind HTTP Basic with the scraper's own credentials
 * ({@code prometheus} and {@code praxis.metrics.password}), never a person's account. Without a password set, nobody
 * can read them. No session, no CSRF (nothing to change), and no names in any metric.
 */
@Configuration
@ConditionalOnWebApplication
class MetricsSecurity {

    static final String SCRAPER = "prometheus";

    @Bean
    @Order(0)
    SecurityFilterChain prometheusScraping(
            HttpSecurity http, PasswordEncoder passwordEncoder, @Value("${praxis.metrics.password:}") String password)
            throws Exception {
        var hash = password.isBlank() ? null : passwordEncoder.encode(password);
        UserDetailsService scraper = username -> {
            if (hash == null || !SCRAPER.equals(username)) {
                throw new UsernameNotFoundException("No such scraper");
            }
            return User.withUsername(SCRAPER).password(hash).roles("METRICS").build();
        };
        var provider = new DaoAuthenticationProvider(scraper);
        provider.setPasswordEncoder(passwordEncoder);
        http.securityMatcher("/actuator/prometheus")
                .authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("METRICS"))
                .httpBasic(basic -> {})
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
