package fi.luukku.service.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fi.luukku.core.domain.Role;
import fi.luukku.service.admin.AdminService;
import fi.luukku.service.admin.DeviceHealth;
import fi.luukku.service.admin.DevicePairing;
import fi.luukku.service.admin.DeviceTokens;
import fi.luukku.service.admin.KindDescriptions;
import fi.luukku.service.admin.StaffAccounts;
import fi.luukku.service.web.shape.Fields;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * The management API: configured things one by one ({@code /api/v1/admin/{kind}/{id}}, with versions), the
 * configuration file ({@code /api/v1/admin/config}, diff, apply), the audit log and staff accounts.
 */
public final class AdminRoutes implements RouteGroup {
    static final Set<Role> MANAGERS = Routes.roles(Role.SUPERVISOR, Role.ADMIN);
    static final Set<Role> ADMINS = Routes.roles(Role.ADMIN);
    static final Set<Role> LIVE =
            Routes.roles(Role.KIOSK, Role.DISPLAY, Role.ADVISOR, Role.AUTHORITY_EXPERT, Role.SUPERVISOR, Role.ADMIN);
    static final Set<Role> DEVICES = Routes.roles(Role.KIOSK, Role.FEEDBACK_TERMINAL, Role.DISPLAY);
    static final Set<Role> STAFF = Routes.roles(Role.ADVISOR, Role.AUTHORITY_EXPERT, Role.SUPERVISOR, Role.ADMIN);
    /** The configuration file's paths; their bodies may exceed the normal limit (see {@link HttpEdge}). */
    public static final String CONFIG_PATH = "/api/v1/admin/config";
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

    @Override
    public void register(Routes r) {
        configRoutes(r);
        staffRoutes(r);
        deviceRoutes(r);
        pointRoutes(r);
        thingRoutes(r);
    }

    private void configRoutes(Routes r) {
        r.get(CONFIG_PATH, "exportConfig")
                .summary("The configuration as one document (?point=ID for one point; ?format=yaml)")
                .roles(MANAGERS)
                .query("point", null, "only this point's part (a supervisor must give their own)")
                .freeQuery("format", "yaml for YAML; JSON otherwise")
                .response(JsonNode.class)
                .handle(x -> {
                    JsonNode doc = admin.export(x.who(), optionalId(x.query("point")));
                    if ("yaml".equals(x.query("format"))) {
                        x.ctx().status(200).contentType("application/yaml; charset=utf-8");
                        x.ctx().result(yaml.writeValueAsString(doc));
                    } else {
                        x.ok(doc);
                    }
                });
        r.post(CONFIG_PATH + "/diff", "diffConfig")
                .summary("What applying this configuration (YAML or JSON) would change; changes nothing")
                .roles(ADMINS)
                .response(JsonNode.class)
                .answers(400, 404, 409)
                .handle(x -> x.ok(admin.diff(x.who(), document(x))));
        r.post(CONFIG_PATH + "/apply", "applyConfig")
                .summary("Apply a configuration (YAML or JSON): all of it, or nothing when any part is invalid")
                .roles(ADMINS)
                .response(JsonNode.class)
                .answers(400, 404, 409)
                .handle(x -> x.ok(admin.apply(x.who(), document(x))));
        r.get("/api/v1/admin/audit", "auditLog")
                .summary("The audit log, newest first (?point, ?kind, ?id, ?limit)")
                .roles(MANAGERS)
                .query("point", null, "only this point's entries")
                .freeQuery("kind", "only this kind of thing")
                .query("id", null, "only this thing")
                .query("limit", "int32", "at most this many entries (1..1000, default 100)")
                .response(JsonNode.class)
                .handle(x -> {
                    int limit = 100;
                    String l = x.query("limit");
                    if (l != null) {
                        if (!l.matches("\\d{1,4}")) {
                            throw ApiError.badRequest("limit", "limit must be 1..1000");
                        }
                        limit = Integer.parseInt(l);
                    }
                    x.ok(admin.audit(
                            x.who(), optionalId(x.query("point")), x.query("kind"), optionalId(x.query("id")), limit));
                });
        r.get("/api/v1/admin/kinds/fields", "adminKindFields")
                .summary("Each managed kind's fields (name, type, required, limits, referred kind, choices) for forms")
                .roles(MANAGERS)
                .response(JsonNode.class)
                .handle(x -> x.ok(KindDescriptions.all()));
        r.get("/api/v1/admin/kinds", "adminKinds")
                .summary("The kinds of configured things this API manages")
                .roles(MANAGERS)
                .response(JsonNode.class)
                .handle(x -> x.ok(AdminService.kinds()));
    }

