package fi.luukku.service.web;

import fi.luukku.core.domain.Role;
import fi.luukku.service.auth.Principal;
import fi.luukku.service.error.NotFound;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The route table. Each route is declared once: its roles and point rule drive both the authorization check
 * done here before the handler runs and the route's entry in {@code /openapi.json}, together with the statuses
 * that follow from the declaration.
 */
public final class Routes {
    private final JavalinConfig config;
    private final Http http;
    private final Predicate<String> pointExists;
    private final List<RouteSpec> specs = new ArrayList<>();
    private final Set<String> operationIds = new HashSet<>();

    public Routes(JavalinConfig config, Http http, Predicate<String> pointExists) {
        this.config = config;
        this.http = http;
        this.pointExists = pointExists;
    }

    /** Registers every group's routes. */
    public Routes add(List<? extends RouteGroup> groups) {
        groups.forEach(g -> g.register(this));
        return this;
    }

    @FunctionalInterface
    public interface Handler {
        void handle(Exchange x) throws Exception;
    }

    /** A builder for one route. */
    public final class R {
        private final String method;
        private final String path;
        private final String operationId;
        private String summary = "";
        private Set<Role> roles;
        private boolean atPoint;
        private Class<?> request;
        private Type response;
        private int status = 200;
        private boolean idempotent;
        private boolean database;
        private String produces = "application/json";
        private final Set<Integer> extra = new TreeSet<>();
        private final List<RouteSpec.Param> query = new ArrayList<>();
        private final List<RouteSpec.Param> headers = new ArrayList<>();

        R(String method, String path, String operationId) {
            this.method = method;
            this.path = path;
            this.operationId = operationId;
        }

        public R summary(String s) {
            this.summary = s;
            return this;
        }

        /** Callers with one of these roles, wherever they belong. */
        public R roles(Set<Role> r) {
            this.roles = Set.copyOf(r);
            return this;
        }

        /** Callers with one of these roles who belong to the {@code {point}} of the path (which must exist). */
        public R atPoint(Set<Role> r) {
            roles(r);
            this.atPoint = true;
            return this;
        }

        public R request(Class<?> c) {
            this.request = c;
            return this;
        }

        public R response(Type t) {
            this.response = t;
            return this;
        }

        /** Answers 201 with the created thing. */
        public R created(Type t) {
            this.response = t;
            this.status = 201;
            return this;
        }

        /** Answers 204 without a body. */
        public R noContent() {
            this.response = null;
            this.status = 204;
            return this;
        }

        public R idempotent() {
            this.idempotent = true;
            return this;
        }

        /** The handler reads or writes the database (so it may answer 503), also on a public route. */
        public R database() {
            this.database = true;
            return this;
        }

        public R produces(String p) {
            this.produces = p;
            return this;
        }

        /** Further statuses the handler itself can answer (204 when there is nothing, 409, 429, 404 …). */
        public R answers(Integer... statuses) {
            extra.addAll(Arrays.asList(statuses));
            return this;
        }

        public R query(String name, String format, String description) {
            query.add(new RouteSpec.Param(name, "string", format, List.of(), description, true));
            return this;
        }

        /** A query parameter the handler accepts in any form (an unknown value falls back; never a 400). */
        public R freeQuery(String name, String description) {
            query.add(new RouteSpec.Param(name, "string", null, List.of(), description, false));
            return this;
        }

        public R header(String name, String type, String description) {
            headers.add(new RouteSpec.Param(name, type, null, List.of(), description, true));
            return this;
        }

        public void handle(Handler handler) {
            if (operationId == null || !operationIds.add(operationId)) {
                throw new IllegalStateException("operationId missing or used twice: " + operationId);
            }
            specs.add(spec());
            Set<Role> allowed = roles;
            boolean perPoint = atPoint;
            boolean withKey = idempotent;
            config.routes.addHttpHandler(HandlerType.findOrCreate(method), path, ctx -> {
                String point = null;
                Principal who = null;
                if (perPoint) {
                    point = Check.pathId("point", ctx.pathParam("point"));
                    who = http.require(ctx, point, allowed);
                    if (!pointExists.test(point)) {
                        throw new NotFound(
                                "point", point); // only after the caller was checked: strangers learn nothing
                    }
                } else if (allowed != null) {
                    who = http.require(ctx, null, allowed);
                }
                String key = withKey ? Check.idempotencyKey(ctx.header("Idempotency-Key"), false) : null;
                handler.handle(new Exchange(ctx, http, who, point, key));
            });
        }

        private RouteSpec spec() {
            TreeSet<Integer> statuses = new TreeSet<>(extra);
            statuses.add(status);
            boolean checked = query.stream().anyMatch(RouteSpec.Param::checked)
                    || headers.stream().anyMatch(RouteSpec.Param::checked);
            if (request != null || idempotent || checked) {
                statuses.add(400);
            }
            if (roles != null) {
                statuses.add(401);
                statuses.add(503); // the credential is looked up in the database
                if (atPoint || roles.size() < Role.values().length) {
                    statuses.add(403);
                }
            }
            if (path.contains("{")) {
                statuses.add(404); // a malformed or unknown id
            }
            if (database) {
                statuses.add(503);
            }
            String roleText = roles == null
                    ? null
                    : roles.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
            return new RouteSpec(
                    method,
                    path,
                    operationId,
                    summary,
                    roleText,
                    atPoint,
                    request,
                    response,
                    status,
                    idempotent,
                    produces,
                    statuses,
                    List.copyOf(query),
                    List.copyOf(headers));
        }
    }

    public R get(String path, String operationId) {
        return new R("GET", path, operationId);
    }

    public R post(String path, String operationId) {
        return new R("POST", path, operationId);
    }

    public R put(String path, String operationId) {
        return new R("PUT", path, operationId);
    }

    public R delete(String path, String operationId) {
        return new R("DELETE", path, operationId);
    }

    public List<RouteSpec> specs() {
        return List.copyOf(specs);
    }

    /** Sets of roles used by several features. */
    public static Set<Role> roles(Role... r) {
        return Set.copyOf(Arrays.asList(r));
    }
}
