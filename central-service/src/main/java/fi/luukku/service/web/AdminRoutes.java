package fi.luukku.service.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fi.luukku.core.domain.Role;
import fi.luukku.service.admin.AdminService;
import fi.luukku.service.admin.DeviceHealth;
import fi.luukku.service.admin.DevicePairing;
import fi.luukku.service.admin.DeviceTokens;
import fi.luukku.service.admin.StaffAccounts;
import fi.luukku.service.auth.Principal;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * The management API: configured things one by one ({@code /api/v1/admin/{kind}/{id}}, with versions), the
 * configuration file ({@code /api/v1/admin/config}, diff, apply), the audit log and staff accounts.
 */
public final class AdminRoutes {
    static final Set<Role> MANAGERS = Http.roles(Role.SUPERVISOR, Role.ADMIN);
    static final Set<Role> ADMINS = Http.roles(Role.ADMIN);
    static final Set<Role> LIVE =
            Http.roles(Role.KIOSK, Role.DISPLAY, Role.ADVISOR, Role.AUTHORITY_EXPERT, Role.SUPERVISOR, Role.ADMIN);
    static final Set<Role> DEVICES = Http.roles(Role.KIOSK, Role.FEEDBACK_TERMINAL, Role.DISPLAY);
    static final Set<Role> STAFF = Http.roles(Role.ADVISOR, Role.AUTHORITY_EXPERT, Role.SUPERVISOR, Role.ADMIN);
    /** Configuration files may be far larger than ordinary request bodies. */
    public static final int MAX_CONFIG_BYTES = 8 * 1024 * 1024;

