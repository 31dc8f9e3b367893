package fi.luukku.service.web;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks a request before any route sees it: a path with a broken percent escape ({@code %u002e}, {@code %zz}, a
 * lone {@code %}) is a 400, and a body in anything but JSON is a 415. Both are the client's fault and answered as
 * problem+json, so nothing reaches a decoder that would fail with a 500.
 */
public final class EdgeGuard {
    /** A percent sign not followed by two hex digits. */
    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private EdgeGuard() {}

    public static void before(Context ctx) {
        String raw = ctx.req().getRequestURI();
        if (raw != null && BAD_ESCAPE.matcher(raw).find()) {
            throw new ApiError(400, "bad-escape", "Malformed URL", "the path has a malformed percent escape", null);
        }
        String query = ctx.req().getQueryString();
        if (query != null && BAD_ESCAPE.matcher(query).find()) {
            throw new ApiError(400, "bad-escape", "Malformed URL", "the query has a malformed percent escape", null);
        }
        if (hasBody(ctx) && !isJson(ctx.header("Content-Type")) && !isConfigYaml(ctx)) {
            throw new ApiError(
                    415,
                    "unsupported-media-type",
                    "Unsupported media type",
                    "a request body must be application/json",
                    "Content-Type");
        }
    }

    private static boolean hasBody(Context ctx) {
        String method = ctx.req().getMethod();
        if (!"POST".equals(method) && !"PUT".equals(method) && !"PATCH".equals(method)) {
            return false;
        }
        String length = ctx.header("Content-Length");
        if (length != null) {
            return !length.trim().equals("0");
        }
        return ctx.header("Transfer-Encoding") != null;
    }

    /** Configuration files may also be sent as YAML (the management API's diff and apply). */
    private static boolean isConfigYaml(Context ctx) {
        String type = ctx.header("Content-Type");
        if (type == null || !ctx.path().startsWith(AdminRoutes.CONFIG_PATH + "/")) {
            return false;
        }
        String mime = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mime.equals("application/yaml") || mime.equals("application/x-yaml") || mime.equals("text/yaml");
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mime = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mime.equals("application/json") || (mime.startsWith("application/") && mime.endsWith("+json"));
    }
}
