package fi.luukku.systemtests.crash;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;

/**
 * A bare event-stream reader that keeps every id it is sent, duplicates included (the product's client drops
 * repeats, which would hide them), and resumes after every break with {@code Last-Event-ID}.
 */
final class ResumingEventReader implements AutoCloseable {
    private final String url;
    private final String token;
    private final OkHttpClient http;
    private final List<Long> ids = new ArrayList<>();
    private final Thread thread;
    private volatile boolean closed;
    private volatile EventSource current;
    private long last;

    ResumingEventReader(String baseUrl, String pointId, String token) {
        this.url = baseUrl + "/api/v1/points/" + pointId + "/events";
        this.token = token;
        this.http = new OkHttpClient.Builder()
                .readTimeout(java.time.Duration.ofSeconds(30))
                .retryOnConnectionFailure(false)
                .build();
        this.thread = new Thread(this::run, "crash-test-event-reader");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    synchronized List<Long> ids() {
        return List.copyOf(ids);
    }

    synchronized long last() {
        return last;
    }

    private void run() {
        while (!closed) {
            CountDownLatch ended = new CountDownLatch(1);
            Request.Builder r = new Request.Builder()
                    .url(url)
                    .header("Accept", "text/event-stream")
                    .header("Authorization", "Bearer " + token);
            long resumeFrom = last();
            if (resumeFrom > 0) {
                r.header("Last-Event-ID", Long.toString(resumeFrom));
            }
            current = EventSources.createFactory(http).newEventSource(r.build(), new EventSourceListener() {
                @Override
                public void onEvent(EventSource source, String id, String type, String data) {
                    if (id == null || id.isBlank()) {
                        return;
                    }
                    synchronized (ResumingEventReader.this) {
                        long n = Long.parseLong(id.trim());
                        ids.add(n);
                        last = Math.max(last, n);
                    }
                }

                @Override
                public void onClosed(EventSource source) {
                    ended.countDown();
                }

                @Override
                public void onFailure(EventSource source, Throwable t, Response response) {
                    ended.countDown();
                }
            });
            try {
                ended.await();
                // a short pause between attempts while the service is down, as a real client backs off
                TimeUnit.MILLISECONDS.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        EventSource c = current;
        if (c != null) {
            c.cancel();
        }
        thread.interrupt();
        http.dispatcher().executorService().shutdownNow();
        http.connectionPool().evictAll();
    }
}