    private void staffRoutes(Routes r) {
        r.get("/api/v1/admin/staff", "listStaff")
                .summary("Staff accounts (a supervisor sees their point's)")
                .roles(MANAGERS)
                .response(JsonNode.class)
                .handle(x -> x.ok(staff.list(x.who())));
        r.put("/api/v1/admin/staff/{username}", "putStaff")
                .summary("Create (with a first password to be changed at sign-in) or update a staff account")
                .roles(MANAGERS)
                .request(JsonNode.class)
                .response(JsonNode.class)
                .answers(409)
                .handle(x -> x.ok(staff.put(x.who(), x.id("username", "staff"), x.body(JsonNode.class))));
        r.post("/api/v1/admin/staff/{username}/password-reset", "resetStaffPassword")
                .summary("Set a temporary password; the person chooses a new one at the next sign-in")
                .roles(MANAGERS)
                .request(JsonNode.class)
                .noContent()
                .handle(x -> {
                    staff.resetPassword(x.who(), x.id("username", "staff"), x.body(JsonNode.class));
                    x.noContent();
                });
        r.post("/api/v1/auth/change-password", "changeOwnPassword")
                .summary("Choose a new password (required after a reset): {username, password, newPassword}")
                .request(JsonNode.class)
                .noContent()
                .database()
                .answers(401, 403, 429)
                .handle(x -> {
                    JsonNode b = x.body(JsonNode.class);
                    staff.changeOwnPassword(
                            b.path("username").asText(null),
                            b.path("password").asText(null),
                            b.path("newPassword").asText(null));
                    x.noContent();
                });
    }

    private void deviceRoutes(Routes r) {
        r.post("/api/v1/pairing", "requestPairing")
                .summary("A device without a token asks for a pairing code {description}; answers {code, secret}")
                .created(JsonNode.class)
                .answers(400, 429)
                .handle(x -> {
                    JsonNode b = http.optionalBody(x.ctx(), JsonNode.class, JsonNodeFactory.instance.objectNode());
                    x.created(pairing.request(b.path("description").asText(null)));
                });
        r.post("/api/v1/pairing/{code}/poll", "pollPairing")
                .summary("The device polls {secret}: 202 while waiting, 200 with its token once approved (once)")
                .request(JsonNode.class)
                .response(JsonNode.class)
                .database()
                .answers(202, 401)
                .handle(x -> {
                    JsonNode b = x.body(JsonNode.class);
                    var credential = pairing.poll(
                            x.ctx().pathParam("code"), b.path("secret").asText(null));
                    if (credential.isPresent()) {
                        x.ok(credential.get());
                    } else {
                        x.ctx().status(202);
                    }
                });
        r.get("/api/v1/admin/pairing", "listPairing")
                .summary("Pending pairing codes")
                .roles(MANAGERS)
                .response(JsonNode.class)
                .handle(x -> x.ok(pairing.list()));
        r.post("/api/v1/admin/pairing/{code}/approve", "approvePairing")
                .summary("Approve a device's code {point, role, name}: the device collects its new token")
                .roles(MANAGERS)
                .request(JsonNode.class)
                .response(JsonNode.class)
                .answers(409)
                .handle(x -> {
                    JsonNode b = x.body(JsonNode.class);
                    String point = b.path("point").asText(null);
                    if (point == null || point.isBlank()) {
                        throw ApiError.badRequest("point", "point is required");
                    }
                    x.ok(pairing.approve(
                            x.who(),
                            x.ctx().pathParam("code"),
                            Fields.id("point", point),
                            b.path("role").asText(null),
                            b.path("name").asText(null)));
                });
        r.post("/api/v1/points/{point}/heartbeat", "deviceHeartbeat")
                .summary("A device's heartbeat {version, uptimeSeconds, printer, outboxBacklog, lastSyncAt}")
                .atPoint(DEVICES)
                .request(JsonNode.class)
                .noContent()
                .handle(x -> {
                    health.heartbeat(x.who(), x.point(), x.body(JsonNode.class));
                    x.noContent();
                });
        r.get("/api/v1/points/{point}/devices/health", "deviceHealth")
                .summary("Fleet health of the point: each device's last heartbeat, silence and printer faults")
                .atPoint(MANAGERS)
                .response(JsonNode.class)
                .handle(x -> x.ok(health.list(x.who(), x.point())));
        r.get("/api/v1/points/{point}/devices", "listDevices")
                .summary("The point's devices (kiosks, feedback terminals, displays)")
                .atPoint(MANAGERS)
                .response(JsonNode.class)
                .handle(x -> x.ok(devices.list(x.who(), x.point())));
        r.post("/api/v1/points/{point}/devices", "createDevice")
                .summary("A new device credential {role, name}; the token is in this answer only")
                .atPoint(MANAGERS)
                .request(JsonNode.class)
                .created(JsonNode.class)
                .answers(409)
                .handle(x -> {
                    JsonNode b = x.body(JsonNode.class);
                    x.created(devices.create(
                            x.who(),
                            x.point(),
                            b.path("role").asText(null),
                            b.path("name").asText(null)));
                });
        r.post("/api/v1/points/{point}/devices/{device}/rotate", "rotateDevice")
                .summary("A new token for the device (the old one stops at once); the token is in this answer only")
                .atPoint(MANAGERS)
                .response(JsonNode.class)
                .handle(x -> {
                    String device = x.ctx().pathParam("device");
                    if (device.isBlank() || device.length() > 100) {
                        throw ApiError.notFound("device", "(malformed name)");
                    }
                    x.ok(devices.rotate(x.who(), x.point(), device));
                });
        r.delete("/api/v1/points/{point}/devices/{device}", "revokeDevice")
                .summary("Revoke a device credential")
                .atPoint(MANAGERS)
                .noContent()
                .handle(x -> {
                    String device = x.ctx().pathParam("device");
                    if (device.isBlank() || device.length() > 100) {
                        throw ApiError.notFound("device", "(malformed name)");
                    }
                    devices.revoke(x.who(), x.point(), device);
                    x.noContent();
                });
    }

