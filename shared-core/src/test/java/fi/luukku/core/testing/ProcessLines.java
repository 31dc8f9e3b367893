package fi.luukku.core.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Follows the standard output of a child process line by line on a daemon thread, so the pipe never fills and
 * the process never blocks on it, and lets a test wait (through Awaitility) for a line it expects. One helper for
 * every test that starts a JVM or a tool and waits for it to say it is ready.
 */
public final class ProcessLines {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Process process;
    private volatile boolean ended;

    private ProcessLines(Process process) {
        this.process = process;
    }

    /** Starts reading {@code process}'s standard output. */
    public static ProcessLines follow(Process process) {
        ProcessLines p = new ProcessLines(process);
        Thread reader = new Thread(() -> p.read(process.getInputStream()), "process-lines-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        return p;
    }

    private void read(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String l;
            while ((l = r.readLine()) != null) {
                lines.add(l);
            }
        } catch (IOException e) {
            // the process was killed: its output ends here
        } finally {
            ended = true;
        }
    }

    /** Every line read so far. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** Waits until a line equal to {@code line} was printed; fails early when the output ends without it. */
    public void awaitLine(String line, Duration atMost) {
        awaitLine(line::equals, "'" + line + "'", atMost);
    }

    /** Waits until some line matches; returns the first that does. */
    public String awaitLine(Predicate<String> match, String what, Duration atMost) {
        try {
            Awaitility.await(what)
                    .atMost(atMost)
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> {
                        boolean seen = lines.stream().anyMatch(match);
                        if (!seen && ended) {
                            throw new AssertionError("the process ended before printing " + what + " (exit "
                                    + exitValueOrRunning() + "); it printed " + lines);
                        }
                        return seen;
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("no line " + what + " within " + atMost + "; the process printed " + lines, e);
        }
        return lines.stream().filter(match).findFirst().orElseThrow();
    }

    /** Waits until {@code count} lines match (e.g. progress lines) and returns them in order. */
    public List<String> awaitLines(Predicate<String> match, int count, Duration atMost) {
        Awaitility.await(count + " matching lines")
                .atMost(atMost)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> lines.stream().filter(match).count() >= count || ended);
        List<String> matching = lines.stream().filter(match).toList();
        if (matching.size() < count) {
            throw new AssertionError("the process ended after " + matching.size() + " of " + count
                    + " matching lines; it printed " + lines);
        }
        return matching;
    }

    private String exitValueOrRunning() {
        try {
            return String.valueOf(process.exitValue());
        } catch (IllegalThreadStateException e) {
            return "still running";
        }
    }
}
