package org.praxis.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 over a plain socket to a running Praxis, so a test can send what a browser's HTTP client will not let it
 * (a Host header of its choosing, the forwarded headers a proxy adds) and read exactly what came back.
 */
public final class RawHttp {

    /** What came back: status, headers (names in lower case, every value), body. */
    public record Response(int status, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            var values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.getFirst();
        }

        /** The value of a cookie this response set, or null. */
        public String cookie(String name) {
            for (var setCookie : headers.getOrDefault("set-cookie", List.of())) {
                if (setCookie.startsWith(name + "=")) {
                    return setCookie.substring(name.length() + 1, setCookie.indexOf(';'));
                }
            }
            return null;
        }

        /** Every cookie this response set, as a browser sends them back in its Cookie header. */
        public String cookies() {
            return String.join(
                    "; ",
                    headers.getOrDefault("set-cookie", List.of()).stream()
                            .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                            .toList());
        }

        /** The value of a hidden form field on the page. */
        public String field(String name) {
            var m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"")
                    .matcher(body);
            return m.find() ? m.group(1) : null;
        }
    }

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** Sends the request line and headers (and a body, if given), closing the connection afterwards. */
    public Response send(String requestLine, Map<String, String> headers, String body) {
        var text = new StringBuilder(requestLine).append("\r\n");
        var all = new LinkedHashMap<String, String>();
        all.put("Host", "localhost:" + port);
        all.putAll(headers);
        all.put("Connection", "close");
        if (body != null) {
            all.put("Content-Type", "application/x-www-form-urlencoded");
            all.put("Content-Length", String.valueOf(body.getBytes(StandardCharsets.UTF_8).length));
        }
        all.forEach(
                (name, value) -> text.append(name).append(": ").append(value).append("\r\n"));
        text.append("\r\n");
        if (body != null) {
            text.append(body);
        }
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(text.toString().getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            var raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return parse(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Response get(String path, Map<String, String> headers) {
        return send("GET " + path + " HTTP/1.1", headers, null);
    }

    private static Response parse(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        var lines = raw.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        var headers = new LinkedHashMap<String, List<String>>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        var body = raw.substring(end + 4);
        if ("chunked"
                .equalsIgnoreCase(
                        headers.getOrDefault("transfer-encoding", List.of("")).getFirst())) {
            body = unchunk(body);
        }
        return new Response(status, headers, body);
    }

    private static String unchunk(String chunked) {
        var out = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(
                    chunked.substring(at, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                return out.toString();
            }
            // sizes are in bytes; the pages are UTF-8
            var bytes = chunked.substring(lineEnd + 2).getBytes(StandardCharsets.UTF_8);
            var chunk = new String(bytes, 0, size, StandardCharsets.UTF_8);
            out.append(chunk);
            at = lineEnd + 2 + chunk.length() + 2;
        }
    }
}
