package fi.luukku.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.api.report.BillingReport;
import fi.luukku.core.api.report.MetricsReportDto;
import fi.luukku.core.testing.MutableClock;
import fi.luukku.service.db.Database;
import fi.luukku.service.point.Catalog;
import fi.luukku.service.reportchange.ReportChanges;
import fi.luukku.service.testing.TestServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generates varied raw history (points of two regions with different waiting targets, three authorities, no-shows,
 * cancellations, uncalled and priority tickets, triage, feedback with and without authority, events of several types,
 * a visit whose events span midnight, incidents, referrals) and checks that every figure of the reports is the same
 * whether the days are summarised or read raw: before the summaries exist, after the job wrote them, after late
 * feedback and a late incident resolution, and after the job summarised the changed days again; for point, region
 * and national scopes (each with its authority breakdown) and for periods cut inside the history. Runs on H2, and on
 * PostgreSQL when {@code LUUKKU_TEST_PG_URL} is set.
 */
class ReportSummariesTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");
    static final LocalDate FIRST = LocalDate.of(2026, 5, 4);
    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    static final String[] AUTHORITIES = {"neuvonta", "kela", "vero"};
    static final String[] TYPES = {"documents", "short-advice", "long-advice", "materials"};
    static final String[] OUTCOMES = {"HANDLED", "STARTED", "NOT_HANDLED"};
    static final String[] POINTS = {"sum-a", "sum-b", "sum-c"};

    static MutableClock clock =
            new MutableClock(TODAY.atTime(14, 0).atZone(ZONE).toInstant());
    static TestServer server;
    static Database db;
    static RawReference reference;
    static MetricsService metrics;
    static BillingService billing;
    static ReportScopes scopes;

    @BeforeAll
    static void generate() throws Exception {
        server = TestServer.start(Map.of(), clock);
        db = server.server().database();
        try (Connection c = db.dataSource().getConnection()) {
            write(c);
        }
        Catalog catalog = Catalog.load(db);
        ObjectMapper mapper = new ObjectMapper();
        reference = new RawReference(db, catalog, mapper, ZONE);
        metrics = new MetricsService(db, catalog, mapper, ZONE);
        billing = new BillingService(db, catalog, mapper, ZONE);
        scopes = new ReportScopes(db);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void reportsFromSummariesEqualTheRawComputation() throws Exception {
        Map<String, BillingReport> rawBills = new java.util.HashMap<>();
        for (String scope : scopeNames()) {
            for (LocalDate[] period : periods()) {
                rawBills.put(scope + period[0] + period[1], billing.report(scope(scope), period[0], period[1], "fi"));
            }
        }
        assertAllEqual("no summaries yet");
        assertThat(count("SELECT COUNT(*) FROM report_point_days")).isZero();

        ReportDayJob job = new ReportDayJob(db, new ObjectMapper(), ZONE, clock);
        job.runUntilCaughtUp();
        assertThat(count("SELECT COUNT(*) FROM report_closed_days")).isEqualTo(TODAY.toEpochDay() - FIRST.toEpochDay());
        assertThat(count("SELECT COUNT(*) FROM report_point_days")).isGreaterThan(30);
        assertAllEqual("summarised");
        for (String scope : scopeNames()) {
            for (LocalDate[] period : periods()) {
                assertThat(billing.report(scope(scope), period[0], period[1], "fi"))
                        .as("billing " + scope + " " + period[0] + ".." + period[1])
                        .isEqualTo(rawBills.get(scope + period[0] + period[1]));
            }
        }
        job.runUntilCaughtUp(); // idempotent
        assertAllEqual("summarised twice");

        // late feedback about a summarised day, and an old incident resolved today
        long answered = FIRST.plusDays(3).atTime(11, 0).atZone(ZONE).toInstant().toEpochMilli();
        db.tx(sql -> {
            sql.update(
                    "INSERT INTO feedback (id, point_id, rating, outcome, could_do_alone, not_alone_reason, comment,"
                            + " language, source, authority_id, answered_at, received_at, perceived_safety)"
                            + " VALUES ('late-1','sum-a',1,'NOT_HANDLED',FALSE,'TOO_HARD','x','fi','TERMINAL','kela',?,?,2)",
                    answered,
                    clock.millis());
            ReportChanges.at(sql, "sum-a", answered, clock.millis());
            long occurred = sql.longValue("SELECT MIN(occurred_at) FROM incidents WHERE resolved_at IS NULL");
            String point = sql.one(
                            "SELECT point_id FROM incidents WHERE occurred_at = ?", rs -> rs.getString(1), occurred)
                    .orElseThrow();
            sql.update("UPDATE incidents SET resolved_at = ? WHERE occurred_at = ?", clock.millis(), occurred);
            ReportChanges.at(sql, point, occurred, clock.millis());
            return null;
        });
        assertAllEqual("changed after summarising");
        job.runUntilCaughtUp();
        assertThat(count("SELECT COUNT(*) FROM report_changes")).isZero();
        assertAllEqual("changed days summarised again");
    }

    @Test
    void histogramPercentilesAreTheNearestRankOfTheValues() {
        Random rnd = new Random(3);
        for (int round = 0; round < 200; round++) {
            int n = 1 + rnd.nextInt(300);
            int[] values = new int[n];
            Histogram h = new Histogram();
            for (int i = 0; i < n; i++) {
                values[i] = rnd.nextInt(round % 2 == 0 ? 50 : 100_000);
                h.add(values[i], 1);
            }
            Histogram copy = new Histogram();
            copy.addEncoded(h.encode());
            for (double p : new double[] {0.1, 0.5, 0.9, 1.0}) {
                assertThat(copy.percentile(p)).isEqualTo(Stats.percentile(Arrays.copyOf(values, n), n, p));
            }
            assertThat(copy.countAtMost(25))
                    .isEqualTo(Arrays.stream(values).filter(v -> v <= 25).count());
        }
    }

    private void assertAllEqual(String stage) {
        for (String scope : scopeNames()) {
            for (LocalDate[] period : periods()) {
                ReportScope s = scope(scope);
                MetricsReportDto expected = reference.report(s, period[0], period[1], "fi");
                MetricsReportDto actual = metrics.report(s, period[0], period[1], "fi");
                String what = stage + ": " + scope + " " + period[0] + ".." + period[1];
                assertThat(actual.totals()).as(what + " total").isEqualTo(expected.totals());
                assertThat(actual.authorities()).as(what + " authorities").isEqualTo(expected.authorities());
                assertThat(actual.points()).as(what + " points").isEqualTo(expected.points());
                assertThat(actual.regions()).as(what + " regions").isEqualTo(expected.regions());
                assertThat(actual.days()).as(what + " days").isEqualTo(expected.days());
                assertThat(actual).as(what).isEqualTo(expected);
            }
        }
        MetricsReportDto all = metrics.report(scope("national"), FIRST, TODAY, "fi");
        assertThat(all.totals().visits().issued()).isGreaterThan(500);
        assertThat(all.support().chains()).isNotEmpty();
    }

    private static List<String> scopeNames() {
        return List.of("national", "region:Etelä", "region:Pohjoinen", "point:sum-a", "point:sum-c");
    }

    private static List<LocalDate[]> periods() {
        return List.of(
                new LocalDate[] {FIRST.minusDays(2), TODAY},
                new LocalDate[] {FIRST.plusDays(2), FIRST.plusDays(6)},
                new LocalDate[] {FIRST.plusDays(7), TODAY});
    }

    private static ReportScope scope(String name) {
        List<ReportScope.PointInfo> all = scopes.points("fi");
        if (name.equals("national")) {
            return new ReportScope(name, "NATIONAL", "Koko maa", all);
        }
        if (name.startsWith("region:")) {
            String r = name.substring(7);
            return new ReportScope(
                    name,
                    "REGION",
                    r,
                    all.stream().filter(p -> p.region().equals(r)).toList());
        }
        String id = name.substring(6);
        return new ReportScope(
                name, "POINT", id, all.stream().filter(p -> p.id().equals(id)).toList());
    }

    private static long count(String q) {
        return db.read(sql -> sql.longValue(q));
    }

    private static long at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(ZONE).toInstant().toEpochMilli();
    }

    private static void write(Connection c) throws Exception {
        try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO points (id, name_fi, name_sv, name_en, municipality, address, languages, time_zone,"
                                + " region, wait_target_minutes) VALUES (?,?,?,?,?,?,?,?,?,?)");
                PreparedStatement pa = c.prepareStatement(
                        "INSERT INTO point_authorities (point_id, authority_id, sort_order) VALUES (?,?,?)");
                PreparedStatement qu = c.prepareStatement(
                        "INSERT INTO queues (id, point_id, prefix, authority_id, name_fi, name_sv, name_en)"
                                + " VALUES (?,?,?,?,?,?,?)")) {
            for (int i = 0; i < POINTS.length; i++) {
                String id = POINTS[i];
                p.setString(1, id);
                p.setString(2, id);
                p.setString(3, id);
                p.setString(4, id);
                p.setString(5, "Kunta " + i);
                p.setString(6, "Katu " + i);
                p.setString(7, "fi");
                p.setString(8, "Europe/Helsinki");
                p.setString(9, i < 2 ? "Etelä" : "Pohjoinen");
                p.setInt(10, 5 + 5 * i);
                p.executeUpdate();
                for (int a = 0; a < AUTHORITIES.length; a++) {
                    pa.setString(1, id);
                    pa.setString(2, AUTHORITIES[a]);
                    pa.setInt(3, a);
                    pa.executeUpdate();
                    qu.setString(1, id + "-" + AUTHORITIES[a]);
                    qu.setString(2, id);
                    qu.setString(3, "ABC".substring(a, a + 1));
                    qu.setString(4, AUTHORITIES[a]);
                    qu.setString(5, AUTHORITIES[a]);
                    qu.setString(6, AUTHORITIES[a]);
                    qu.setString(7, AUTHORITIES[a]);
                    qu.executeUpdate();
                }
            }
        }
        Random rnd = new Random(7);
        List<Object[]> tickets = new ArrayList<>();
        List<Object[]> feedback = new ArrayList<>();
        List<Object[]> events = new ArrayList<>();
        List<Object[]> incidents = new ArrayList<>();
        List<Object[]> referrals = new ArrayList<>();
        int seq = 0;
        for (LocalDate day = FIRST; !day.isAfter(TODAY); day = day.plusDays(1)) {
            for (String point : POINTS) {
                int n = day.getDayOfWeek().getValue() >= 6 ? rnd.nextInt(3) : 15 + rnd.nextInt(20);
                for (int i = 0; i < n; i++) {
                    seq++;
                    String id = "st" + seq;
                    String authority = AUTHORITIES[rnd.nextInt(3)];
                    long issued = at(day, LocalTime.of(8 + rnd.nextInt(9), rnd.nextInt(60), rnd.nextInt(60)));
                    int kind = rnd.nextInt(20);
                    String status =
                            kind == 0 ? "NO_SHOW" : kind == 1 ? "CANCELLED" : kind == 2 ? "WAITING" : "FINISHED";
                    Long called =
                            kind == 1 || kind == 2 ? null : issued + rnd.nextInt(40 * 60) * 1000L + rnd.nextInt(1000);
                    if (kind == 3) {
                        called =
                                issued + (5 + 5L * Arrays.asList(POINTS).indexOf(point)) * 60_000; // exactly the target
                    }
                    boolean finished = "FINISHED".equals(status);
                    Long started = finished ? called : null;
                    Long ended = finished ? called + 60_000 + rnd.nextInt(20 * 60_000) : null;
                    String triage = !finished || rnd.nextInt(3) == 0
                            ? null
                            : "{\"supportLevel\":" + (1 + rnd.nextInt(4))
                                    + (rnd.nextBoolean() ? ",\"lifeEventId\":\"moving\"" : "") + "}";
                    tickets.add(new Object[] {
                        id,
                        point,
                        day.toString(),
                        "N" + seq,
                        point + "-" + authority,
                        status,
                        issued,
                        called,
                        started,
                        ended,
                        finished ? OUTCOMES[rnd.nextInt(3)] : null,
                        finished && rnd.nextBoolean() ? 1 + rnd.nextInt(5) : null,
                        triage,
                        rnd.nextInt(10) == 0
                    });
                    if (finished && rnd.nextInt(100) < 40) {
                        boolean alone = rnd.nextBoolean();
                        feedback.add(new Object[] {
                            "sf" + seq,
                            point,
                            rnd.nextInt(10) == 0 ? null : 1 + rnd.nextInt(5),
                            rnd.nextInt(4) == 0 ? null : OUTCOMES[rnd.nextInt(3)],
                            rnd.nextInt(5) == 0 ? null : alone,
                            alone ? null : "NO_BANK_ID",
                            rnd.nextInt(4) == 0 ? "kommentti" : null,
                            rnd.nextInt(6) == 0 ? null : authority,
                            ended + 30_000,
                            rnd.nextInt(3) == 0 ? null : 1 + rnd.nextInt(5)
                        });
                    }
                    if (finished && rnd.nextInt(100) < 70) {
                        int m = 1 + rnd.nextInt(3);
                        for (int e = 0; e < m; e++) {
                            events.add(new Object[] {
                                "se" + seq + "-" + e,
                                id,
                                point,
                                TYPES[rnd.nextInt(TYPES.length)],
                                e == 0 ? authority : AUTHORITIES[rnd.nextInt(3)],
                                1 + rnd.nextInt(2),
                                ended - 1000L * (m - e)
                            });
                        }
                    }
                    if (finished && rnd.nextInt(30) == 0) {
                        referrals.add(new Object[] {
                            "sr" + seq,
                            id,
                            point,
                            rnd.nextBoolean() ? "DIRECTORY" : "QUEUE",
                            rnd.nextBoolean() ? null : "kela-toimisto",
                            ended
                        });
                    }
                }
                if (rnd.nextInt(4) == 0) {
                    long occurred = at(day, LocalTime.of(12, rnd.nextInt(60)));
                    incidents.add(new Object[] {
                        "si" + seq + point + day,
                        point,
                        rnd.nextBoolean() ? "THREAT" : "DISTURBANCE",
                        1 + rnd.nextInt(3),
                        occurred,
                        rnd.nextBoolean() ? occurred + 3_600_000 : null
                    });
                }
            }
        }
        // a visit served across midnight: its events lie on two days (its chain is joined across them)
        LocalDate d = FIRST.plusDays(6);
        tickets.add(new Object[] {
            "st-midnight",
            "sum-a",
            d.toString(),
            "M1",
            "sum-a-kela",
            "FINISHED",
            at(d, LocalTime.of(23, 30)),
            at(d, LocalTime.of(23, 40)),
            at(d, LocalTime.of(23, 40)),
            at(d.plusDays(1), LocalTime.of(0, 20)),
            "HANDLED",
            4,
            null,
            true
        });
        events.add(new Object[] {"se-m1", "st-midnight", "sum-a", "documents", "kela", 1, at(d, LocalTime.of(23, 50))});
        events.add(new Object[] {
            "se-m2", "st-midnight", "sum-a", "short-advice", "vero", 1, at(d.plusDays(1), LocalTime.of(0, 10))
        });
        batch(
                c,
                "INSERT INTO tickets (id, point_id, ticket_day, number, queue_id, status, issued_at, called_at,"
                        + " started_at, finished_at, outcome, assessment, triage, priority, sort_at, tracking_code, language,"
                        + " special_needs) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'fi','')",
                tickets,
                r -> new Object[] {r[6], "TC" + r[0]});
        batch(
                c,
                "INSERT INTO feedback (id, point_id, rating, outcome, could_do_alone, not_alone_reason, comment,"
                        + " authority_id, answered_at, perceived_safety, received_at, language, source)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,'fi','TERMINAL')",
                feedback,
                r -> new Object[] {r[8]});
        batch(
                c,
                "INSERT INTO service_events (id, ticket_id, point_id, type_id, authority_id, count, recorded_at)"
                        + " VALUES (?,?,?,?,?,?,?)",
                events,
                r -> new Object[0]);
        batch(
                c,
                "INSERT INTO incidents (id, point_id, category, severity, occurred_at, resolved_at) VALUES (?,?,?,?,?,?)",
                incidents,
                r -> new Object[0]);
        batch(
                c,
                "INSERT INTO referrals (id, ticket_id, point_id, kind, target, created_at, slip_text)"
                        + " VALUES (?,?,?,?,?,?,'')",
                referrals,
                r -> new Object[0]);
    }

    private static void batch(
            Connection c, String sql, List<Object[]> rows, java.util.function.Function<Object[], Object[]> extra)
            throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] r : rows) {
                Object[] more = extra.apply(r);
                Object[] all = Arrays.copyOf(r, r.length + more.length);
                System.arraycopy(more, 0, all, r.length, more.length);
                for (int i = 0; i < all.length; i++) {
                    ps.setObject(i + 1, all[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
