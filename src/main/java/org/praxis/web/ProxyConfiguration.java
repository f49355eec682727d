package org.praxis.web;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Behind a reverse proxy or load balancer (docs/operations.md): Tomcat's own forwarded-header handling
 * ({@code server.forward-headers-strategy=native}) takes the client's address from {@code X-Forwarded-For} and the
 * scheme from {@code X-Forwarded-Proto}, but only when the connection comes from one of the proxies named here. With
 * none named (the default), nobody is trusted and those headers are ignored, so a client cannot pretend to be
 * another address.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProxyConfiguration.ProxyProperties.class)
class ProxyConfiguration {

    /**
     * The reverse proxies whose forwarded headers are believed.
     *
     * @param trustedAddresses the IP addresses of the reverse proxies or load balancers in front of Praxis, separated
     *     by commas (for example {@code 10.0.0.5,10.0.0.6}); empty: no proxy, forwarded headers are ignored
     */
    @ConfigurationProperties("praxis.proxy")
    record ProxyProperties(@DefaultValue List<String> trustedAddresses) {}

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatWebServerFactory> trustedProxies(ProxyProperties proxy) {
        var pattern = internalProxies(proxy.trustedAddresses());
        return factory -> factory.getEngineValves().stream()
                .filter(RemoteIpValve.class::isInstance)
                .map(RemoteIpValve.class::cast)
                .forEach(valve -> {
                    valve.setInternalProxies(pattern);
                    valve.setTrustedProxies(null);
                });
    }

    /** The regular expression Tomcat matches the connecting address with: exactly these addresses, or none. */
    static String internalProxies(List<String> addresses) {
        return addresses.stream()
                .map(String::strip)
                .filter(a -> !a.isEmpty())
                .map(Pattern::quote)
                .collect(Collectors.collectingAndThen(
                        Collectors.joining("|"), joined -> joined.isEmpty() ? "" : "^(?:" + joined + ")$"));
    }
}
