package org.praxis.practiceweek;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.env.Environment;

/**
 * The {@code prod} profile refuses to start without the public address families reach Praxis at: the short link and
 * QR code printed for waiting rooms and letters would otherwise point at {@code http://localhost:8080}. The production
 * start check lists this with every other missing setting.
 */
public final class PublicAddressCheck {

    private PublicAddressCheck() {}

    /** What is wrong with the configured public address, or empty when it will do. */
    public static Optional<String> problem(Environment environment) {
        var address = environment.getProperty("praxis.public-base-url", "").strip();
        String host;
        String scheme;
        try {
            var uri = URI.create(address);
            host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            host = "";
            scheme = "";
        }
        if (host.isEmpty()
                || host.equals("localhost")
                || host.startsWith("127.")
                || host.equals("0.0.0.0")
                || host.equals("[::1]")
                || !scheme.equals("https")) {
            return Optional.of("the families' form short link and QR code need the address residents reach Praxis at."
                    + " Set PRAXIS_PUBLIC_BASE_URL (or PRAXIS_BASE_URL) to it, for example"
                    + " https://praxis.example.gov.uk (now: " + (address.isEmpty() ? "not set" : address) + ").");
        }
        return Optional.empty();
    }
}
