package fi.luukku.systemtests.bench.service;

import fi.luukku.core.api.IssueTicketRequest;
import fi.luukku.core.api.LoginRequest;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.service.LuukkuServer;
import fi.luukku.service.ServiceConfig;
import fi.luukku.service.db.Database;
import java.nio.file.Files;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Is issuing and calling as fast with a year of history as on an empty database (issue 13, item 6)? Starts the
 * service in-process (fresh H2 by default, or {@code --db-url}/{@code --db-schema}), measures issue and call-next
 * p50 on the empty database, loads N tickets spread over the past 365 days and every point's queues straight
 * into the tickets table, and measures again.
 *
 * <pre>
 * java -cp … fi.luukku.systemtests.bench.service.HistoryBenchmark [N=200000] [--db-url URL --db-schema NAME]
 * </pre>
 */
public final class HistoryBenchmark {
    private static final String POINT = "mikkeli";

    public static void main(String[] args) throws Exception {
        java.nio.file.Path data = Files.createTempDirectory("luukku-history-");
        long n = 200_000;
        Map<String, String> cfg = new LinkedHashMap<>(Map.of(
                "demo", "true",
                "port", "0",
                "host", "127.0.0.1",
                "data", data.toString()));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--db-url" -> cfg.put("db.url", args[++i]);
                case "--db-schema" -> cfg.put("db.schema", args[++i]);
                default -> n = Long.parseLong(args[i].replace("_", ""));
            }
        }
        LuukkuServer server = new LuukkuServer(ServiceConfig.of(cfg)).start();
        try {
            System.out.printf(
                    "history benchmark on %s, %d tickets of history%n",
                    server.database().kind(), n);
            LuukkuClient kiosk = new LuukkuClient(
                    server.baseUrl(),
                    () -> "demo-kiosk-" + POINT,
                    LuukkuClient.defaultHttpClient(),
                    JsonMapper.create());
            String token = kiosk.login(new LoginRequest("advisor1", "demo", "mikkeli-1"))
                    .token();
            LuukkuClient desk = new LuukkuClient(
                    server.baseUrl(), () -> token, LuukkuClient.defaultHttpClient(), JsonMapper.create());
            String serviceId = kiosk.services(POINT).get(0).id();
            measure("warm-up", kiosk, desk, serviceId, 100);
            double[] empty = measure("empty database", kiosk, desk, serviceId, 200);
            long t0 = System.nanoTime();
            load(server.database(), n, ZoneId.of("Europe/Helsinki"));
            System.out.printf("loaded %d tickets in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            t0 = System.nanoTime();
            settle(server.database());
            System.out.printf(
                    "settled (statistics and checkpoint, as a year of gradual growth would have left them) in %.1f s%n",
                    (System.nanoTime() - t0) / 1e9);
            measure("warm-up", kiosk, desk, serviceId, 100);
            double[] full = measure(n + " tickets of history", kiosk, desk, serviceId, 200);
            System.out.printf(
                    "ratio with history / empty: issue %.2fx, call-next %.2fx (goal: within 1.2x)%n",
                    full[0] / empty[0], full[1] / empty[1]);
        } finally {
            server.stop();
            deleteTree(data); // a national year on H2 is tens of gigabytes
        }
        System.exit(0);
    }

    private static void deleteTree(java.nio.file.Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            for (java.nio.file.Path p :
                    files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Issues and calls {@code count} tickets one at a time; answers {issue p50, call-next p50} in ms. */
    private static double[] measure(String label, LuukkuClient kiosk, LuukkuClient desk, String serviceId, int count) {
        List<Long> issue = new ArrayList<>();
        List<Long> call = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long s = System.nanoTime();
            kiosk.issueTicket(POINT, IssueTicketRequest.online(serviceId, "fi", List.of()), LuukkuClient.newKey());
            issue.add(System.nanoTime() - s);
        }
        for (int i = 0; i < count; i++) {
            long s = System.nanoTime();
            desk.callNext(POINT, "mikkeli-1");
            call.add(System.nanoTime() - s);
        }
        double[] p = {p50(issue), p50(call)};
        System.out.printf("%s: issue p50 %.2f ms, call-next p50 %.2f ms (%d each)%n", label, p[0], p[1], count);
        return p;
    }

    private static double p50(List<Long> nanos) {
        List<Long> s = new ArrayList<>(nanos);
        Collections.sort(s);
        return s.get(s.size() / 2) / 1e6;
    }

    /**
     * A year of history grows a day at a time, and the database keeps its statistics and its files up to date as it
     * goes (PostgreSQL's autovacuum, H2's background writer). Loaded in two minutes, it has not: measuring at once
     * would time the bulk load's aftermath (stale planner statistics, the autovacuum and checkpoint it triggers),
     * not history. So, as an operator would after a bulk import: analyse and checkpoint, then measure.
     */
    private static void settle(Database db) throws java.sql.SQLException {
        try (java.sql.Connection c = db.dataSource().getConnection();
                java.sql.Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            if (db.isPostgres()) {
                st.execute("VACUUM ANALYZE tickets");
                try {
                    st.execute("CHECKPOINT");
                } catch (java.sql.SQLException notSuperuser) {
                    System.out.println("(no CHECKPOINT: the database user is not allowed to; measuring anyway)");
                }
            } else {
                st.execute("ANALYZE");
                st.execute("CHECKPOINT SYNC");
            }
        }
    }

    /** Finished tickets of the past year (not today), spread over every point's queues, in batches. */
    private static void load(Database db, long n, ZoneId zone) {
        record Q(String point, String queue, String service) {}
        List<Q> queues = db.read(sql -> sql.list(
                "SELECT q.point_id, q.id, MIN(s.id) FROM queues q JOIN services s ON s.queue_id = q.id"
                        + " GROUP BY q.point_id, q.id",
                rs -> new Q(rs.getString(1), rs.getString(2), rs.getString(3))));
        LocalDate today = LocalDate.now(zone);
        Random random = new Random(13);
        long perDay = Math.max(1, n / 365);
        long done = 0;
        int batch = 5000;
        while (done < n) {
            long from = done;
            long to = Math.min(n, done + batch);
            db.tx(sql -> {
                try (PreparedStatement ps = sql.connection()
                        .prepareStatement(
                                "INSERT INTO tickets (id, point_id, ticket_day, number, queue_id, service_id,"
                                        + " status, language, special_needs, issued_at, sort_at, called_at, started_at,"
                                        + " finished_at, tracking_code, desk_id) VALUES (?,?,?,?,?,?,'FINISHED','fi','',?,?,?,?,?,?,?)")) {
                    for (long i = from; i < to; i++) {
                        Q q = queues.get((int) (i % queues.size()));
                        LocalDate day = today.minusDays(1 + i / perDay % 365);
                        long issued = day.atTime(8, 0).atZone(zone).toInstant().toEpochMilli()
                                + random.nextInt(8 * 3600) * 1000L;
                        ps.setString(1, "h" + i);
                        ps.setString(2, q.point());
                        ps.setString(3, day.toString());
                        ps.setString(4, "H" + i);
                        ps.setString(5, q.queue());
                        ps.setString(6, q.service());
                        ps.setLong(7, issued);
                        ps.setLong(8, issued);
                        ps.setLong(9, issued + 600_000);
                        ps.setLong(10, issued + 660_000);
                        ps.setLong(11, issued + 1_000_000);
                        ps.setString(
                                12,
                                UUID.randomUUID().toString().replace("-", "").substring(0, 24));
                        ps.setString(13, null);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return null;
            });
            done = to;
        }
    }
}