    private final Http http;
    private final AdminService admin;
    private final StaffAccounts staff;
    private final DeviceTokens devices;
    private final DevicePairing pairing;
    private final DeviceHealth health;
    private final ObjectMapper yaml = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .build())
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build();

    public AdminRoutes(
            Http http,
            AdminService admin,
            StaffAccounts staff,
            DeviceTokens devices,
            DevicePairing pairing,
            DeviceHealth health) {
        this.pairing = pairing;
        this.health = health;
        this.http = http;
        this.admin = admin;
        this.staff = staff;
        this.devices = devices;
    }

    public void register(Routes r) {
        r.get("/api/v1/admin/config")
                .summary("The configuration as one document (?point=ID for one point; ?format=yaml)")
                .roles(MANAGERS)
                .handle(ctx -> {
                    Principal p = http.require(ctx, null, MANAGERS);
                    JsonNode doc = admin.export(p, optionalId(ctx.queryParam("point")));
                    if ("yaml".equals(ctx.queryParam("format"))) {
                        ctx.status(200).contentType("application/yaml; charset=utf-8");
                        ctx.result(yaml.writeValueAsString(doc));
                    } else {
                        http.json(ctx, 200, doc);
                    }
                });
        r.post("/api/v1/admin/config/diff")
                .summary("What applying this configuration (YAML or JSON) would change; changes nothing")
                .roles(ADMINS)
                .handle(ctx -> http.json(ctx, 200, admin.diff(http.require(ctx, null, ADMINS), document(ctx))));
        r.post("/api/v1/admin/config/apply")
                .summary("Apply a configuration (YAML or JSON): all of it, or nothing when any part is invalid")
                .roles(ADMINS)
                .handle(ctx -> http.json(ctx, 200, admin.apply(http.require(ctx, null, ADMINS), document(ctx))));
        r.get("/api/v1/admin/audit")
                .summary("The audit log, newest first (?point, ?kind, ?id, ?limit)")
                .roles(MANAGERS)
                .handle(ctx -> {
                    Principal p = http.require(ctx, null, MANAGERS);
                    int limit = 100;
                    String l = ctx.queryParam("limit");
                    if (l != null) {
                        if (!l.matches("\\d{1,4}")) {
                            throw ApiError.badRequest("limit", "limit must be 1..1000");
                        }
                        limit = Integer.parseInt(l);
                    }
                    http.json(
                            ctx,
                            200,
                            admin.audit(
                                    p,
                                    optionalId(ctx.queryParam("point")),
                                    ctx.queryParam("kind"),
                                    optionalId(ctx.queryParam("id")),
                                    limit));
                });
        r.get("/api/v1/admin/kinds")
                .summary("The kinds of configured things this API manages")
                .roles(MANAGERS)
                .handle(ctx -> {
                    http.require(ctx, null, MANAGERS);
                    http.json(ctx, 200, AdminService.kinds());
                });

        r.get("/api/v1/admin/staff")
                .summary("Staff accounts (a supervisor sees their point's)")
                .roles(MANAGERS)
                .handle(ctx -> http.json(ctx, 200, staff.list(http.require(ctx, null, MANAGERS))));
        r.put("/api/v1/admin/staff/{username}")
                .summary("Create (with a first password to be changed at sign-in) or update a staff account")
                .roles(MANAGERS)
                .handle(ctx -> http.json(
                        ctx,
                        200,
                        staff.put(
                                http.require(ctx, null, MANAGERS),
                                Check.pathId("staff", ctx.pathParam("username")),
                                http.body(ctx, JsonNode.class))));
        r.post("/api/v1/admin/staff/{username}/password-reset")
                .summary("Set a temporary password; the person chooses a new one at the next sign-in")
                .roles(MANAGERS)
                .status(204)
                .handle(ctx -> {
                    staff.resetPassword(
                            http.require(ctx, null, MANAGERS),
                            Check.pathId("staff", ctx.pathParam("username")),
                            http.body(ctx, JsonNode.class));
                    ctx.status(204);
                });
        r.post("/api/v1/auth/change-password")
                .summary("Choose a new password (required after a reset): {username, password, newPassword}")
                .status(204)
                .handle(ctx -> {
                    JsonNode b = http.body(ctx, JsonNode.class);
                    staff.changeOwnPassword(
                            b.path("username").asText(null),
                            b.path("password").asText(null),
                            b.path("newPassword").asText(null));
                    ctx.status(204);
                });

        r.post("/api/v1/pairing")
                .summary("A device without a token asks for a pairing code {description}; answers {code, secret}")
                .status(201)
                .handle(ctx -> {
                    JsonNode b = http.optionalBody(
                            ctx,
                            JsonNode.class,
                            com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());
                    http.json(ctx, 201, pairing.request(b.path("description").asText(null)));
                });
        r.post("/api/v1/pairing/{code}/poll")
                .summary("The device polls {secret}: 202 while waiting, 200 with its token once approved (once)")
                .handle(ctx -> {
                    JsonNode b = http.body(ctx, JsonNode.class);
                    var credential =
                            pairing.poll(ctx.pathParam("code"), b.path("secret").asText(null));
                    if (credential.isPresent()) {
                        http.json(ctx, 200, credential.get());
                    } else {
                        ctx.status(202);
                    }
                });
        r.get("/api/v1/admin/pairing")
                .summary("Pending pairing codes")
                .roles(MANAGERS)
                .handle(ctx -> {
                    http.require(ctx, null, MANAGERS);
                    http.json(ctx, 200, pairing.list());
                });
        r.post("/api/v1/admin/pairing/{code}/approve")
                .summary("Approve a device's code {point, role, name}: the device collects its new token")
                .roles(MANAGERS)
                .handle(ctx -> {
                    Principal p = http.require(ctx, null, MANAGERS);
                    JsonNode b = http.body(ctx, JsonNode.class);
                    String point = b.path("point").asText(null);
                    if (point == null || point.isBlank()) {
                        throw ApiError.badRequest("point", "point is required");
                    }
                    http.json(
                            ctx,
                            200,
                            pairing.approve(
                                    p,
                                    ctx.pathParam("code"),
                                    Check.id("point", point),
                                    b.path("role").asText(null),
                                    b.path("name").asText(null)));
                });
        r.post("/api/v1/points/{point}/heartbeat")
                .summary("A device's heartbeat {version, uptimeSeconds, printer, outboxBacklog, lastSyncAt}")
                .roles(DEVICES)
                .status(204)
                .handle(ctx -> {
                    String point = Check.pathId("point", ctx.pathParam("point"));
                    Principal p = http.require(ctx, point, DEVICES);
                    health.heartbeat(p, point, http.body(ctx, JsonNode.class));
                    ctx.status(204);
                });
        r.get("/api/v1/points/{point}/devices/health")
                .summary("Fleet health of the point: each device's last heartbeat, silence and printer faults")
                .roles(MANAGERS)
                .handle(ctx -> {
                    String point = Check.pathId("point", ctx.pathParam("point"));
                    http.json(ctx, 200, health.list(http.require(ctx, point, MANAGERS), point));
                });
        r.get("/api/v1/points/{point}/opening-hours")
                .summary("Opening hours of the point and of its authorities: weekly pattern and dated exceptions")
                .roles(LIVE)
                .handle(ctx -> {
                    String point = Check.pathId("point", ctx.pathParam("point"));
                    http.require(ctx, point, LIVE);
                    http.json(ctx, 200, admin.openingHours(point));
                });
        r.get("/api/v1/points/{point}/articles")
                .summary("Knowledge articles for advisors at the point (national and the point's own), fi/sv/en")
                .roles(STAFF)
                .handle(ctx -> {
                    String point = Check.pathId("point", ctx.pathParam("point"));
                    http.require(ctx, point, STAFF);
                    http.json(ctx, 200, admin.articles(point));
                });
        r.get("/api/v1/points/{point}/devices")
                .summary("The point's devices (kiosks, feedback terminals, displays)")
                .roles(MANAGERS)
                .handle(ctx -> {
                    String point = Check.pathId("point", ctx.pathParam("point"));
                    http.json(ctx, 200, devices.list(http.require(ctx, point, MANAGERS), point));
                });
        r.post("/api/v1/points/{point}/devices")
                .summary("A new device credential {role, name}; the token is in this answer only")
                .roles(MANAGERS)
                .status(201)
                .handle(ctx -> {
                    String point = Check.pathId("point", ctx.pathParam("point"));
                    Principal p = http.require(ctx, point, MANAGERS);
                    JsonNode b = http.body(ctx, JsonNode.class);
                    http.json(
                            ctx,
                            201,
                            devices.create(
                                    p,
                                    point,
                                    b.path("role").asText(null),
                                    b.path("name").asText(null)));
                });
        r.delete("/api/v1/points/{point}/devices/{device}")
                .summary("Revoke a device credential")
                .roles(MANAGERS)
                .status(204)
                .handle(ctx -> {
                    String point = Check.pathId("point", ctx.pathParam("point"));
                    Principal p = http.require(ctx, point, MANAGERS);
                    String device = ctx.pathParam("device");
                    if (device.isBlank() || device.length() > 100) {
                        throw ApiError.notFound("device", "(malformed name)");
                    }
                    devices.revoke(p, point, device);
                    ctx.status(204);
                });

        r.get("/api/v1/admin/{kind}")
                .summary("Configured things of one kind (authorities, points, queues, desks…; ?point=ID)")
                .roles(MANAGERS)
                .handle(ctx -> http.json(
                        ctx,
                        200,
                        admin.list(
                                http.require(ctx, null, MANAGERS),
                                ctx.pathParam("kind"),
                                optionalId(ctx.queryParam("point")))));
        r.get("/api/v1/admin/{kind}/{id}")
                .summary("One configured thing, with its version")
                .roles(MANAGERS)
                .handle(ctx -> http.json(
                        ctx,
                        200,
                        admin.get(
                                http.require(ctx, null, MANAGERS),
                                ctx.pathParam("kind"),
                                Check.pathId("id", ctx.pathParam("id")))));
        r.put("/api/v1/admin/{kind}/{id}")
                .summary("Create (no version) or update (the version read) one configured thing; 409 when stale")
                .roles(MANAGERS)
                .handle(ctx -> http.json(
                        ctx,
                        200,
                        admin.put(
                                http.require(ctx, null, MANAGERS),
                                ctx.pathParam("kind"),
                                Check.pathId("id", ctx.pathParam("id")),
                                http.body(ctx, JsonNode.class))));
        r.delete("/api/v1/admin/{kind}/{id}")
                .summary("Delete one configured thing (?version=N, the version read)")
                .roles(MANAGERS)
                .status(204)
                .handle(ctx -> {
                    String v = ctx.queryParam("version");
                    if (v != null && !v.matches("\\d{1,18}")) {
                        throw ApiError.badRequest("version", "version must be a number");
                    }
                    admin.delete(
                            http.require(ctx, null, MANAGERS),
                            ctx.pathParam("kind"),
                            Check.pathId("id", ctx.pathParam("id")),
                            v == null ? null : Long.parseLong(v));
                    ctx.status(204);
                });
    }

    private static String optionalId(String v) {
        return v == null || v.isBlank() ? null : Check.id("point", v);
    }

    /** The configuration document, YAML or JSON (JSON is YAML too), up to {@link #MAX_CONFIG_BYTES}. */
    private JsonNode document(Context ctx) {
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(MAX_CONFIG_BYTES + 1);
        } catch (IOException e) {
            throw ApiError.badRequest(null, "the request body could not be read");
        }
        if (bytes.length > MAX_CONFIG_BYTES) {
            throw ApiError.badRequest(null, "the configuration is larger than " + MAX_CONFIG_BYTES + " bytes");
        }
        if (bytes.length == 0) {
            throw ApiError.badRequest(null, "a configuration document is required");
        }
        try {
            JsonNode doc = yaml.readTree(bytes);
            if (doc == null || !doc.isObject()) {
                throw ApiError.badRequest(null, "the configuration must be a mapping (authorities, points…)");
            }
            return doc;
        } catch (IOException e) {
            String where =
                    e instanceof com.fasterxml.jackson.core.JsonProcessingException jp && jp.getLocation() != null
                            ? "line " + jp.getLocation().getLineNr() + ", column "
                                    + jp.getLocation().getColumnNr()
                            : null;
            throw new ApiError(
                    400,
                    "malformed-config",
                    "Malformed configuration",
                    "the document is not valid YAML or JSON" + (where == null ? "" : " at " + where),
                    where);
        }
    }
}
