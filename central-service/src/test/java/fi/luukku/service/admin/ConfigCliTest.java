package fi.luukku.service.admin;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.service.cli.LuukkuCli;
import fi.luukku.service.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./luukku config export|diff|apply} against a running service, as an IT admin runs them. */
class ConfigCliTest {
    @TempDir
    Path dir;

    @Test
    void exportDiffAndApplyRoundTripThroughTheCommandLine() throws Exception {
        try (TestServer server = TestServer.start()) {
            Path pw = Files.writeString(dir.resolve("pw"), "demo\n");
            String[] conn = {"--server", server.baseUrl(), "--user", "admin", "--password-file", pw.toString()};
            Path file = dir.resolve("mikkeli.yaml");
            assertThat(run(
                            "config",
                            "export",
                            "--point",
                            "mikkeli",
                            "--out",
                            file.toString(),
                            conn[0],
                            conn[1],
                            conn[2],
                            conn[3],
                            conn[4],
                            conn[5]))
                    .startsWith("0");
            String yaml = Files.readString(file);
            assertThat(yaml).contains("id: mikkeli").contains("desks:").doesNotContain("password");

            assertThat(run("config", "diff", file.toString(), conn[0], conn[1], conn[2], conn[3], conn[4], conn[5]))
                    .contains("0 change(s)");
            Files.writeString(file, yaml.replace("Maaherrankatu 9", "Maaherrankatu 11"));
            assertThat(run("config", "diff", file.toString(), conn[0], conn[1], conn[2], conn[3], conn[4], conn[5]))
                    .contains("update point mikkeli")
                    .contains("Maaherrankatu 11")
                    .contains("1 change(s)");
            assertThat(run("config", "apply", file.toString(), conn[0], conn[1], conn[2], conn[3], conn[4], conn[5]))
                    .contains("1 change(s)");
            assertThat(run("config", "apply", file.toString(), conn[0], conn[1], conn[2], conn[3], conn[4], conn[5]))
                    .contains("0 change(s)");
            Files.writeString(file, yaml.replace("prefix: K", "prefix: A"));
            assertThat(run("config", "apply", file.toString(), conn[0], conn[1], conn[2], conn[3], conn[4], conn[5]))
                    .startsWith("1")
                    .contains("points[0].queues[1].prefix");
        }
    }

    /** The exit code, then what the command printed. */
    private static String run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            int rc = LuukkuCli.run(args);
            return rc + "\n" + buf.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
