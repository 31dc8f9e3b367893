package fi.luukku.advisor.reports;

import fi.luukku.advisor.Session;
import fi.luukku.core.api.ApiException;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.api.report.BillingReport;
import fi.luukku.core.api.report.MetricsReportDto;
import fi.luukku.core.api.report.ReportScopeDto;
import fi.luukku.core.concurrent.TaskRunner;
import fi.luukku.core.domain.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reports workspace's state and commands, without nodes: which scope and period are chosen, the metrics and
 * billing the service gave for them, and the way back after drilling from the nation to a point to a day. Every
 * load goes through the task runner; an answer to an older choice than the current one is dropped.
 */
public class ReportsViewModel {
    private static final Logger log = LoggerFactory.getLogger(ReportsViewModel.class);

    /** One step of the drill path: where the person was before drilling further. */
    public record Place(String scope, ReportPeriod period) {}

    private final LuukkuClient client;
    private final Session session;
    private final TaskRunner runner;
    private final ReportTexts texts;
    private final ObservableList<ReportScopeDto> scopes = FXCollections.observableArrayList();
    private final ObjectProperty<String> scope = new SimpleObjectProperty<>(this, "scope");
    private final ObjectProperty<ReportPeriod> period = new SimpleObjectProperty<>(this, "period");
    private final ReadOnlyObjectWrapper<MetricsReportDto> metrics = new ReadOnlyObjectWrapper<>(this, "metrics");
    private final ReadOnlyObjectWrapper<BillingReport> billing = new ReadOnlyObjectWrapper<>(this, "billing");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final Deque<Place> path = new ArrayDeque<>();
    private long generation;

    public ReportsViewModel(LuukkuClient client, Session session, TaskRunner runner, ReportTexts texts, Clock clock) {
        this.client = client;
        this.session = session;
        this.runner = runner;
        this.texts = texts;
        this.period.set(ReportPeriod.of(ReportPeriod.Kind.MONTH, LocalDate.now(clock)));
        this.scope.set(defaultScope(session));
    }

    /** A supervisor starts at (and stays in) their point; an admin starts with the whole network. */
    static String defaultScope(Session session) {
        if (session.role() == Role.ADMIN || session.pointId() == null) {
            return "national";
        }
        return "point:" + session.pointId();
    }

    /** Loads the scopes this user may choose, then the reports of the current choice. */
    public void start() {
        String lang = texts.language().code();
        runner.run(
                () -> client.getJson(
                        "api/v1/reports/scopes?lang=" + lang,
                        new com.fasterxml.jackson.core.type.TypeReference<List<ReportScopeDto>>() {}),
                list -> {
                    scopes.setAll(list);
                    if (!list.isEmpty()
                            && list.stream().noneMatch(s -> s.scope().equals(scope.get()))) {
                        scope.set(list.get(0).scope());
                    }
                    load();
                },
                this::failed);
    }

    /** Fetches metrics and billing for the chosen scope and period. */
    public void load() {
        String s = scope.get();
        ReportPeriod p = period.get();
        if (s == null || p == null) {
            return;
        }
        long mine = ++generation;
        loading.set(true);
        error.set(null);
        String lang = texts.language().code();
        runner.run(
                () -> new Loaded(
                        client.metricsReport(s, p.from(), p.to(), lang),
                        client.billingReport(s, p.from(), p.to(), lang)),
                loaded -> {
                    if (mine != generation) {
                        return;
                    }
                    loading.set(false);
                    metrics.set(loaded.metrics());
                    billing.set(loaded.billing());
                },
                e -> {
                    if (mine == generation) {
                        failed(e);
                    }
                });
    }

    private record Loaded(MetricsReportDto metrics, BillingReport billing) {}

    private void failed(Exception e) {
        loading.set(false);
        error.set(message(texts, e));
    }

