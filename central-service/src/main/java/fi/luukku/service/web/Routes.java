package fi.luukku.service.web;

import fi.luukku.core.domain.Role;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The route table: registers each handler with Javalin and remembers it for the OpenAPI document. */
public final class Routes {
    private final JavalinConfig config;
    private final List<RouteSpec> specs = new ArrayList<>();

    public Routes(JavalinConfig config) {
        this.config = config;
    }

    @FunctionalInterface
    public interface H {
        void handle(Context ctx) throws Exception;
    }

    /** A builder for one route. */
    public final class R {
        private final String method;
        private final String path;
        private String summary = "";
        private Set<Role> roles;
        private Class<?> request;
        private Type response;
        private int status = 200;
        private boolean idempotent;
        private String produces = "application/json";

        R(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public R summary(String s) {
            this.summary = s;
            return this;
        }

        public R roles(Set<Role> r) {
            this.roles = r;
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

        public R status(int s) {
            this.status = s;
            return this;
        }

        public R idempotent() {
            this.idempotent = true;
            return this;
        }

        public R produces(String p) {
            this.produces = p;
            return this;
        }

        public void handle(H handler) {
            String roleText = roles == null
                    ? null
                    : roles.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
            specs.add(new RouteSpec(method, path, summary, roleText, request, response, status, idempotent, produces));
            config.routes.addHttpHandler(HandlerType.findOrCreate(method), path, handler::handle);
        }
    }

    public R get(String path) {
        return new R("GET", path);
    }

    public R post(String path) {
        return new R("POST", path);
    }

    public R put(String path) {
        return new R("PUT", path);
    }

    public R delete(String path) {
        return new R("DELETE", path);
    }

    public List<RouteSpec> specs() {
        return List.copyOf(specs);
    }
}
