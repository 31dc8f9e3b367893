package fi.luukku.service.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.luukku.core.testing.MutableClock;
import fi.luukku.service.ServiceConfig;
import fi.luukku.service.cli.LuukkuCli;
import fi.luukku.service.db.Database;
import fi.luukku.service.support.Api;
import fi.luukku.service.testing.TestServer;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Archiving on H2 and PostgreSQL (ADR 0029): whole months older than their table's
 * {@code retention.archiveAfterMonths.*} and summarised go to {@code <data>/archive/<table>/<yyyy-MM>.jsonl.gz} and
 * out of the live tables; a process that dies between writing and deleting loses and duplicates nothing; the
 * operator's restore puts every row back exactly once.
 */
class ArchiveTest {
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final List<String> TABLES =
            List.of("tickets", "service_events", "referrals", "feedback", "help_requests", "incidents", "appointments");

    @Test
    void archivedMonthsLeaveTheLiveTablesAndTheRestoreCommandBringsThemBack() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-05T08:00:00Z"), HELSINKI);
        try (TestServer server = TestServer.start(Map.of(), clock)) {
            Database db = server.server().database();
            String ticket = seedJanuary(server, clock);
            Map<String, List<Map<String, Object>>> before = beforeArchiving(server, clock);
            assertThat(before.get("tickets")).hasSize(2);

            clock.set(Instant.parse("2028-02-07T08:00:00Z")); // 25 months later: January 2026 is due
            server.server().reportDays().runUntilCaughtUp(); // the maintenance tick runs it first
            server.server().retention().runUntilCaughtUp();

            for (String table : TABLES) {
                assertThat(januaryRows(db).get(table))
                        .as(table + " left the live table")
                        .isEmpty();
                assertThat(archiveFile(server, table)).as(table).exists();
            }
            assertThat(count(db, "SELECT COUNT(*) FROM daily_ticket_stats WHERE ticket_day = '2026-01-05'"))
                    .as("the day's summary stays")
                    .isPositive();
            assertThat(server.server().retention().archiver().entries())
                    .extracting(Archiver.Entry::state)
                    .containsOnly(Archiver.ARCHIVED);
            server.server().reportDays().runUntilCaughtUp(); // the maintenance tick runs it first
            assertThat(server.server().retention().runOnce()).as("caught up").isFalse();

            // the operator's command, on the stopped service's configuration
            server.stop();
            Path props = writeProperties(server);
            assertThat(LuukkuCli.run(
                            "admin",
                            "archive",
                            "restore",
                            "--config",
                            props.toString(),
                            "--table",
                            "nope",
                            "--month",
                            "2026-01"))
                    .isEqualTo(2);
            assertThat(LuukkuCli.run(
                            "admin",
                            "archive",
                            "restore",
                            "--config",
                            props.toString(),
                            "--table",
                            "tickets",
                            "--month",
                            "2025-12"))
                    .as("no such archive")
                    .isEqualTo(1);
            for (String table : List.of("tickets", "feedback", "help_requests", "incidents", "appointments")) {
                assertThat(LuukkuCli.run(
                                "admin",
                                "archive",
                                "restore",
                                "--config",
                                props.toString(),
                                "--table",
                                table,
                                "--month",
                                "2026-01"))
                        .as(table)
                        .isZero();
            }
            assertThat(LuukkuCli.run("admin", "archive", "list", "--config", props.toString()))
                    .isZero();
            server.restart();
            db = server.server().database();
            assertThat(januaryRows(db)).as("every row back as it was").isEqualTo(before);
            Api api = new Api(server.baseUrl());
            assertThat(api.get("/api/v1/tickets/" + ticket, api.login("admin")).status())
                    .isEqualTo(200);

            // restored months stay live; a second restore adds nothing
            server.server().reportDays().runUntilCaughtUp(); // the maintenance tick runs it first
            server.server().retention().runUntilCaughtUp();
            assertThat(januaryRows(db)).isEqualTo(before);
            assertThat(server.server().retention().archiver().restore(ArchiveTable.TICKETS, JANUARY))
                    .isZero();
            assertThat(januaryRows(db)).isEqualTo(before);
        }
    }

    @Test
    void aProcessThatDiesBetweenWritingAndDeletingLosesAndDuplicatesNothing() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-05T08:00:00Z"), HELSINKI);
        try (TestServer server = TestServer.start(Map.of(), clock)) {
            Database db = server.server().database();
            seedJanuary(server, clock);
            Map<String, List<Map<String, Object>>> before = beforeArchiving(server, clock);
            clock.set(Instant.parse("2028-02-07T08:00:00Z"));
            RetentionPolicy policy = RetentionPolicy.of(ServiceConfig.of(server.settings()));
            Archiver dying = new Archiver(db, policy.archiveDir(), HELSINKI, (t, m) -> {
                throw new IllegalStateException("killed before deleting " + t.tableName() + " " + m);
            });
            server.server().reportDays().runUntilCaughtUp(); // the maintenance tick runs it first
            assertThatThrownBy(() -> new RetentionJob(db, policy, clock, dying).runUntilCaughtUp())
                    .hasMessageContaining("killed before deleting tickets 2026-01");
            assertThat(januaryRows(db)).as("nothing deleted yet").isEqualTo(before);
            assertThat(fileRows(policy, "tickets")).hasSize(2);
            assertThat(new Archiver(db, policy.archiveDir(), HELSINKI).entries(Archiver.WRITTEN))
                    .extracting(Archiver.Entry::table)
                    .containsExactly("tickets");

            // the next run (a restarted process) finishes from the files it wrote
            server.server().reportDays().runUntilCaughtUp(); // the maintenance tick runs it first
            new RetentionJob(db, policy, clock).runUntilCaughtUp();
            for (String table : TABLES) {
                assertThat(januaryRows(db).get(table)).as(table).isEmpty();
                List<Object> ids =
                        fileRows(policy, table).stream().map(r -> r.get("id")).toList();
                assertThat(ids).as(table + ": every row archived once").doesNotHaveDuplicates();
                assertThat(ids.stream().filter(id -> !id.equals("demo-appointment")))
                        .containsExactlyInAnyOrderElementsOf(
                                before.get(table).stream().map(r -> r.get("id")).toList());
            }
            Archiver archiver = new Archiver(db, policy.archiveDir(), HELSINKI);
            for (ArchiveTable t : ArchiveTable.values()) {
                archiver.restore(t, JANUARY);
            }
            assertThat(januaryRows(db)).isEqualTo(before);

            // an operator lets the job archive the restored month again after a row left the live table (f1) and
            // another came (f2): the rewritten file keeps f1 from the old copy, each row once
            db.tx(sql -> sql.update("DELETE FROM archive_months")
                    + sql.update("UPDATE feedback SET id = 'f2' WHERE id = 'f1'"));
            server.server().reportDays().runUntilCaughtUp(); // the maintenance tick runs it first
            new RetentionJob(db, policy, clock).runUntilCaughtUp();
            assertThat(fileRows(policy, "feedback"))
                    .extracting(r -> r.get("id"))
                    .containsExactlyInAnyOrder("f1", "f2");
            assertThat(fileRows(policy, "tickets")).hasSize(2);
        }
    }

    @Test
    void archivingNeverRunsAheadOfTheSummaries() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-05T08:00:00Z"), HELSINKI);
        try (TestServer server = TestServer.start(Map.of("retention.archiveAfterMonths.incidents", "1"), clock)) {
            Database db = server.server().database();
            seedJanuary(server, clock);
            clock.set(Instant.parse("2026-03-02T08:00:00Z"));
            RetentionJob job = server.server().retention();
            server.server().reportDays().runUntilCaughtUp(); // the maintenance tick runs it first
            job.runUntilCaughtUp();
            assertThat(januaryRows(db).get("incidents"))
                    .as("incidents keep one month")
                    .isEmpty();
            assertThat(januaryRows(db).get("tickets"))
                    .as("tickets keep 24 months")
                    .hasSize(2);
            // summaries held back (as if the summary step were behind): nothing more may go
            db.tx(sql -> sql.update(
                    "UPDATE retention_progress SET done_until = ? WHERE step = ?",
                    Instant.parse("2025-12-01T00:00:00Z").toEpochMilli(),
                    RetentionJob.SUMMARY_STEP));
            db.tx(sql -> sql.update(
                    "INSERT INTO incidents (id, point_id, category, severity, occurred_at) VALUES"
                            + " ('late', 'mikkeli', 'THREAT', 1, ?)",
                    Instant.parse("2026-01-20T10:00:00Z").toEpochMilli()));
            db.tx(sql -> sql.update("DELETE FROM archive_months"));
            new Archiver(
                            db,
                            RetentionPolicy.of(ServiceConfig.of(server.settings()))
                                    .archiveDir(),
                            HELSINKI)
                    .run(
                            Map.of(
                                    ArchiveTable.TICKETS, 1,
                                    ArchiveTable.FEEDBACK, 1,
                                    ArchiveTable.HELP_REQUESTS, 1,
                                    ArchiveTable.INCIDENTS, 1,
                                    ArchiveTable.APPOINTMENTS, 1),
                            java.time.LocalDate.of(2026, 3, 2));
            assertThat(januaryRows(db).get("incidents")).hasSize(1);
            assertThat(januaryRows(db).get("tickets")).hasSize(2);
        }
    }

    @Test
    void archivingAlsoWaitsForTheReportsDaySummaries() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-05T08:00:00Z"), HELSINKI);
        try (TestServer server = TestServer.start(Map.of("retention.archiveAfterMonths.incidents", "1"), clock)) {
            Database db = server.server().database();
            seedJanuary(server, clock);
            clock.set(Instant.parse("2026-03-02T08:00:00Z"));
            // retention's own summaries are done, the reports' are not: a report of January would read raw rows
            server.server().retention().runUntilCaughtUp();
            assertThat(januaryRows(db).get("incidents"))
                    .as("kept until the reports have summarised January")
                    .hasSize(1);
            server.server().reportDays().runUntilCaughtUp();
            server.server().retention().runUntilCaughtUp();
            assertThat(januaryRows(db).get("incidents"))
                    .as("archived once summarised")
                    .isEmpty();
        }
    }

    /** Two tickets (one with a service event and a referral), feedback, a help request, an incident, an appointment. */
    private static String seedJanuary(TestServer server, MutableClock clock) {
        Database db = server.server().database();
        Api api = new Api(server.baseUrl());
        String ticket = api.issue("mikkeli", "mikkeli-kela-etuudet").get("id").asText();
        api.issue("mikkeli", "mikkeli-kela-etuudet", "MOBILITY");
        long now = clock.millis();
        db.tx(sql -> sql.update(
                        "INSERT INTO service_events (id, ticket_id, point_id, type_id, authority_id, count, recorded_at)"
                                + " VALUES ('se1', ?, 'mikkeli', 'guidance', 'kela', 2, ?)",
                        ticket,
                        now)
                + sql.update(
                        "INSERT INTO referrals (id, ticket_id, point_id, kind, slip_text, created_at)"
                                + " VALUES ('r1', ?, 'mikkeli', 'AUTHORITY', '', ?)",
                        ticket,
                        now)
                + sql.update(
                        "INSERT INTO feedback (id, point_id, rating, language, source, answered_at, received_at)"
                                + " VALUES ('f1', 'mikkeli', 4, 'fi', 'KIOSK', ?, ?)",
                        now,
                        now)
                + sql.update(
                        "INSERT INTO help_requests (id, point_id, source, requested_at) VALUES"
                                + " ('h1', 'mikkeli', 'kiosk', ?)",
                        now)
                + sql.update(
                        "INSERT INTO incidents (id, point_id, category, severity, description, occurred_at)"
                                + " VALUES ('i1', 'mikkeli', 'THREAT', 2, 'shouted', ?)",
                        now)
                + sql.update(
                        "INSERT INTO appointments (id, point_id, authority_id, queue_id, starts_at, booking_code,"
                                + " special_needs, status, created_at) VALUES ('a1', 'mikkeli', 'kela',"
                                + " 'mikkeli-kela', ?, 'ARCH-1', '', 'DONE', ?)",
                        now + 3_600_000,
                        now));
        return ticket;
    }

    /**
     * The January rows as they are archived: the job run two weeks before the month is due, when personal fields
     * and texts have long been cleared and nothing is archived yet.
     */
    private static Map<String, List<Map<String, Object>>> beforeArchiving(TestServer server, MutableClock clock) {
        clock.set(Instant.parse("2028-01-15T08:00:00Z"));
        server.server().reportDays().runUntilCaughtUp(); // the maintenance tick runs it first
        server.server().retention().runUntilCaughtUp();
        Map<String, List<Map<String, Object>>> rows =
                januaryRows(server.server().database());
        for (String table : TABLES) {
            assertThat(rows.get(table))
                    .as(table + " not archived before its month is due")
                    .isNotEmpty();
        }
        assertThat(server.server().retention().archiver().entries()).isEmpty();
        return rows;
    }

    /** Every row of January 2026 of each archived table, by id, as the archive sees them. */
    private static Map<String, List<Map<String, Object>>> januaryRows(Database db) {
        long from = Instant.parse("2025-12-31T22:00:00Z").toEpochMilli();
        long to = Instant.parse("2026-01-31T22:00:00Z").toEpochMilli();
        Map<String, String> query = Map.of(
                "tickets",
                "SELECT * FROM tickets WHERE issued_at >= ? AND issued_at < ?",
                "service_events",
                "SELECT * FROM service_events WHERE recorded_at >= ? AND recorded_at < ?",
                "referrals",
                "SELECT * FROM referrals WHERE created_at >= ? AND created_at < ?",
                "feedback",
                "SELECT * FROM feedback WHERE received_at >= ? AND received_at < ?",
                "help_requests",
                "SELECT * FROM help_requests WHERE requested_at >= ? AND requested_at < ?",
                "incidents",
                "SELECT * FROM incidents WHERE occurred_at >= ? AND occurred_at < ?",
                // the demo appointment is moved to the current day whenever the demo service starts
                "appointments",
                "SELECT * FROM appointments WHERE starts_at >= ? AND starts_at < ? AND id <> 'demo-appointment'");
        Map<String, List<Map<String, Object>>> rows = new java.util.TreeMap<>();
        for (String table : TABLES) {
            rows.put(table, db.read(sql -> sql.list(query.get(table) + " ORDER BY id", ArchiveFiles::row, from, to)));
        }
        return rows;
    }

    private static List<Map<String, Object>> fileRows(RetentionPolicy policy, String table) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        new ArchiveFiles(policy.archiveDir()).read(table, JANUARY, 1, rows::addAll);
        return rows;
    }

    private static Path archiveFile(TestServer server, String table) {
        return RetentionPolicy.archiveDir(ServiceConfig.of(server.settings()))
                .resolve(table)
                .resolve("2026-01.jsonl.gz");
    }

    private static Path writeProperties(TestServer server) throws IOException {
        Properties p = new Properties();
        p.putAll(server.settings());
        Path file = Files.createTempFile("luukku-archive", ".properties");
        try (Writer w = Files.newBufferedWriter(file)) {
            p.store(w, null);
        }
        return file;
    }

    private static long count(Database db, String query) {
        return db.read(sql -> sql.longValue(query));
    }
}
