package fi.luukku.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./luukku demo} as one thing: the service and the four app windows start (on a virtual X display), and
 * when the service dies or the user presses Ctrl+C the launcher stops every part and exits. Needs {@code Xvfb}
 * (skipped with a message otherwise) and the jars of this build.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherDemoTest {
    @TempDir
    Path data;

    private Process xvfb;
    private Process launcher;
    private String display;

    @BeforeEach
    void virtualDisplay() throws IOException {
        assumeTrue(
                Files.isExecutable(Path.of("/usr/bin/Xvfb")),
                "LauncherDemoTest skipped: Xvfb is not installed (apt-get install xvfb; .ci/run does)");
        int n = 90 + (int) (ProcessHandle.current().pid() % 400);
        display = ":" + n;
        xvfb = new ProcessBuilder("/usr/bin/Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp")
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("xvfb.log").toFile())
                .start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (launcher != null) {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
            launcher.waitFor(10, TimeUnit.SECONDS);
        }
        if (xvfb != null) {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private List<ProcessHandle> javaParts() {
        return launcher.descendants()
                .filter(p -> p.info().commandLine().orElse("").contains(".jar"))
                .toList();
    }

    private Optional<ProcessHandle> part(String jar) {
        return javaParts().stream()
                .filter(p -> p.info().commandLine().orElse("").contains(jar))
                .findFirst();
    }

    private void startDemo() throws IOException {
        Path root = LauncherServerTest.projectRoot();
        ProcessBuilder pb = new ProcessBuilder(
                        root.resolve("luukku").toString(),
                        "demo",
                        "--port",
                        Integer.toString(LauncherServerTest.freePort()),
                        "--data",
                        data.resolve("demo").toString())
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("launcher.log").toFile());
        pb.environment().put("LUUKKU_NO_BUILD", "1");
        pb.environment().put("DISPLAY", display);
        launcher = pb.start();
        // the service, the display, the advisor console, the kiosk and the feedback terminal
        await().atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(500))
                .failFast("the launcher ended early: " + log(), () -> !launcher.isAlive())
                .until(() -> javaParts().size() == 5 && log().contains("running at point"));
    }

    private String log() {
        try {
            return Files.readString(data.resolve("launcher.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Whether this JVM was started with SIGINT ignored (Linux: bit 2 of SigIgn in /proc/self/status). */
    private static boolean sigintIgnoredHere() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & 0x2L) != 0;
            }
        }
        return false;
    }

    @Test
    void whenTheServiceDiesTheLauncherStopsEveryWindowAndExits() throws Exception {
        startDemo();
        List<ProcessHandle> parts = javaParts();
        ProcessHandle service = part("central-service.jar").orElseThrow();
        // each part has its heap limit and the apps run JavaFX from the module path
        assertThat(service.info().commandLine().orElse("")).contains("-Xmx512m");
        assertThat(part("display-app.jar").orElseThrow().info().commandLine().orElse(""))
                .contains("-Xmx256m")
                .contains("--module-path")
                .contains("-Dluukku.window=");

        service.destroyForcibly();

        assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).as(log()).isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> parts.stream().noneMatch(ProcessHandle::isAlive));
        assertThat(log()).contains("the server stopped").contains("stopped.");
        for (String app : List.of("display", "advisor", "kiosk", "feedback")) {
            assertThat(Files.readString(data.resolve("demo/logs/" + app + ".log")))
                    .as(app + " log")
                    .doesNotContain("Unsupported JavaFX configuration")
                    .doesNotContain("IllegalAccessError")
                    .doesNotContain("Exception in Application start method");
        }
    }

    @Test
    void ctrlCStopsEverything() throws Exception {
        // a process started with SIGINT ignored (e.g. a build run as a background job of a script) passes that on
        // to the launcher, and a shell cannot trap a signal ignored on entry: Ctrl+C cannot reach it there
        assumeFalse(sigintIgnoredHere(), "SIGINT is ignored in this build's process, so the launcher inherits that");
        startDemo();
        List<ProcessHandle> parts = javaParts();

        new ProcessBuilder("kill", "-INT", Long.toString(launcher.pid()))
                .start()
                .waitFor(10, TimeUnit.SECONDS);

        assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).as(log()).isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> parts.stream().noneMatch(ProcessHandle::isAlive));
        assertThat(log()).contains("stopped.");
    }
}
