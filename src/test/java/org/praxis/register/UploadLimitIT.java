package org.praxis.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A file over the upload limit, sent to a real server (the limit is enforced by the servlet container, which a
 * mocked request never reaches): the page and the API both say what the limit is.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.servlet.multipart.max-file-size=10KB", "spring.servlet.multipart.max-request-size=20KB"})
@ActiveProfiles("test")
class UploadLimitIT {

    private static final String BOUNDARY = "praxis-test-boundary";

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A multipart body with the form's fields and one file of {@code bytes} bytes. */
    private static byte[] multipart(String fields, int bytes) {
        var body = new StringBuilder();
        for (var field : fields.split("&")) {
            if (field.isEmpty()) {
                continue;
            }
            var pair = field.split("=", 2);
            body.append("--")
                    .append(BOUNDARY)
                    .append("\r\n")
                    .append("Content-Disposition: form-data; name=\"")
                    .append(pair[0])
                    .append("\"\r\n\r\n")
                    .append(pair[1])
                    .append("\r\n");
        }
        body.append("--")
                .append(BOUNDARY)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"files\"; filename=\"big.csv\"\r\n")
                .append("Content-Type: text/csv\r\n\r\n")
                .append("x".repeat(bytes))
                .append("\r\n--")
                .append(BOUNDARY)
                .append("--\r\n");
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String csrf(String html) {
        var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    @Test
    void aQaLeadUploadingAFileOverTheLimitIsToldTheLimit() throws Exception {
        var signIn = client.send(HttpRequest.newBuilder(uri("/sign-in")).build(), HttpResponse.BodyHandlers.ofString());
        client.send(
                HttpRequest.newBuilder(uri("/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=qa.lead&password=praxis-demo&_csrf="
                                + URLEncoder.encode(csrf(signIn.body()), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var form = client.send(
                HttpRequest.newBuilder(uri("/register/imports/new")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(200);

        var upload = client.send(
                HttpRequest.newBuilder(uri("/register/imports/new"))
                        .header("Accept", "text/html")
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(
                                "_csrf=" + csrf(form.body())
                                        + "&asAt.day=20&asAt.month=11&asAt.year=2026&rowHandling=REJECT_FILE",
                                15 * 1024)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(upload.statusCode()).isEqualTo(413);
        assertThat(upload.body())
                .contains("The file is too large")
                .contains("Praxis accepts files of up to 10 KB each, and up to 20 KB in one upload.");
    }

    @Test
    void theApiAnswersAProblemDocumentWithStatus413() throws Exception {
        var response = client.send(
                HttpRequest.newBuilder(uri("/api/register/annex-a?asAt=2026-11-20"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("qa.lead:praxis-demo".getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart("", 15 * 1024)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body())
                .contains("\"type\":\"urn:praxis:problem:upload-too-large\"")
                .contains("\"status\":413")
                .contains("up to 10 KB each");
    }
}
