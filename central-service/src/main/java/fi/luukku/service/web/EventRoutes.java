package fi.luukku.service.web;

import fi.luukku.service.event.EventHub;
import fi.luukku.service.event.SseConnection;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;

/** The live event stream of a point (server-sent events). */
public final class EventRoutes implements RouteGroup {
    private final EventHub hub;

    public EventRoutes(EventHub hub) {
        this.hub = hub;
    }

    @Override
    public void register(Routes r) {
        r.get("/api/v1/points/{point}/events", "streamEvents")
                .summary("Server-sent events; Last-Event-ID resumes without loss; heartbeat comment every 15 s")
                .atPoint(Roles.LIVE)
                .produces("text/event-stream")
                .header("Last-Event-ID", "integer", "the last event id seen; the stream resumes after it")
                .query("lastEventId", "int64", "the same as Last-Event-ID, for clients that cannot set headers")
                .handle(this::stream);
    }

    private void stream(Exchange x) throws Exception {
        String p = x.point();
        String header = x.header("Last-Event-ID");
        long last = Check.lastEventId(header != null ? header : x.query("lastEventId"));
        HttpServletResponse res = x.ctx().res();
        res.setStatus(200);
        res.setContentType("text/event-stream;charset=utf-8");
        res.setHeader("Cache-Control", "no-cache, no-store");
        res.setHeader("X-Accel-Buffering", "no");
        ServletOutputStream out = res.getOutputStream();
        out.write("retry: 2000\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        SseConnection[] holder = new SseConnection[1];
        SseConnection conn = new SseConnection(out, hub.writers(), () -> hub.unsubscribe(p, holder[0]));
        holder[0] = conn;
        hub.subscribe(p, conn, last);
        x.ctx().future(conn::closedFuture);
    }
}
