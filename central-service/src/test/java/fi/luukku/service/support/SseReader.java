package fi.luukku.service.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A bare-bones event-stream reader that also reports comments (heartbeats), for protocol tests. */
public final class SseReader implements AutoCloseable {
    /** An event, or a comment when {@code type} is ":". */
    public record Frame(long id, String type, String data) {}

    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final HttpURLConnection conn;
    private final Thread thread;
    private final java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);
    public final int status;

    public SseReader(String url, String token, Long lastEventId) throws IOException {
        conn = (HttpURLConnection) URI.create(url).toURL().openConnection();
        conn.setRequestProperty("Accept", "text/event-stream");
        conn.setRequestProperty("Authorization", "Bearer " + token);
        if (lastEventId != null) {
            conn.setRequestProperty("Last-Event-ID", Long.toString(lastEventId));
        }
        conn.setReadTimeout(60_000);
        status = conn.getResponseCode();
        thread = new Thread(this::read, "sse-reader");
        thread.setDaemon(true);
        if (status == 200) {
            thread.start();
        }
    }

    private void read() {
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(conn.getInputStream(), StandardCharsets.UTF_8))) {
            long id = 0;
            String type = null;
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty()) {
                    if (type != null || data.length() > 0) {
                        frames.add(new Frame(id, type == null ? "message" : type, data.toString()));
                    }
                    type = null;
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    frames.add(new Frame(0, ":", line.substring(1).trim()));
                } else if (line.startsWith("id:")) {
                    id = Long.parseLong(line.substring(3).trim());
                } else if (line.startsWith("event:")) {
                    type = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    if (data.length() > 0) {
                        data.append('\n');
                    }
                    data.append(line.substring(5).trim());
                }
            }
        } catch (IOException e) {
            // closed
        } finally {
            ended.countDown();
        }
    }

    /** Whether the service ended the stream within the timeout. */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        return ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next frame, or null after the timeout. */
    public Frame next(Duration timeout) throws InterruptedException {
        return frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next real event (comments skipped), or null after the timeout. */
    public Frame nextEvent(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            Frame f = frames.poll(left, TimeUnit.NANOSECONDS);
            if (f == null) {
                return null;
            }
            if (!f.type().equals(":")) {
                return f;
            }
        }
    }

    /**
     * Drops the connection without waiting: the JDK's chunked stream takes the reader's lock, so a disconnect on
     * this thread would wait until the next heartbeat reached the blocked reader (up to
     * {@code sse.heartbeatSeconds}).
     */
    @Override
    public void close() {
        Thread closer = new Thread(conn::disconnect, "sse-reader-close");
        closer.setDaemon(true);
        closer.start();
        thread.interrupt();
    }
}
