package fi.luukku.core.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The REST client every app uses to talk to the central service. Blocking: call it from a background
 * thread, never from the FX thread. Every failure arrives as an {@link ApiException}.
 */
public class LuukkuClient {
    private static final MediaType JSON = MediaType.get("application/json");

    private final HttpUrl base;
    private final OkHttpClient http;
    private final ObjectMapper mapper;
    private final Supplier<String> token;

    /**
     * @param baseUrl the service root, e.g. {@code http://localhost:8080}
     * @param token supplies the bearer token per call (a device token, or the staff session after login)
     */
    public LuukkuClient(String baseUrl, Supplier<String> token, OkHttpClient http, ObjectMapper mapper) {
        HttpUrl parsed = HttpUrl.parse(baseUrl);
        if (parsed == null) {
            throw new IllegalArgumentException("not an http(s) URL: " + baseUrl);
        }
        this.base = parsed;
        this.token = Objects.requireNonNull(token);
        this.http = http;
        this.mapper = mapper;
    }

    /** The default HTTP client: short timeouts so an app notices quickly that the service is away. */
    public static OkHttpClient defaultHttpClient() {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(3))
                .readTimeout(Duration.ofSeconds(10))
                .writeTimeout(Duration.ofSeconds(10))
                .build();
    }

    public HttpUrl baseUrl() {
        return base;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public OkHttpClient httpClient() {
        return http;
    }

    public String currentToken() {
        return token.get();
    }

    // ---- reading -------------------------------------------------------------------------------

    public HealthDto health() {
        return get("health", HealthDto.class);
    }

    public List<PointDto> points() {
        return get("api/v1/points", new TypeReference<>() {});
    }

    public PointDto point(String pointId) {
        return get(p("api/v1/points/%s", pointId), PointDto.class);
    }

    public List<AuthorityDto> authorities(String pointId) {
        return get(p("api/v1/points/%s/authorities", pointId), new TypeReference<>() {});
    }

    public List<ServiceDto> services(String pointId) {
        return get(p("api/v1/points/%s/services", pointId), new TypeReference<>() {});
    }

    public List<LifeEventDto> lifeEvents(String pointId) {
        return get(p("api/v1/points/%s/life-events", pointId), new TypeReference<>() {});
    }

    public List<QueueDto> queues(String pointId) {
        return get(p("api/v1/points/%s/queues", pointId), new TypeReference<>() {});
    }

    public List<DeskDto> desks(String pointId) {
        return get(p("api/v1/points/%s/desks", pointId), new TypeReference<>() {});
    }

    /** Open tickets (waiting, called, serving, parked) at a point. */
    public List<TicketDto> openTickets(String pointId) {
        return get(p("api/v1/points/%s/tickets", pointId), new TypeReference<>() {});
    }

    public TicketDto ticket(String ticketId) {
        return get(p("api/v1/tickets/%s", ticketId), TicketDto.class);
    }

    public SnapshotDto snapshot(String pointId) {
        return get(p("api/v1/points/%s/snapshot", pointId), SnapshotDto.class);
    }

    public List<ServiceEventTypeDto> serviceEventTypes(String pointId) {
        return get(p("api/v1/points/%s/service-event-types", pointId), new TypeReference<>() {});
    }

    public List<DirectoryEntryDto> directory(String pointId) {
        return get(p("api/v1/points/%s/directory", pointId), new TypeReference<>() {});
    }

    public List<HelpRequestDto> openHelpRequests(String pointId) {
        return get(p("api/v1/points/%s/help", pointId), new TypeReference<>() {});
    }

    public List<InfoMessageDto> infoMessages(String pointId) {
        return get(p("api/v1/points/%s/info-messages", pointId), new TypeReference<>() {});
    }

    // ---- kiosk ---------------------------------------------------------------------------------

    /** Issues a ticket; the idempotency key makes a retried request return the same ticket. */
    public TicketDto issueTicket(String pointId, IssueTicketRequest request, String idempotencyKey) {
        return post(p("api/v1/points/%s/tickets", pointId), request, TicketDto.class, idempotencyKey);
    }

    public TicketDto checkIn(String pointId, CheckInRequest request, String idempotencyKey) {
        return post(p("api/v1/points/%s/check-in", pointId), request, TicketDto.class, idempotencyKey);
    }

    public HelpRequestDto requestHelp(String pointId, HelpRequestCreate request, String idempotencyKey) {
        return post(p("api/v1/points/%s/help", pointId), request, HelpRequestDto.class, idempotencyKey);
    }

    public OfflineBlockDto reserveOfflineBlock(String pointId, OfflineBlockRequest request) {
        return post(p("api/v1/points/%s/offline-blocks", pointId), request, OfflineBlockDto.class, newKey());
    }

    public FeedbackDto sendFeedback(String pointId, FeedbackRequest request, String idempotencyKey) {
        return post(p("api/v1/points/%s/feedback", pointId), request, FeedbackDto.class, idempotencyKey);
    }

    // ---- advisor -------------------------------------------------------------------------------

    public LoginResponse login(LoginRequest request) {
        return post("api/v1/auth/login", request, LoginResponse.class, null);
    }

    public void logout() {
        post("api/v1/auth/logout", Map.of(), Void.class, null);
    }

    /** Calls the next customer to a desk; empty when nobody waits. */
    public java.util.Optional<TicketDto> callNext(String pointId, String deskId) {
        return java.util.Optional.ofNullable(
                post(p("api/v1/points/%s/desks/%s/call-next", pointId, deskId), Map.of(), TicketDto.class, null));
    }

    public TicketDto call(String ticketId, String deskId) {
        return post(p("api/v1/tickets/%s/call", ticketId), new CallRequest(deskId), TicketDto.class, null);
    }

    public TicketDto recall(String ticketId) {
        return action(ticketId, "recall");
    }

    public TicketDto start(String ticketId) {
        return action(ticketId, "start");
    }

    public TicketDto noShow(String ticketId) {
        return action(ticketId, "no-show");
    }

    /** Takes back a no-show of the last five minutes; the ticket waits at its old place again. */
    public TicketDto undoNoShow(String ticketId) {
        return action(ticketId, "undo-no-show");
    }

    public TicketDto park(String ticketId) {
        return action(ticketId, "park");
    }

    public TicketDto unpark(String ticketId) {
        return action(ticketId, "unpark");
    }

    public TicketDto cancel(String ticketId) {
        return action(ticketId, "cancel");
    }

    public TicketDto transfer(String ticketId, TransferRequest request) {
        return post(p("api/v1/tickets/%s/transfer", ticketId), request, TicketDto.class, null);
    }

    public TicketDto finish(String ticketId, FinishRequest request) {
        return post(p("api/v1/tickets/%s/finish", ticketId), request, TicketDto.class, null);
    }

    public TicketDto updateTriage(String ticketId, TriageDto triage) {
        return send("PUT", p("api/v1/tickets/%s/triage", ticketId), triage, TicketDto.class, null);
    }

    public ServiceEventDto recordServiceEvent(String ticketId, ServiceEventDto event, String idempotencyKey) {
        return post(p("api/v1/tickets/%s/service-events", ticketId), event, ServiceEventDto.class, idempotencyKey);
    }

    public ReferralDto refer(String ticketId, ReferralRequest request) {
        return post(p("api/v1/tickets/%s/referrals", ticketId), request, ReferralDto.class, newKey());
    }

    public HelpRequestDto acknowledgeHelp(String helpId) {
        return post(p("api/v1/help/%s/acknowledge", helpId), Map.of(), HelpRequestDto.class, null);
    }

    public IncidentDto recordIncident(String pointId, IncidentDto incident, String idempotencyKey) {
        return post(p("api/v1/points/%s/incidents", pointId), incident, IncidentDto.class, idempotencyKey);
    }

    public IncidentDto resolveIncident(String incidentId, String resolution) {
        return post(
                p("api/v1/incidents/%s/resolve", incidentId),
                Map.of("resolution", resolution),
                IncidentDto.class,
                null);
    }

    // ---- reports and bookings (added by the service) ----------------------------------------------

    /** A day's figures of a point; {@code day} null means today. */
    public DailyStatsDto dailyStats(String pointId, java.time.LocalDate day) {
        String path = p("api/v1/points/%s/stats/daily", pointId) + (day == null ? "" : "?day=" + day);
        return get(path, DailyStatsDto.class);
    }

    /** The monthly billing report per authority (supervisor); {@code month} null means this month. */
    public BillingReportDto billingReport(String pointId, java.time.YearMonth month) {
        String path = p("api/v1/points/%s/reports/billing", pointId) + (month == null ? "" : "?month=" + month);
        return get(path, BillingReportDto.class);
    }

    /** Today's (or the given day's) appointments of a point. */
    public List<AppointmentDto> appointments(String pointId, java.time.LocalDate day) {
        String path = p("api/v1/points/%s/appointments", pointId) + (day == null ? "" : "?day=" + day);
        return get(path, new TypeReference<>() {});
    }

    /** Books an appointment (booking systems); id, status and ticketId of the body are ignored. */
    public AppointmentDto createAppointment(String pointId, AppointmentDto appointment, String idempotencyKey) {
        return post(p("api/v1/points/%s/appointments", pointId), appointment, AppointmentDto.class, idempotencyKey);
    }

    public AppointmentDto cancelAppointment(String appointmentId) {
        return post(p("api/v1/appointments/%s/cancel", appointmentId), Map.of(), AppointmentDto.class, null);
    }

    public List<IncidentDto> incidents(String pointId) {
        return get(p("api/v1/points/%s/incidents", pointId), new TypeReference<>() {});
    }

    // ---- reports over a period and scope (issue 12) ----------------------------------------------

    /** The scopes the signed-in user may draw reports for (a supervisor: their point; an admin: all). */
    public List<fi.luukku.core.api.report.ReportScopeDto> reportScopes() {
        return get("api/v1/reports/scopes", new TypeReference<>() {});
    }

    /** The operating model's metrics; {@code scope} e.g. {@code national}, {@code region:X}, {@code point:id}. */
    public fi.luukku.core.api.report.MetricsReportDto metricsReport(
            String scope, java.time.LocalDate from, java.time.LocalDate to, String lang) {
        return get(
                reportPath(fi.luukku.core.api.report.ReportKind.METRICS, null, scope, from, to, lang),
                fi.luukku.core.api.report.MetricsReportDto.class);
    }

    /** The pilot's billing over a period (base fee, training compensation, events at unit prices). */
    public fi.luukku.core.api.report.BillingReport billingReport(
            String scope, java.time.LocalDate from, java.time.LocalDate to, String lang) {
        return get(
                reportPath(fi.luukku.core.api.report.ReportKind.BILLING, null, scope, from, to, lang),
                fi.luukku.core.api.report.BillingReport.class);
    }

    /** A report as a file (CSV, XLSX or PDF; PDF for billing only), in the given language. */
    public byte[] exportReport(
            fi.luukku.core.api.report.ReportKind kind,
            fi.luukku.core.api.report.ReportFormat format,
            String scope,
            java.time.LocalDate from,
            java.time.LocalDate to,
            String lang) {
        Request request = request(reportPath(kind, format, scope, from, to, lang))
                .header("Accept", format.mediaType())
                .get()
                .build();
        return execute(request, null);
    }

    private static String reportPath(
            fi.luukku.core.api.report.ReportKind kind,
            fi.luukku.core.api.report.ReportFormat format,
            String scope,
            java.time.LocalDate from,
            java.time.LocalDate to,
            String lang) {
        StringBuilder path = new StringBuilder("api/v1/reports/").append(kind.path());
        if (format != null) {
            path.append('.').append(format.extension());
        }
        path.append("?from=").append(from).append("&to=").append(to);
        path.append("&scope=").append(java.net.URLEncoder.encode(scope, java.nio.charset.StandardCharsets.UTF_8));
        if (lang != null) {
            path.append("&lang=").append(lang);
        }
        return path.toString();
    }

    /** Any JSON GET, for endpoints without a typed method (reports, statistics). */
    /** Records the first free booking time offered on a day for a bookable service (ADR 0028). */
    public FreeTimeDto recordFreeTime(String pointId, String serviceId, java.time.LocalDate day, FreeTimeRequest body) {
        return send(
                "PUT",
                p("api/v1/points/%s/services/%s/free-times/%s", pointId, serviceId, day.toString()),
                body,
                FreeTimeDto.class,
                null);
    }

    public <T> T getJson(String path, TypeReference<T> type) {
        return get(path, type);
    }

    // ---- plumbing ------------------------------------------------------------------------------

    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    private TicketDto action(String ticketId, String action) {
        return post(p("api/v1/tickets/%s/" + action, ticketId), Map.of(), TicketDto.class, null);
    }

    private static String p(String pattern, String... ids) {
        Object[] encoded = new Object[ids.length];
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == null || ids[i].isBlank()) {
                throw new IllegalArgumentException("missing path id in " + pattern);
            }
            encoded[i] = ids[i];
        }
        return String.format(pattern, encoded);
    }

    private HttpUrl url(String path) {
        HttpUrl.Builder b = base.newBuilder();
        String query = null;
        int q = path.indexOf('?');
        if (q >= 0) {
            query = path.substring(q + 1);
            path = path.substring(0, q);
        }
        for (String seg : path.split("/")) {
            if (!seg.isEmpty()) {
                b.addPathSegment(seg);
            }
        }
        if (query != null) {
            b.encodedQuery(query);
        }
        return b.build();
    }

    private Request.Builder request(String path) {
        Request.Builder r = new Request.Builder().url(url(path)).header("Accept", "application/json");
        String t = token.get();
        if (t != null && !t.isBlank()) {
            r.header("Authorization", "Bearer " + t);
        }
        return r;
    }

    private <T> T get(String path, Class<T> type) {
        return execute(request(path).get().build(), body -> mapper.readValue(body, type));
    }

    private <T> T get(String path, TypeReference<T> type) {
        return execute(request(path).get().build(), body -> mapper.readValue(body, type));
    }

    private <T> T post(String path, Object body, Class<T> type, String idempotencyKey) {
        return send("POST", path, body, type, idempotencyKey);
    }

    private <T> T send(String method, String path, Object body, Class<T> type, String idempotencyKey) {
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot serialise request body", e);
        }
        Request.Builder r = request(path).method(method, RequestBody.create(json, JSON));
        if (idempotencyKey != null) {
            r.header("Idempotency-Key", idempotencyKey);
        }
        return execute(r.build(), b -> type == Void.class ? null : mapper.readValue(b, type));
    }

    private interface BodyReader<T> {
        T read(String body) throws IOException;
    }

    private <T> T execute(Request request, BodyReader<T> reader) {
        int code;
        String text;
        byte[] raw;
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            raw = body == null ? new byte[0] : body.bytes();
            text = new String(raw, java.nio.charset.StandardCharsets.UTF_8);
            code = response.code();
        } catch (IOException e) {
            throw ApiException.unreachable(e);
        }
        if (code == 204) {
            return null;
        }
        if (code < 200 || code >= 300) {
            Problem problem = null;
            try {
                if (!text.isBlank()) {
                    problem = mapper.readValue(text, Problem.class);
                }
            } catch (IOException ignored) {
                // not problem+json (a proxy page, say); the status still tells what happened
            }
            throw new ApiException(
                    code,
                    problem,
                    request.method() + " " + request.url().encodedPath() + " -> " + code
                            + (problem != null ? ": " + problem.title() : ""),
                    null);
        }
        if (reader == null) {
            @SuppressWarnings("unchecked")
            T bytes = (T) raw;
            return bytes;
        }
        try {
            return text.isBlank() ? null : reader.read(text);
        } catch (IOException e) {
            // the service answered, but not in the contract's shape: a version mismatch, not "offline"
            throw new ApiException(
                    -1, null, request.method() + " " + request.url().encodedPath() + ": unreadable answer", e);
        }
    }
}
