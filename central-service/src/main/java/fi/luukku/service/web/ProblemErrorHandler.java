package fi.luukku.service.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own rejections (a malformed URI or escape, headers too large, a bad request line) answered as
 * problem+json like every other error, instead of Jetty's HTML page; never a stack trace, never logged as a
 * failure of ours. A client's fault is a 4xx even when Jetty found it deep inside.
 */
public final class ProblemErrorHandler extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Object attr = request.getAttribute(ERROR_STATUS);
        int status = attr instanceof Integer i ? i : response.getStatus();
        Throwable cause = request.getAttribute(ERROR_EXCEPTION) instanceof Throwable t ? t : null;
        if (cause instanceof BadMessageException bad) {
            status = bad.getCode();
        } else if (cause instanceof IllegalArgumentException) {
            status = 400; // an undecodable URI or parameter
        }
        if (status < 400 || status > 599) {
            status = 500;
        }
        String title =
                switch (status) {
                    case 400 -> "Bad request";
                    case 404 -> "Not found";
                    case 405 -> "Method not allowed";
                    case 413 -> "Request too large";
                    case 414 -> "URI too long";
                    case 415 -> "Unsupported media type";
                    case 431 -> "Request header fields too large";
                    default -> status < 500 ? "Request refused" : "Internal error";
                };
        String type = status < 500 ? "http-" + status : "internal";
        String json = "{\"type\":\"https://luukku.fi/problems/" + type + "\",\"title\":\"" + title + "\",\"status\":"
                + status + "}";
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Http.PROBLEM_JSON);
        SecurityHeaders.apply(response.getHeaders()::put);
        response.write(true, ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
