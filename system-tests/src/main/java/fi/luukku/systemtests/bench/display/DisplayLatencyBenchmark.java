package fi.luukku.systemtests.bench.display;

import fi.luukku.core.api.DeskDto;
import fi.luukku.core.api.IssueTicketRequest;
import fi.luukku.core.api.LoginRequest;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.api.ServiceDto;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.config.Cli;
import fi.luukku.core.config.HelpOption;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.display.DisplayComposition;
import fi.luukku.display.DisplayOptions;
import fi.luukku.display.feed.DisplayFeed;
import fi.luukku.display.feed.LinkStatus;
import fi.luukku.display.sound.Announcer;
import fi.luukku.service.LuukkuServer;
import fi.luukku.service.ServiceConfig;
import fi.luukku.ui.FxTaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Measures what a person in the lobby sees: the time from an advisor's call-next (the HTTP request leaving the
 * advisor's client) until the called number is in the wall display's scene graph at the start of an FX pulse,
 * i.e. in the very frame that draws it. The display is the real one (snapshot, event stream over HTTP, store,
 * view model, view) talking to a real central service on loopback; the service runs in this JVM unless
 * {@code --server URL} names one.
 *
 * <pre>
 * --calls N      measured calls (default 200)     --warmup N   unmeasured calls first (default 30)
 * --server URL   an already running demo service   --point ID   (default mikkeli)
 * --gap-ms N     pause between calls (default 200)
 * </pre>
 *
 * <p>Runs headless under Monocle when no {@code glass.platform} is given (Monocle must be on the class path).
 */
public final class DisplayLatencyBenchmark {
    private static long gapMillis;

    private DisplayLatencyBenchmark() {}

    /** The benchmark's command line. */
    @Command(
            name = "luukku bench display",
            showDefaultValues = true,
            description = "Benchmarks call-next to the number on the wall display.")
    public static final class Options {
        @Option(names = "--calls", defaultValue = "200", description = "Measured calls.")
        int calls;

        @Option(names = "--warmup", defaultValue = "30", description = "Unmeasured calls first.")
        int warmup;

        @Option(names = "--gap-ms", defaultValue = "200", description = "Pause between calls, in milliseconds.")
        long gapMs;

        @Option(
                names = "--server",
                paramLabel = "URL",
                description = "An already running demo service. Default: an in-process one.")
        String server;

        @Option(names = "--point", paramLabel = "ID", defaultValue = "mikkeli", description = "The service point.")
        String point;

        @Mixin
        HelpOption help;
    }

    public static void main(String[] args) throws Exception {
        Options[] parsed = new Options[1];
        Cli.Outcome outcome = Cli.check(
                "luukku bench display", () -> parsed[0] = Cli.parse(new Options(), args), System.out, System.err);
        if (!outcome.run()) {
            System.exit(outcome.exitCode());
            return;
        }
        Options o = parsed[0];
        int calls = o.calls;
        int warmup = o.warmup;
        gapMillis = o.gapMs;
        String point = o.point;
        if (System.getProperty("glass.platform") == null && System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("headless.geometry", "1920x1080-32");
        }

        LuukkuServer embedded = null;
        Path data = null;
        String base = o.server;
        if (base == null) {
            data = Files.createTempDirectory("luukku-bench-display-");
            Map<String, String> cfg = new LinkedHashMap<>();
            cfg.put("demo", "true");
            cfg.put("port", "0");
            cfg.put("host", "127.0.0.1");
            cfg.put("data", data.toString());
            embedded = new LuukkuServer(ServiceConfig.of(cfg), Clock.systemUTC()).start();
            base = "http://127.0.0.1:" + embedded.port();
        }
        try {
            run(base, point, warmup, calls);
        } finally {
            if (embedded != null) {
                embedded.stop();
            }
            if (data != null) {
                deleteTree(data);
            }
            Platform.exit();
        }
    }

