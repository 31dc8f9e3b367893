package fi.luukku.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The launcher passes options through to the packaged programs, which refuse a typo by name before anything
 * starts: {@code ./luukku kiosk --sonud off} exits non-zero naming {@code --sound}.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherOptionsTest {

    @Test
    void aMisspeltKioskOptionStopsTheKioskNamingTheNearestOne() throws Exception {
        Run run = launch("kiosk", "--sonud", "off");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains("--sonud", "did you mean --sound?");
    }

    @Test
    void aMisspeltFeedbackOptionStopsTheTerminalNamingTheNearestOne() throws Exception {
        Run run = launch("kiosk", "--mode", "feedback", "--point", "mikkeli", "--butons", "serial:/dev/ttyUSB0");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains("did you mean --buttons?");
    }

    @Test
    void aMisspeltServiceSettingStopsTheServiceNamingTheNearestOne() throws Exception {
        Run run = launch("server", "--set", "sesion.hours=1");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains("unknown setting sesion.hours; did you mean session.hours?");
    }

    @Test
    void helpListsTheOptionsWithTheirDefaultsAndExitsZero() throws Exception {
        Run run = launch("display", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).contains("--sound", "Default: chime");
    }

    private record Run(int exitCode, String output) {}

    private static Run launch(String... args) throws IOException, InterruptedException {
        Path root = LauncherServerTest.projectRoot();
        List<String> command = new ArrayList<>(List.of(root.resolve("luukku").toString()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("luukku-launcher-", ".log");
        try {
            ProcessBuilder pb = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            // the jars were just built by this very build: the launcher must not start a nested one
            pb.environment().put("LUUKKU_NO_BUILD", "1");
            Process p = pb.start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the launcher did not stop: " + Files.readString(log));
            }
            return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
