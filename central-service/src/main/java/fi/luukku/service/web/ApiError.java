package fi.luukku.service.web;

import fi.luukku.service.error.Conflict;
import fi.luukku.service.error.Forbidden;
import fi.luukku.service.error.Invalid;
import fi.luukku.service.error.NotFound;
import fi.luukku.service.error.ServiceException;
import fi.luukku.service.error.TooManyRequests;

/** A client-visible failure answered as RFC 9457 problem+json. */
public class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String type;
    private final String title;
    private final String field;

    public ApiError(int status, String type, String title, String detail, String field) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.field = field;
    }

    /** The edge's one mapping from a neutral service failure to its HTTP problem. */
    public static ApiError from(ServiceException e) {
        String code = e.code();
        String detail = e.getMessage();
        if (e instanceof Invalid i) {
            return new ApiError(400, code, "Invalid input", detail, i.field());
        }
        if (e instanceof NotFound n) {
            String title = code.equals("unknown-booking-code") ? "Unknown booking code" : "Not found";
            return new ApiError(404, code, title, detail, n.field());
        }
        if (e instanceof Conflict) {
            return new ApiError(409, code, "State does not allow this", detail, null);
        }
        if (e instanceof Forbidden) {
            return new ApiError(403, code, "Not allowed", detail, null);
        }
        if (e instanceof TooManyRequests) {
            return new ApiError(429, code, "Too many login attempts", detail, null);
        }
        String title = code.equals("bad-credentials") ? "Wrong username or password" : "Authentication required";
        return new ApiError(401, code, title, detail, null);
    }

    public static ApiError badRequest(String field, String detail) {
        return new ApiError(400, "invalid-input", "Invalid input", detail, field);
    }

    public static ApiError unauthorized(String detail) {
        return new ApiError(401, "unauthorized", "Authentication required", detail, null);
    }

    public static ApiError forbidden(String detail) {
        return new ApiError(403, "forbidden", "Not allowed", detail, null);
    }

    public static ApiError notFound(String what, String id) {
        return new ApiError(404, "not-found", "Not found", what + " " + id + " does not exist", null);
    }

    public static ApiError conflict(String detail) {
        return new ApiError(409, "conflict", "State does not allow this", detail, null);
    }

    public static ApiError conflict(String type, String detail) {
        return new ApiError(409, type, "State does not allow this", detail, null);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }
}
