package fi.luukku.service.web;

import io.javalin.http.Context;
import java.util.function.BiConsumer;

/**
 * Headers on every answer: no content sniffing, no referrer, and answers that are never cached (API JSON, problems,
 * the event stream). The tracking page sets its own Content-Security-Policy.
 */
public final class SecurityHeaders {
    private SecurityHeaders() {}

    static void apply(BiConsumer<String, String> header) {
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("Referrer-Policy", "no-referrer");
        header.accept("Cache-Control", "no-store");
    }

    /** A before-handler: routes that may be cached (none today) would overwrite Cache-Control. */
    public static void before(Context ctx) {
        apply(ctx::header);
    }
}
