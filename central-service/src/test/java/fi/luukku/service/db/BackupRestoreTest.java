package fi.luukku.service.db;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.service.LuukkuServer;
import fi.luukku.service.ServiceConfig;
import fi.luukku.service.support.Api;
import fi.luukku.service.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backup and restore procedures of docs/operations.md, done as an operator would and checked. */
class BackupRestoreTest {
    @TempDir
    Path dir;

    private static Map<String, String> settings(Path data) {
        Map<String, String> s = new HashMap<>();
        s.put("demo", "true");
        s.put("port", "0");
        s.put("host", "127.0.0.1");
        s.put("data", data.toString());
        return s;
    }

    @Test
    void anOnlineH2BackupRestoresEveryAnsweredTicket() throws Exception {
        Path zip = dir.resolve("luukku-backup.zip");
        String ticket;
        try (LuukkuServer live = new LuukkuServer(ServiceConfig.of(settings(dir.resolve("live")))).start()) {
            ticket = new Api(live.baseUrl())
                    .issue("mikkeli", "mikkeli-kela-etuudet")
                    .get("id")
                    .asText();
            // BACKUP TO runs while the service serves: a consistent copy of the committed data
            live.database().read(sql -> {
                try (Statement st = sql.connection().createStatement()) {
                    st.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
                }
                return null;
            });
        }
        Path restored = dir.resolve("restored");
        Files.createDirectories(restored);
        Restore.execute(zip.toString(), restored.toString(), "luukku");
        try (LuukkuServer back = new LuukkuServer(ServiceConfig.of(settings(restored))).start()) {
            Api api = new Api(back.baseUrl());
            Api.Resp r = api.get("/api/v1/tickets/" + ticket, api.login("admin"));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
        }
    }

    @Test
    void aPgDumpRestoresIntoAFreshDatabase() throws Exception {
        String pg = TestServer.pgUrl();
        Assumptions.assumeTrue(pg != null, "PostgreSQL not configured");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pg_dump")), "pg_dump not installed");
        String libpq = pg.substring("jdbc:".length());
        String restoredDb =
                "restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (TestServer server = TestServer.start()) {
            String ticket = new Api(server.baseUrl())
                    .issue("mikkeli", "mikkeli-kela-etuudet")
                    .get("id")
                    .asText();
            String schema =
                    server.server().database().read(sql -> sql.connection().getSchema());
            Path dump = dir.resolve("luukku.dump");
            run(List.of("pg_dump", "-Fc", "-n", schema, "-f", dump.toString(), libpq));
            try (Connection c = DriverManager.getConnection(pg);
                    Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + restoredDb);
            }
            String target = libpq.replaceFirst("/[^/?]+(\\?|$)", "/" + restoredDb + "$1");
            try {
                run(List.of("pg_restore", "--no-owner", "-d", target, dump.toString()));
                Map<String, String> s = settings(dir.resolve("pg"));
                s.put("db.url", "jdbc:" + target);
                s.put("db.schema", schema);
                try (LuukkuServer back = new LuukkuServer(ServiceConfig.of(s)).start()) {
                    Api api = new Api(back.baseUrl());
                    assertThat(api.get("/api/v1/tickets/" + ticket, api.login("admin"))
                                    .status())
                            .isEqualTo(200);
                }
            } finally {
                try (Connection c = DriverManager.getConnection(pg);
                        Statement st = c.createStatement()) {
                    st.execute("DROP DATABASE IF EXISTS " + restoredDb);
                }
            }
        }
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
    }
}
