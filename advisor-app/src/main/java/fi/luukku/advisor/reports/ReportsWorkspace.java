package fi.luukku.advisor.reports;

import fi.luukku.advisor.Session;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.concurrent.TaskRunner;
import fi.luukku.core.i18n.Language;
import java.time.Clock;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The reports workspace of the staff app: a supervisor's own point, an admin's any point, region or the whole
 * network, over a day, week, month, year or any range, as charts and tables, drillable from the nation to a point
 * to a day, and exported as CSV, XLSX or the billing PDF. Build it once a staff member has signed in, put
 * {@link #root()} where the workspace is shown and call {@link #start()} when it is first shown.
 *
 * <p>Keys: Alt+Left goes back from a drill, Alt+Page Up / Alt+Page Down step to the previous / next period, F5
 * loads again; Ctrl+Tab moves between the tabs, Enter on a table row drills into it.
 */
public final class ReportsWorkspace {
    static final KeyCombination BACK = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    static final KeyCombination PREVIOUS = new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.ALT_DOWN);
    static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.ALT_DOWN);
    static final KeyCombination RELOAD = new KeyCodeCombination(KeyCode.F5);

    private final ReportsViewModel vm;
    private final ReportExports exports;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private boolean started;

    public ReportsWorkspace(
            LuukkuClient client,
            Session session,
            Language language,
            TaskRunner runner,
            Clock clock,
            SaveFileChooser chooser) {
        Objects.requireNonNull(client, "client");
        ReportTexts texts = ReportTexts.of(language);
        this.vm = new ReportsViewModel(client, session, runner, texts, clock);
        this.exports = new ReportExports(client, runner, texts, chooser);
        build(texts);
    }

    private void build(ReportTexts t) {
        root.setId("reports-workspace");
        root.getStyleClass().add("reports-workspace");
        root.getStylesheets()
                .add(Objects.requireNonNull(ReportsWorkspace.class.getResource("reports.css"))
                        .toExternalForm());
        ReportsToolbar toolbar = new ReportsToolbar(vm, exports);
        OverviewTab overview = new OverviewTab(t);
        WaitingTab waiting = new WaitingTab(t);
        DetailsTab details = new DetailsTab(t);
        BreakdownTab breakdown = new BreakdownTab(vm);
        DaysTab days = new DaysTab(vm);
        BillingTab billing = new BillingTab(t);
        tabs.setId("reports-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs()
                .addAll(
                        tab("tab-overview", t.get("tab.overview"), overview.root()),
                        tab("tab-waiting", t.get("tab.waiting"), waiting.root()),
                        tab("tab-details", t.get("tab.details"), details.root()),
                        tab("tab-events", t.get("tab.events"), details.eventsRoot()),
                        tab("tab-breakdown", t.get("tab.breakdown"), breakdown.root()),
                        tab("tab-days", t.get("tab.days"), days.root()),
                        tab("tab-billing", t.get("tab.billing"), billing.root()));
        vm.metricsProperty().addListener((o, a, m) -> {
            overview.show(m);
            waiting.show(m);
            details.show(m);
            breakdown.show(m);
            days.show(m);
        });
        vm.billingProperty().addListener((o, a, b) -> billing.show(b));
        // a drill into a day lands on the overview of that day
        vm.periodProperty().addListener((o, a, p) -> {
            if (p.isSingleDay() && vm.canGoBackProperty().get()) {
                tabs.getSelectionModel().select(0);
            }
        });

        Label loading = new Label(t.get("status.loading"));
        loading.setId("reports-loading");
        loading.getStyleClass().add("reports-note");
        loading.visibleProperty().bind(vm.loadingProperty());
        loading.managedProperty().bind(loading.visibleProperty());
        VBox top = new VBox(4, toolbar.root());
        top.setPadding(new Insets(8, 8, 0, 8));
        root.setTop(top);
        root.setCenter(tabs);
        // the status line: what is loading, where an export went (tall enough that a table's last, partly shown
        // row ends above the window's edge)
        Label status = toolbar.status();
        HBox bottom = new HBox(12, loading, status);
        bottom.getStyleClass().add("reports-status-bar");
        bottom.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(4, 8, 4, 8));
        bottom.setMinHeight(48);
        root.setBottom(bottom);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (BACK.match(e) && vm.canGoBackProperty().get()) {
                vm.back();
                e.consume();
            } else if (PREVIOUS.match(e)) {
                vm.previous();
                e.consume();
            } else if (NEXT.match(e)) {
                vm.next();
                e.consume();
            } else if (RELOAD.match(e)) {
                vm.load();
                e.consume();
            }
        });
    }

    private static Tab tab(String id, String title, Node content) {
        // no scrolling: each tab is laid out to fit a 1366×768 desk screen; its tables scroll inside
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    /** Loads the scopes and the first report; later calls do nothing (the person's choices stay). */
    public void start() {
        if (!started) {
            started = true;
            vm.start();
        }
    }

    public Node root() {
        return root;
    }

    public ReportsViewModel viewModel() {
        return vm;
    }

    public ReportExports exports() {
        return exports;
    }
}
