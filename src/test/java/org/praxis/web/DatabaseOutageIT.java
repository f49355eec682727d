package org.praxis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.praxis.PraxisApplication;
import org.praxis.identity.Accounts;
import org.praxis.identity.Role;
import org.praxis.support.RawHttp;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The database stops while Praxis runs and starts again: pages answer within seconds with the "service unavailable"
 * page (503), readiness says not ready while liveness stays up, and everything comes back by itself. On H2 the
 * database is a real H2 server stopped and started; on PostgreSQL the test's own database is closed to connections
 * and every connection to it ended, then opened again.
 */
class DatabaseOutageIT {

    /** A database the test can stop and start. */
    private interface Database extends AutoCloseable {
        String url();

        void stop() throws Exception;

        void start() throws Exception;
    }

    @Test
    void pagesSayTheServiceIsUnavailableQuicklyAndRecoverWhenTheDatabaseReturns() throws Exception {
        try (var database = database();
                var praxis = new SpringApplicationBuilder(PraxisApplication.class)
                        .profiles("test")
                        .run(
                                "--server.port=0",
                                "--praxis.demo.load=never",
                                "--spring.datasource.url=" + database.url(),
                                "--spring.datasource.username="
                                        + System.getProperty("spring.datasource.username", "sa"),
                                "--spring.datasource.password="
                                        + System.getProperty("spring.datasource.password", ""))) {
            int port = Integer.parseInt(praxis.getEnvironment().getProperty("local.server.port"));
            var http = new RawHttp(port);
            praxis.getBean(Accounts.class)
                    .create("outage.person", "correct horse battery", null, null, null, Set.of(Role.LEADER));
            var session = Map.of("Cookie", "SESSION=" + signIn(http));
            assertThat(http.get("/", session).status()).isEqualTo(200);
            assertThat(http.get("/actuator/health/readiness", Map.of()).status())
                    .isEqualTo(200);

            database.stop();
            long started = System.nanoTime();
            var page = http.get("/", session);
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            assertThat(page.status()).isEqualTo(503);
            assertThat(page.body()).contains("Sorry, the service is unavailable");
            assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'");
            assertThat(tookMs)
                    .as("answered without waiting long for the database")
                    .isLessThan(10_000);
            assertThat(http.get("/actuator/health/readiness", Map.of()).status())
                    .as("not ready while the database is unreachable")
                    .isEqualTo(503);
            assertThat(http.get("/actuator/health/liveness", Map.of()).status())
                    .as("still alive: no restart needed")
                    .isEqualTo(200);

            database.start();
            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> http.get("/", session).status() == 200);
            assertThat(http.get("/actuator/health/readiness", Map.of()).status())
                    .isEqualTo(200);
        }
    }

    private static String signIn(RawHttp http) {
        var page = http.get("/sign-in", Map.of());
        var body =
                "username=outage.person&password=" + URLEncoder.encode("correct horse battery", StandardCharsets.UTF_8)
                        + "&_csrf=" + URLEncoder.encode(page.field("_csrf"), StandardCharsets.UTF_8);
        var response =
                http.send("POST /sign-in HTTP/1.1", Map.of("Cookie", "XSRF-TOKEN=" + page.cookie("XSRF-TOKEN")), body);
        assertThat(response.header("Location")).isEqualTo("/");
        return response.cookie("SESSION");
    }

    private static Database database() throws Exception {
        var postgres = System.getProperty("spring.datasource.url", "");
        return postgres.startsWith("jdbc:postgresql:") ? new PostgresDatabase(postgres) : new H2Server();
    }

    /** A real H2 server on a port of its own, over a file database that outlives the server's stop. */
    private static final class H2Server implements Database {
        private final int port;
        private final String directory;
        private Server server;

        H2Server() throws Exception {
            try (var socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            directory = Files.createTempDirectory("praxis-outage").toString();
            start();
        }

        @Override
        public String url() {
            return "jdbc:h2:tcp://127.0.0.1:" + port + "/outage;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH";
        }

        @Override
        public void stop() {
            server.stop();
        }

        @Override
        public void start() throws SQLException {
            server = Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists", "-baseDir", directory)
                    .start();
        }

        @Override
        public void close() throws IOException {
            server.stop();
            try (var files = Files.walk(java.nio.file.Path.of(directory))) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * A PostgreSQL database of the test's own, next to the test database: "stopped" by refusing new connections and
     * ending every one open (what a restart of the server does to Praxis), "started" by accepting them again.
     */
    private static final class PostgresDatabase implements Database {
        private final String adminUrl;
        private final String name = "praxis_outage_" + Long.toHexString(System.nanoTime());

        PostgresDatabase(String testUrl) throws SQLException {
            this.adminUrl = testUrl;
            admin("create database " + name);
        }

        @Override
        public String url() {
            int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
            int query = adminUrl.indexOf('?', slash);
            return adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
        }

        @Override
        public void stop() throws SQLException {
            admin("alter database " + name + " allow_connections false");
            admin("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name + "'");
        }

        @Override
        public void start() throws SQLException {
            admin("alter database " + name + " allow_connections true");
        }

        @Override
        public void close() throws SQLException {
            admin("alter database " + name + " allow_connections false");
            admin("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name + "'");
            admin("drop database if exists " + name);
        }

        private void admin(String sql) throws SQLException {
            try (var connection = DriverManager.getConnection(
                            adminUrl,
                            System.getProperty("spring.datasource.username", "postgres"),
                            System.getProperty("spring.datasource.password", ""));
                    var statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }
}
