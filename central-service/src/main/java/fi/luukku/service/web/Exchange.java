package fi.luukku.service.web;

import fi.luukku.service.auth.Principal;
import io.javalin.http.Context;

/** One call of a route after its declared access was checked: the caller, the point, the body, the answer. */
public final class Exchange {
    private final Context ctx;
    private final Http http;
    private final Principal who;
    private final String point;
    private final String key;

    Exchange(Context ctx, Http http, Principal who, String point, String key) {
        this.ctx = ctx;
        this.http = http;
        this.who = who;
        this.point = point;
        this.key = key;
    }

    public Context ctx() {
        return ctx;
    }

    /** The authenticated caller (null on a public route). */
    public Principal who() {
        return who;
    }

    /** The point of the path, checked to exist and to be the caller's (null when the route is not per point). */
    public String point() {
        return point;
    }

    /** The Idempotency-Key header, already checked (null when absent or the route is not idempotent). */
    public String key() {
        return key;
    }

    /** A path id; a malformed one is a 404 naming {@code what}. */
    public String id(String param, String what) {
        return Check.pathId(what, ctx.pathParam(param));
    }

    /** The {@code {id}} path parameter. */
    public String id(String what) {
        return id("id", what);
    }

    public String query(String name) {
        return ctx.queryParam(name);
    }

    public String header(String name) {
        return ctx.header(name);
    }

    public <T> T body(Class<T> type) {
        return http.body(ctx, type);
    }

    public void ok(Object body) {
        http.json(ctx, 200, body);
    }

    public void created(Object body) {
        http.json(ctx, 201, body);
    }

    public void json(int status, Object body) {
        http.json(ctx, status, body);
    }

    public void noContent() {
        ctx.status(204);
    }
}
