package fi.luukku.systemtests.bench.reports;

import fi.luukku.service.LuukkuServer;
import fi.luukku.service.ServiceConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * {@code ./luukku bench reports}: generates a national history straight into the database (points × days ×
 * tickets per day, with feedback, service events and incidents in realistic shares), restarts the service on it,
 * lets its report job summarise the closed days (timed) and prints the median time of each report over HTTP.
 *
 * <pre>
 *   ./luukku bench reports [--points 200] [--days 250] [--tickets 100] [--runs 5]
 *       [--db-url jdbc:postgresql://127.0.0.1:5432/test?user=postgres --db-schema bench1]
 * </pre>
 */
public final class ReportsBenchmark {
    private static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");
    private static final String[] OUTCOMES = {"HANDLED", "STARTED", "NOT_HANDLED"};
    private static final String[] TYPES = {"documents", "short-advice", "long-advice", "materials"};

    public static void main(String[] args) throws Exception {
        Map<String, String> o =
                new LinkedHashMap<>(Map.of("points", "200", "days", "250", "tickets", "100", "runs", "5"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected " + args[i]);
            }
            o.put(args[i].substring(2), args[i + 1]);
        }
        int points = Integer.parseInt(o.get("points"));
        int days = Integer.parseInt(o.get("days"));
        int tickets = Integer.parseInt(o.get("tickets"));
        int runs = Integer.parseInt(o.get("runs"));
        Path dir = Files.createTempDirectory("luukku-bench-reports-");
        Map<String, String> cfg =
                new LinkedHashMap<>(Map.of("demo", "true", "port", "0", "host", "127.0.0.1", "data", dir.toString()));
        cfg.put("maintenance.intervalMinutes", "1440"); // the benchmark runs the summaries itself, timed
        if (o.containsKey("db-url")) {
            cfg.put("db.url", o.get("db-url"));
        }
        if (o.containsKey("db-schema")) {
            cfg.put("db.schema", o.get("db-schema"));
        }
        // the last generated day is yesterday; the history covers the working days before it
        LocalDate last = LocalDate.now(ZONE).minusDays(1);
        List<LocalDate> workdays = new ArrayList<>();
        for (LocalDate d = last; workdays.size() < days; d = d.minusDays(1)) {
            if (d.getDayOfWeek().getValue() < 6) {
                workdays.add(0, d);
            }
        }
        LuukkuServer server = new LuukkuServer(ServiceConfig.of(cfg)).start();
        String kind = server.database().kind();
        long t0 = System.nanoTime();
        long rows;
        try (Connection c = server.database().dataSource().getConnection()) {
            rows = generate(c, points, workdays, tickets);
        }
        double genSeconds = (System.nanoTime() - t0) / 1e9;
        server.stop();
        server = new LuukkuServer(ServiceConfig.of(cfg)).start(); // the catalog now knows the generated points
        long s0 = System.nanoTime();
        server.reportDays().runUntilCaughtUp(); // the product's own summarising of the closed days (ADR 0026)
        double sumSeconds = (System.nanoTime() - s0) / 1e9;
        try {
            System.out.printf(
                    "Luukku reports benchmark: %s, %d points × %d days × %d tickets (%d rows in %.0f s), %d cores, Java %s%n",
                    kind,
                    points,
                    days,
                    tickets,
                    rows,
                    genSeconds,
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            System.out.printf("day summaries of %d closed days written in %.0f s%n", days, sumSeconds);
            HttpClient http = HttpClient.newHttpClient();
            String token = login(http, server.baseUrl());
            LocalDate monthFrom = last.withDayOfMonth(1);
            LocalDate yearFrom = workdays.get(0).isBefore(last.minusDays(365)) ? last.minusDays(365) : workdays.get(0);
            Map<String, String> cases = new LinkedHashMap<>();
            cases.put("metrics, one point, month", q("metrics", "point:bench-001", monthFrom, last));
            cases.put("billing, one point, month", q("billing", "point:bench-001", monthFrom, last));
            cases.put("metrics, network, year", q("metrics", "national", yearFrom, last));
            cases.put("billing, network, year", q("billing", "national", yearFrom, last));
            for (var e : cases.entrySet()) {
                List<Double> ms = new ArrayList<>();
                for (int i = 0; i < runs + 1; i++) {
                    long s = System.nanoTime();
                    HttpResponse<byte[]> r = http.send(
                            HttpRequest.newBuilder(URI.create(server.baseUrl() + e.getValue()))
                                    .header("Authorization", "Bearer " + token)
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(
                                e.getKey() + ": " + r.statusCode() + " " + new String(r.body()));
                    }
                    if (i > 0) {
                        ms.add((System.nanoTime() - s) / 1e6); // the first run warms up
                    }
                }
                Collections.sort(ms);
                System.out.printf(
                        "%-28s median %8.1f ms   min %8.1f   max %8.1f   (%d runs)%n",
                        e.getKey(), ms.get(ms.size() / 2), ms.get(0), ms.get(ms.size() - 1), ms.size());
            }
        } finally {
            server.stop();
            try (var files = Files.walk(dir)) { // a national year on H2 is gigabytes
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        System.exit(0);
    }

    private static String q(String report, String scope, LocalDate from, LocalDate to) {
        return "/api/v1/reports/" + report + "?from=" + from + "&to=" + to + "&scope=" + scope;
    }

    private static String login(HttpClient http, String base) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"demo\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String body = r.body();
        int i = body.indexOf("\"token\":\"") + 9;
        return body.substring(i, body.indexOf('"', i));
    }

    /** Writes the history in batches; returns the number of rows written. */
    static long generate(Connection c, int points, List<LocalDate> days, int perDay) throws Exception {
        c.setAutoCommit(false);
        Random rnd = new Random(12);
        long rows = 0;
        try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO points (id, name_fi, name_sv, name_en, municipality, address, languages, time_zone,"
                                + " region, wait_target_minutes) VALUES (?,?,?,?,?,?,?,?,?,?)");
                PreparedStatement pa = c.prepareStatement(
                        "INSERT INTO point_authorities (point_id, authority_id, sort_order) VALUES (?,?,?)");
                PreparedStatement qu = c.prepareStatement(
                        "INSERT INTO queues (id, point_id, prefix, authority_id, name_fi, name_sv, name_en)"
                                + " VALUES (?,?,?,?,?,?,?)")) {
            for (int i = 1; i <= points; i++) {
                String id = String.format("bench-%03d", i);
                p.setString(1, id);
                p.setString(2, "Piste " + i);
                p.setString(3, "Punkt " + i);
                p.setString(4, "Point " + i);
                p.setString(5, "Kunta " + i);
                p.setString(6, "Katu " + i);
                p.setString(7, "fi,sv,en");
                p.setString(8, "Europe/Helsinki");
                p.setString(9, "Alue " + (1 + i % 18));
                p.setInt(10, 15);
                p.addBatch();
                String[] auth = {"neuvonta", "kela", "vero"};
                for (int a = 0; a < auth.length; a++) {
                    pa.setString(1, id);
                    pa.setString(2, auth[a]);
                    pa.setInt(3, a);
                    pa.addBatch();
                    qu.setString(1, id + "-" + auth[a]);
                    qu.setString(2, id);
                    qu.setString(3, "ABC".substring(a, a + 1));
                    qu.setString(4, auth[a]);
                    qu.setString(5, auth[a]);
                    qu.setString(6, auth[a]);
                    qu.setString(7, auth[a]);
                    qu.addBatch();
                }
            }
            p.executeBatch();
            pa.executeBatch();
            qu.executeBatch();
            c.commit();
        }
        try (PreparedStatement t = c.prepareStatement(
                        "INSERT INTO tickets (id, point_id, ticket_day, number, queue_id, status, language, special_needs,"
                                + " issued_at, sort_at, called_at, started_at, finished_at, tracking_code, outcome,"
                                + " assessment, triage) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                PreparedStatement f = c.prepareStatement(
                        "INSERT INTO feedback (id, point_id, rating, outcome, could_do_alone, not_alone_reason, comment,"
                                + " language, source, authority_id, answered_at, received_at, perceived_safety)"
                                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
                PreparedStatement e = c.prepareStatement(
                        "INSERT INTO service_events (id, ticket_id, point_id, type_id, authority_id, count,"
                                + " recorded_at) VALUES (?,?,?,?,?,?,?)");
                PreparedStatement in = c.prepareStatement(
                        "INSERT INTO incidents (id, point_id, category, severity, occurred_at, resolved_at)"
                                + " VALUES (?,?,?,?,?,?)")) {
            long seq = 0;
            for (LocalDate day : days) {
                long open = day.atTime(9, 0).atZone(ZONE).toInstant().toEpochMilli();
                for (int i = 1; i <= points; i++) {
                    String point = String.format("bench-%03d", i);
                    for (int n = 0; n < perDay; n++) {
                        seq++;
                        String id = "t" + seq;
                        String authority = n % 3 == 0 ? "kela" : n % 5 == 0 ? "vero" : "neuvonta";
                        long issued = open + n * 4L * 60_000 + rnd.nextInt(60_000);
                        long called = issued + rnd.nextInt(30 * 60_000);
                        boolean noShow = rnd.nextInt(100) < 4;
                        long finished = called + 60_000 + rnd.nextInt(15 * 60_000);
                        t.setString(1, id);
                        t.setString(2, point);
                        t.setString(3, day.toString());
                        t.setString(4, "A" + n);
                        t.setString(5, point + "-" + authority);
                        t.setString(6, noShow ? "NO_SHOW" : "FINISHED");
                        t.setString(7, "fi");
                        t.setString(8, "");
                        t.setLong(9, issued);
                        t.setLong(10, issued);
                        t.setLong(11, called);
                        if (noShow) {
                            t.setNull(12, java.sql.Types.BIGINT);
                            t.setNull(13, java.sql.Types.BIGINT);
                            t.setNull(15, java.sql.Types.VARCHAR);
                            t.setNull(16, java.sql.Types.INTEGER);
                            t.setNull(17, java.sql.Types.VARCHAR);
                        } else {
                            t.setLong(12, called);
                            t.setLong(13, finished);
                            t.setString(15, OUTCOMES[rnd.nextInt(3)]);
                            t.setInt(16, 1 + rnd.nextInt(5));
                            t.setString(17, "{\"supportLevel\":" + (1 + rnd.nextInt(4)) + "}");
                        }
                        t.setString(14, "TC" + seq);
                        t.addBatch();
                        rows++;
                        if (!noShow && rnd.nextInt(100) < 35) {
                            int rating = 1 + rnd.nextInt(5);
                            f.setString(1, "f" + seq);
                            f.setString(2, point);
                            f.setInt(3, rating);
                            f.setString(4, OUTCOMES[rnd.nextInt(3)]);
                            boolean alone = rnd.nextBoolean();
                            f.setBoolean(5, alone);
                            f.setString(6, alone ? null : "NO_BANK_ID");
                            f.setString(7, rnd.nextInt(100) < 15 ? "x" : null);
                            f.setString(8, "fi");
                            f.setString(9, "TERMINAL");
                            f.setString(10, authority);
                            f.setLong(11, finished + 60_000);
                            f.setLong(12, finished + 60_000);
                            f.setInt(13, 1 + rnd.nextInt(5));
                            f.addBatch();
                            rows++;
                        }
                        if (!noShow && rnd.nextInt(100) < 70) {
                            e.setString(1, "e" + seq);
                            e.setString(2, id);
                            e.setString(3, point);
                            e.setString(4, TYPES[rnd.nextInt(TYPES.length)]);
                            e.setString(5, authority);
                            e.setInt(6, 1 + rnd.nextInt(2));
                            e.setLong(7, finished);
                            e.addBatch();
                            rows++;
                        }
                    }
                    if (rnd.nextInt(100) < 5) {
                        in.setString(1, "i" + seq);
                        in.setString(2, point);
                        in.setString(3, rnd.nextBoolean() ? "THREAT" : "DISTURBANCE");
                        in.setInt(4, 1 + rnd.nextInt(3));
                        in.setLong(5, open + 3_600_000);
                        if (rnd.nextBoolean()) {
                            in.setLong(6, open + 7_200_000);
                        } else {
                            in.setNull(6, java.sql.Types.BIGINT);
                        }
                        in.addBatch();
                        rows++;
                    }
                }
                t.executeBatch();
                f.executeBatch();
                e.executeBatch();
                in.executeBatch();
                c.commit();
            }
        }
        return rows;
    }
}
