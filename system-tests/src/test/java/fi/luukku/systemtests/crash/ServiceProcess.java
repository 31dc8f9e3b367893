package fi.luukku.systemtests.crash;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * The real central service in its own JVM ({@code java -cp … ServiceMain}), on one port and one data folder (or one
 * PostgreSQL schema) across restarts, so it can be killed with SIGKILL and started again as a power cut would.
 */
final class ServiceProcess implements AutoCloseable {
    private final Path dataDir;
    private final Path log;
    private final String pgUrl;
    private final String pgSchema;
    private final int port;
    private Process process;
    private int starts;

    ServiceProcess(Path dataDir, String pgUrl, String pgSchema) throws IOException {
        this.dataDir = dataDir;
        this.log = dataDir.resolve("service.log");
        this.pgUrl = pgUrl;
        this.pgSchema = pgSchema;
        try (ServerSocket s = new ServerSocket(0)) {
            this.port = s.getLocalPort();
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    Path log() {
        return log;
    }

    boolean isPostgres() {
        return pgUrl != null;
    }

    int starts() {
        return starts;
    }

    void start() throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        cmd.add("-XX:TieredStopAtLevel=1"); // starts faster on a small, busy machine
        cmd.add("-Dluukku.db.strict=true"); // a nested pooled connection fails instead of starving the pool
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("fi.luukku.service.ServiceMain");
        cmd.addAll(List.of(
                "--demo",
                "--port",
                Integer.toString(port),
                "--data",
                dataDir.resolve("db").toString()));
        cmd.addAll(List.of("--set", "host=127.0.0.1"));
        if (pgUrl != null) {
            cmd.addAll(List.of("--db-url", pgUrl, "--set", "db.schema=" + pgSchema));
        }
        Files.writeString(
                log,
                "---- start " + (starts + 1) + "\n",
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        process = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        starts++;
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Awaitility.await("the service answers /health (log " + log + ")")
                .atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(100))
                .ignoreExceptions()
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("the service stopped:\n" + Files.readString(log));
                    }
                    HttpResponse<String> r = http.send(
                            HttpRequest.newBuilder(URI.create(baseUrl() + "/health"))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    return r.statusCode() == 200 && r.body().contains("UP");
                });
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the killed service did not go away");
        }
    }

    /** A polite stop (SIGTERM, shutdown hook runs). */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * Asks the running service for a thread dump (SIGQUIT; the JVM writes it to its output, which is the log), so
     * a service that hangs can be read after the test has failed.
     */
    void dumpThreads() throws InterruptedException {
        if (process != null && process.isAlive()) {
            try {
                new ProcessBuilder("kill", "-QUIT", Long.toString(process.pid()))
                        .inheritIO()
                        .start()
                        .waitFor(10, TimeUnit.SECONDS);
                TimeUnit.SECONDS.sleep(1);
            } catch (IOException e) {
                // the dump is a convenience
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        dumpThreads();
        stop();
        try { // keep the service's log for a look after a failure
            Path kept = Path.of("target", "crash-logs", (pgUrl == null ? "h2" : "pg") + "-service.log");
            Files.createDirectories(kept.getParent());
            Files.copy(log, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // the log is a convenience
        }
    }
}
