package org.praxis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.praxis.support.IdentityProvider;

/**
 * A plain HTTP client with a cookie jar that follows redirects, as a browser without JavaScript does: signs in to
 * Praxis through the real identity provider's own login page, or with a password, over real HTTP.
 */
final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private final String praxis;

    WebClient(String praxis) {
        this.praxis = praxis;
    }

    /** A page of Praxis (a path) or anywhere (an address). */
    HttpResponse<String> get(String pathOrAddress) throws Exception {
        return http.send(
                HttpRequest.newBuilder(address(pathOrAddress))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form with the CSRF token of the page it is on. */
    HttpResponse<String> post(String pathOrAddress, HttpResponse<String> page, Map<String, String> fields)
            throws Exception {
        var form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrf(page.body()));
        var body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(address(pathOrAddress))
                        .header("Accept", "text/html")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Presses "Sign in with ..." and signs in on the provider's own page; returns where Praxis sent them. */
    HttpResponse<String> signInThroughProvider(String username) throws Exception {
        var providerPage = get("/oauth2/authorization/sso");
        assertThat(providerPage.uri().getPath()).as("the provider's login page").isEqualTo("/login");
        return post(
                providerPage.uri().toString(),
                providerPage,
                Map.of("username", username, "password", IdentityProvider.PASSWORD));
    }

    /** Signs in on Praxis's own form with a password; returns where Praxis sent them. */
    HttpResponse<String> signInWithPassword(String username, String password) throws Exception {
        var page = get("/sign-in");
        return post("/sign-in", page, Map.of("username", username, "password", password));
    }

    HttpResponse<String> signOut() throws Exception {
        return post("/sign-out", get("/"), Map.of());
    }

    /** The path (and query) of where a response ended up, when it is in Praxis. */
    String where(HttpResponse<String> response) {
        var uri = response.uri();
        // Spring Security marks a redirect to a saved request with "continue"; where the person is does not change.
        var query = uri.getRawQuery() == null || uri.getRawQuery().equals("continue") ? "" : "?" + uri.getRawQuery();
        return uri.toString().startsWith(praxis) ? uri.getRawPath() + query : uri.toString();
    }

    private URI address(String pathOrAddress) {
        return URI.create(pathOrAddress.startsWith("http") ? pathOrAddress : praxis + pathOrAddress);
    }

    private static String csrf(String html) {
        var found = CSRF.matcher(html);
        assertThat(found.find()).as("a CSRF token on the page").isTrue();
        return found.group(1).replace("&#45;", "-");
    }
}