    /** One sentence in the user's language; the service's own words only go to the log. */
    static String message(ReportTexts texts, Exception e) {
        if (e instanceof ApiException a) {
            log.info("report request failed: {} {}", a.status(), a.detail());
            if (a.isUnreachable()) {
                return texts.get("error.unreachable");
            }
            return switch (a.status()) {
                case 400, 422 -> texts.get("error.invalid");
                case 401 -> texts.get("error.unauthorized");
                case 403 -> texts.get("error.forbidden");
                case 404 -> texts.get("error.notFound");
                default -> texts.get("error.service");
            };
        }
        log.warn("report request failed", e);
        return texts.get("error.service");
    }

    // ---- choosing -----------------------------------------------------------------------------

    public void chooseScope(String newScope) {
        if (newScope != null && !newScope.equals(scope.get())) {
            path.clear();
            canGoBack.set(false);
            scope.set(newScope);
            load();
        }
    }

    /** A period of the given kind around the start of the current one. */
    public void choosePeriodKind(ReportPeriod.Kind kind) {
        if (kind != period.get().kind()) {
            choosePeriod(ReportPeriod.of(kind, period.get().from()));
        }
    }

    /** A from–to range; false (and an error shown, nothing changed) when it is not a valid period. */
    public boolean chooseRange(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            error.set(texts.get("period.missing"));
            return false;
        }
        if (to.isBefore(from)) {
            error.set(texts.get("period.reversed"));
            return false;
        }
        if (java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1 > ReportPeriod.MAX_DAYS) {
            error.set(texts.format("period.tooLong", ReportPeriod.MAX_DAYS));
            return false;
        }
        choosePeriod(ReportPeriod.range(from, to));
        return true;
    }

    public void previous() {
        choosePeriod(period.get().shift(-1));
    }

    public void next() {
        choosePeriod(period.get().shift(1));
    }

    private void choosePeriod(ReportPeriod p) {
        if (!p.equals(period.get())) {
            period.set(p);
            load();
        }
    }

    // ---- drilling -----------------------------------------------------------------------------

    /** From the network or a region into one of its parts ({@code point:x}, {@code region:y}). */
    public void drillIntoScope(String partScope) {
        Objects.requireNonNull(partScope);
        if (partScope.equals(scope.get())) {
            return;
        }
        path.push(new Place(scope.get(), period.get()));
        canGoBack.set(true);
        scope.set(partScope);
        load();
    }

    /** From a period into one of its days. */
    public void drillIntoDay(LocalDate day) {
        ReportPeriod d = ReportPeriod.day(day);
        if (d.equals(period.get())) {
            return;
        }
        path.push(new Place(scope.get(), period.get()));
        canGoBack.set(true);
        period.set(d);
        load();
    }

    /** Back to where the last drill started. */
    public void back() {
        Place p = path.poll();
        canGoBack.set(!path.isEmpty());
        if (p != null) {
            scope.set(p.scope());
            period.set(p.period());
            load();
        }
    }

    /** The drill path, outermost first (for the breadcrumb). */
    public List<Place> drillPath() {
        List<Place> out = new java.util.ArrayList<>(path);
        java.util.Collections.reverse(out);
        return out;
    }

    /** The display name of a scope value, from the scopes the service listed (else the value itself). */
    public String scopeName(String value) {
        return scopes.stream()
                .filter(s -> s.scope().equals(value))
                .map(ReportScopeDto::name)
                .findFirst()
                .orElse(value);
    }

    /** Whether a scope value may be drilled into (the service lists it for this user). */
    public boolean mayOpen(String value) {
        return scopes.stream().anyMatch(s -> s.scope().equals(value));
    }

    // ---- properties ---------------------------------------------------------------------------

    public Session session() {
        return session;
    }

    public ReportTexts texts() {
        return texts;
    }

    public ObservableList<ReportScopeDto> scopes() {
        return scopes;
    }

    public ReadOnlyObjectProperty<String> scopeProperty() {
        return scope;
    }

    public ReadOnlyObjectProperty<ReportPeriod> periodProperty() {
        return period;
    }

    public ReadOnlyObjectProperty<MetricsReportDto> metricsProperty() {
        return metrics.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BillingReport> billingProperty() {
        return billing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }
}
