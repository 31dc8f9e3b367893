package fi.luukku.service.web;

import fi.luukku.core.api.TicketDto;
import fi.luukku.service.tracking.TrackingService;
import fi.luukku.service.tracking.TrackingStatus;
import fi.luukku.service.tracking.TrackingTexts;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citizen's phone page ({@code /t/{code}}): a small HTML page that is complete at load and then keeps itself
 * current by fetching {@code /t/{code}/status} (see ADR 0011), an unknown code as an HTML page in the reader's
 * language, and the page's own script and style sheet, so that a strict Content-Security-Policy holds.
 */
public final class TrackingPage implements RouteGroup {
    /** Only this origin's script, style and fetch; nothing may frame the page. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
            + " img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final String RES = "/fi/luukku/service/tracking/";
    private static final Pattern SLOT = Pattern.compile("\\{\\{(\\w+)}}");

    private final TrackingService tracking;
    private final Http http;
    private final String page = resource("page.html");
    private final String unknown = resource("unknown.html");
    private final byte[] script = resource("tracking.js").getBytes(StandardCharsets.UTF_8);
    private final byte[] style = resource("tracking.css").getBytes(StandardCharsets.UTF_8);

    public TrackingPage(TrackingService tracking, Http http) {
        this.tracking = tracking;
        this.http = http;
    }

    @Override
    public void register(Routes r) {
        r.get("/t/{code}", "trackingPage")
                .summary("The citizen's phone page for a ticket (HTML in the ticket's language or ?lang=; updates"
                        + " itself; 404 HTML for an unknown code)")
                .produces("text/html")
                .freeQuery("lang", "page language (fi, sv, en, ru, et, uk, so, ar); else the ticket's or browser's")
                .answers(404)
                .database()
                .handle(x -> page(x.ctx()));
        r.get("/t/{code}/status", "trackingStatus")
                .summary("The phone page's live status: number, state, service, desk, position, estimate; no"
                        + " personal data (?lang= for the sentences)")
                .response(TrackingStatus.class)
                .freeQuery("lang", "language of the sentences")
                .answers(404)
                .database()
                .handle(x -> status(x.ctx()));
        r.get("/tracking/tracking.js", "trackingScript")
                .summary("The phone page's script")
                .produces("text/javascript")
                .handle(x -> asset(x.ctx(), "text/javascript; charset=utf-8", script));
        r.get("/tracking/tracking.css", "trackingStyle")
                .summary("The phone page's style sheet")
                .produces("text/css")
                .handle(x -> asset(x.ctx(), "text/css; charset=utf-8", style));
    }

    private void page(Context ctx) {
        String code = ctx.pathParam("code");
        Optional<TicketDto> t = tracking.ticket(code);
        String lang = TrackingService.language(ctx.queryParam("lang"), t.orElse(null), ctx.header("Accept-Language"));
        TrackingTexts tx = TrackingTexts.of(lang);
        Map<String, String> v = new LinkedHashMap<>();
        v.put("lang", tx.lang());
        v.put("dir", tx.direction());
        v.put("languages", tx.get("languages"));
        String html;
        if (t.isEmpty()) {
            v.put("title", tx.get("unknown.title"));
            v.put("text", tx.get("unknown.text"));
            html = fill(unknown, v, languageLinks(tx.lang()));
            ctx.status(404);
        } else {
            TrackingStatus s = tracking.status(t.get(), lang);
            TrackingStatus.View view = s.view();
            v.put("title", tx.get("title"));
            v.put("number", s.number());
            v.put("point", s.point() == null ? "" : s.point());
            v.put("statusUrl", "/t/" + code + "/status?lang=" + tx.lang());
            v.put("open", Boolean.toString(s.open()));
            v.put("announce", view.announce());
            v.put("state", view.state());
            v.put("stateClass", s.state().toLowerCase(java.util.Locale.ROOT));
            optional(v, "desk", view.desk());
            optional(v, "advice", view.advice());
            optional(v, "service", view.service());
            optional(v, "position", view.position());
            optional(v, "estimate", view.estimate());
            v.put("offline", tx.get("offline"));
            v.put("note", tx.get("live.note"));
            html = fill(page, v, languageLinks(tx.lang()));
            ctx.status(200);
        }
        secure(ctx);
        ctx.header("Content-Language", tx.lang());
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(html.getBytes(StandardCharsets.UTF_8));
    }

    private void status(Context ctx) {
        Optional<TicketDto> t = tracking.ticket(ctx.pathParam("code"));
        if (t.isEmpty()) {
            throw new fi.luukku.service.error.NotFound("ticket", "for this tracking code");
        }
        String lang = TrackingService.language(ctx.queryParam("lang"), t.get(), ctx.header("Accept-Language"));
        secure(ctx);
        http.json(ctx, 200, tracking.status(t.get(), lang));
    }

    private static void asset(Context ctx, String type, byte[] body) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.contentType(type);
        ctx.result(body);
    }

    private static void secure(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
    }

    private static void optional(Map<String, String> v, String key, String text) {
        v.put(key, text == null ? "" : text);
        v.put(key + "Hidden", text == null ? " hidden" : "");
    }

    /** One link per language, each named in itself, the current one marked for assistive technology. */
    private static String languageLinks(String current) {
        StringBuilder b = new StringBuilder();
        for (String l : TrackingTexts.LANGUAGES) {
            TrackingTexts t = TrackingTexts.of(l);
            b.append("<li><a href=\"?lang=")
                    .append(l)
                    .append("\" lang=\"")
                    .append(l)
                    .append("\" dir=\"")
                    .append(t.direction())
                    .append("\" hreflang=\"")
                    .append(l)
                    .append('"');
            if (l.equals(current)) {
                b.append(" aria-current=\"page\"");
            }
            b.append('>').append(esc(t.get("lang.name"))).append("</a></li>");
        }
        return b.toString();
    }

    /** Fills {@code {{slot}}}s with escaped values; {@code languageLinks} is the one slot that takes markup. */
    static String fill(String template, Map<String, String> values, String languageLinks) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 512);
        while (m.find()) {
            String key = m.group(1);
            String value;
            if (key.equals("languageLinks")) {
                value = languageLinks;
            } else if (key.endsWith("Hidden")) {
                value = values.getOrDefault(key, "");
            } else {
                value = esc(values.getOrDefault(key, ""));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String resource(String name) {
        try (InputStream in = TrackingPage.class.getResourceAsStream(RES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
