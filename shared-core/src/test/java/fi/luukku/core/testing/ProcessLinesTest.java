package fi.luukku.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessLinesTest {

    /** A child JVM printing lines: the same kind of process the tests that use this helper start. */
    private static Process java(String... lines) throws Exception {
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(List.of(
                        javaBin.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Printer.class.getName(),
                        String.join(",", lines)))
                .redirectErrorStream(true)
                .start();
    }

    @Test
    void waitsForTheLineAndKeepsWhatCameBefore() throws Exception {
        Process p = java("starting", "READY", "after");
        ProcessLines out = ProcessLines.follow(p);
        out.awaitLine("READY", Duration.ofSeconds(30));
        assertThat(out.lines()).startsWith("starting", "READY");
        assertThat(out.awaitLines(l -> l.startsWith("a"), 1, Duration.ofSeconds(30)))
                .containsExactly("after");
    }

    @Test
    void failsAsSoonAsTheOutputEndsWithoutTheLine() throws Exception {
        Process p = java("starting", "crashed");
        ProcessLines out = ProcessLines.follow(p);
        assertThatThrownBy(() -> out.awaitLine("READY", Duration.ofSeconds(60)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("crashed");
    }

    /** The child: prints its comma-separated argument one part a line, then exits. */
    public static final class Printer {
        public static void main(String[] args) {
            for (String l : args[0].split(",")) {
                System.out.println(l);
            }
        }
    }
}