    private void pointRoutes(Routes r) {
        r.get("/api/v1/points/{point}/opening-hours", "openingHours")
                .summary("Opening hours of the point and of its authorities: weekly pattern and dated exceptions")
                .atPoint(LIVE)
                .response(JsonNode.class)
                .handle(x -> x.ok(admin.openingHours(x.point())));
        r.get("/api/v1/points/{point}/articles", "knowledgeArticles")
                .summary("Knowledge articles for advisors at the point (national and the point's own), fi/sv/en")
                .atPoint(STAFF)
                .response(JsonNode.class)
                .handle(x -> x.ok(admin.articles(x.point())));
    }

    private void thingRoutes(Routes r) {
        r.get("/api/v1/admin/{kind}", "listConfigured")
                .summary("Configured things of one kind (authorities, points, queues, desks…; ?point=ID)")
                .roles(MANAGERS)
                .query("point", null, "only this point's things")
                .response(JsonNode.class)
                .handle(x -> x.ok(admin.list(x.who(), x.ctx().pathParam("kind"), optionalId(x.query("point")))));
        r.get("/api/v1/admin/{kind}/{id}", "getConfigured")
                .summary("One configured thing, with its version")
                .roles(MANAGERS)
                .response(JsonNode.class)
                .handle(x -> x.ok(admin.get(x.who(), x.ctx().pathParam("kind"), x.id("id"))));
        r.put("/api/v1/admin/{kind}/{id}", "putConfigured")
                .summary("Create (no version) or update (the version read) one configured thing; 409 when stale")
                .roles(MANAGERS)
                .request(JsonNode.class)
                .response(JsonNode.class)
                .answers(409)
                .handle(x -> x.ok(admin.put(x.who(), x.ctx().pathParam("kind"), x.id("id"), x.body(JsonNode.class))));
        r.delete("/api/v1/admin/{kind}/{id}", "deleteConfigured")
                .summary("Delete one configured thing (?version=N, the version read)")
                .roles(MANAGERS)
                .query("version", "int64", "the version read")
                .noContent()
                .answers(409)
                .handle(x -> {
                    String v = x.query("version");
                    if (v != null && !v.matches("\\d{1,18}")) {
                        throw ApiError.badRequest("version", "version must be a number");
                    }
                    admin.delete(x.who(), x.ctx().pathParam("kind"), x.id("id"), v == null ? null : Long.parseLong(v));
                    x.noContent();
                });
    }

    private static String optionalId(String v) {
        return v == null || v.isBlank() ? null : Fields.id("point", v);
    }

    /** The configuration document, YAML or JSON (JSON is YAML too), up to {@link #MAX_CONFIG_BYTES}. */
    private JsonNode document(Exchange x) {
        byte[] bytes;
        try (InputStream in = x.ctx().req().getInputStream()) {
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
