package fi.luukku.service.web;

import fi.luukku.core.api.LoginRequest;
import fi.luukku.core.api.LoginResponse;
import fi.luukku.service.auth.AuthService;
import fi.luukku.service.auth.Principal;

/** Staff sign-in and -out, and who the caller is. */
public final class AuthRoutes implements RouteGroup {
    private final AuthService auth;

    public AuthRoutes(AuthService auth) {
        this.auth = auth;
    }

    /** The caller as the service knows it. */
    public record Me(String subject, String role, String pointId, String authorityId, String deskId) {}

    @Override
    public void register(Routes r) {
        r.post("/api/v1/auth/login", "login")
                .summary("Staff login; returns a session token that expires")
                .request(LoginRequest.class)
                .response(LoginResponse.class)
                .answers(401, 429, 503)
                .handle(x -> x.ok(auth.login(x.body(LoginRequest.class), x.ctx().ip())));
        r.post("/api/v1/auth/logout", "logout")
                .summary("Ends the staff session")
                .roles(Roles.ALL)
                .noContent()
                .handle(x -> {
                    auth.logout(x.who());
                    x.noContent();
                });
        r.get("/api/v1/auth/me", "me")
                .summary("The caller")
                .roles(Roles.ALL)
                .response(Me.class)
                .handle(x -> {
                    Principal p = x.who();
                    x.ok(new Me(p.subject(), p.role().name(), p.pointId(), p.authorityId(), p.deskId()));
                });
    }
}