    private static void run(String base, String point, int warmup, int calls) throws Exception {
        LuukkuClient kiosk = new LuukkuClient(
                base, () -> "demo-kiosk-" + point, LuukkuClient.defaultHttpClient(), JsonMapper.create());
        List<DeskDto> desks = kiosk.desks(point);
        DeskDto desk = desks.get(0);
        ServiceDto service = kiosk.services(point).stream()
                .filter(s -> desk.queueIds().contains(s.queueId()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no service is called to desk " + desk.id()));
        String[] token = new String[1];
        LuukkuClient advisor =
                new LuukkuClient(base, () -> token[0], LuukkuClient.defaultHttpClient(), JsonMapper.create());
        token[0] =
                advisor.login(new LoginRequest("advisor1", "demo", desk.id())).token();
        for (int i = 0; i < warmup + calls; i++) {
            kiosk.issueTicket(point, IssueTicketRequest.online(service.id(), "fi", List.of()), LuukkuClient.newKey());
        }

        // the display, exactly as DisplayApp wires it, in a 1920x1080 window
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Map<String, Long> firstSeen = new ConcurrentHashMap<>();
        Map<String, Long> arrived = new ConcurrentHashMap<>();
        Map<String, Long> folded = new ConcurrentHashMap<>();
        Map<String, Long> answered = new ConcurrentHashMap<>();
        FxTaskRunner runner = new FxTaskRunner("bench-display");
        DisplayOptions options = DisplayOptions.parse(new String[] {
            "--server",
            base,
            "--point",
            point,
            "--token",
            "demo-display-" + point,
            "--sound",
            "off",
            "--languages",
            "fi"
        });
        LuukkuClient displayClient =
                new LuukkuClient(base, options::token, LuukkuClient.defaultHttpClient(), JsonMapper.create());
        DisplayComposition[] display = new DisplayComposition[1];
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            display[0] = new DisplayComposition(
                    options,
                    displayClient,
                    timedStreams(DisplayFeed.eventStreams(displayClient, point), arrived),
                    runner,
                    (delay, action) -> {
                        PauseTransition p = new PauseTransition(Duration.millis(delay.toMillis()));
                        p.setOnFinished(e -> action.run());
                        p.play();
                    },
                    Announcer.silent(),
                    Clock.systemUTC());
            Stage stage = new Stage();
            stage.setScene(new Scene(display[0].root(), 1920, 1080));
            stage.show();
            // in every pulse, after CSS and layout and just before the frame is drawn: which numbers does it hold?
            // (a listener, not an AnimationTimer: it must not force a frame of its own every 16 ms)
            stage.getScene().addPostLayoutPulseListener(() -> {
                long t = System.nanoTime();
                for (String s : display[0].boardView().visibleTexts()) {
                    firstSeen.putIfAbsent(s, t);
                }
            });
            display[0].store().addListener(c -> {
                long t = System.nanoTime();
                c.newCalls().forEach(call -> folded.putIfAbsent(call.number(), t));
            });
            display[0].start();
            shown.countDown();
        });
        shown.await();
        waitUntil(15_000, () -> display[0].board().linkProperty().get() == LinkStatus.LIVE);

        List<Double> millis = new ArrayList<>();
        List<Double> http = new ArrayList<>();
        List<Double> stream = new ArrayList<>();
        List<Double> fold = new ArrayList<>();
        int missed = 0;
        for (int i = 0; i < warmup + calls; i++) {
            long t0 = System.nanoTime();
            TicketDto t = advisor.callNext(point, desk.id()).orElseThrow();
            long t1 = System.nanoTime();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            Long seen;
            while ((seen = firstSeen.get(t.number())) == null && System.nanoTime() < deadline) {
                Thread.sleep(0, 200_000);
            }
            if (seen == null) {
                missed++;
            } else if (i >= warmup) {
                millis.add((seen - t0) / 1e6);
                http.add((t1 - t0) / 1e6);
                Long a = arrived.get(t.number());
                Long f = folded.get(t.number());
                if (a != null) {
                    stream.add((a - t0) / 1e6);
                }
                if (f != null) {
                    fold.add((f - t0) / 1e6);
                }
            }
            Thread.sleep(gapMillis); // one call after the other, as at a busy point
        }
        Platform.runLater(() -> display[0].close());
        runner.close();

        Collections.sort(millis);
        Collections.sort(http);
        Collections.sort(stream);
        Collections.sort(fold);
        System.out.printf(
                Locale.ROOT,
                "  breakdown (p50 / p99 from the request): call-next answered %.1f / %.1f ms,"
                        + " event read by the display %.1f / %.1f ms, folded on the FX thread %.1f / %.1f ms%n",
                pct(http, 50),
                pct(http, 99),
                pct(stream, 50),
                pct(stream, 99),
                pct(fold, 50),
                pct(fold, 99));
        System.out.printf(
                Locale.ROOT,
                "display latency, call-next -> number in the display's frame: n=%d p50=%.1f ms p90=%.1f ms p99=%.1f ms max=%.1f ms"
                        + " missed=%d (target p99 < 100 ms)%n",
                millis.size(),
                pct(millis, 50),
                pct(millis, 90),
                pct(millis, 99),
                millis.isEmpty() ? Double.NaN : millis.get(millis.size() - 1),
                missed);
        System.out.printf(
                Locale.ROOT,
                "  machine: %d cores, load average %.1f%n",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
    }

    /** Notes when each ticket.called event reaches the display's reader thread. */
    private static fi.luukku.display.feed.EventStream.Factory timedStreams(
            fi.luukku.display.feed.EventStream.Factory real, Map<String, Long> arrived) {
        java.util.regex.Pattern number = java.util.regex.Pattern.compile("\"number\"\\s*:\\s*\"([^\"]+)\"");
        return (from, listener) -> real.open(from, new fi.luukku.core.events.EventStreamClient.Listener() {
            @Override
            public void onEvent(fi.luukku.core.events.LuukkuEvent event) {
                if ("ticket.called".equals(event.type())) {
                    java.util.regex.Matcher m = number.matcher(event.data());
                    if (m.find()) {
                        arrived.putIfAbsent(m.group(1), System.nanoTime());
                    }
                }
                listener.onEvent(event);
            }

            @Override
            public void onLinkState(fi.luukku.core.events.EventStreamClient.LinkState state) {
                listener.onLinkState(state);
            }
        });
    }

    private static double pct(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private interface Check {
        boolean ok() throws Exception;
    }

    private static void waitUntil(long ms, Check c) throws Exception {
        long end = System.currentTimeMillis() + ms;
        while (System.currentTimeMillis() < end) {
            boolean[] ok = new boolean[1];
            CountDownLatch l = new CountDownLatch(1);
            Platform.runLater(() -> {
                try {
                    ok[0] = c.ok();
                } catch (Exception e) {
                    ok[0] = false;
                }
                l.countDown();
            });
            l.await();
            if (ok[0]) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the display did not go live within " + ms + " ms");
    }

    private static void deleteTree(Path p) throws IOException {
        try (var walk = Files.walk(p)) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .forEach(f -> f.toFile().delete());
        }
    }
}
