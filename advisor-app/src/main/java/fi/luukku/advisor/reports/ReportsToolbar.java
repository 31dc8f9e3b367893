package fi.luukku.advisor.reports;

import fi.luukku.core.api.report.ReportFormat;
import fi.luukku.core.api.report.ReportKind;
import fi.luukku.core.api.report.ReportScopeDto;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The choices above the reports: scope, kind of period with back and forward, any from–to range, the way back
 * from a drill, and the exports. Every control is reachable with Tab and works with the keyboard alone.
 */
final class ReportsToolbar {
    private final VBox root = new VBox(6);
    private Label status;

    ReportsToolbar(ReportsViewModel vm, ReportExports exports) {
        ReportTexts t = vm.texts();
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(t.locale());
        root.getStyleClass().add("reports-toolbar");

        ComboBox<ReportScopeDto> scope = new ComboBox<>(vm.scopes());
        scope.setId("reports-scope");
        scope.setPromptText(t.get("scope.prompt"));
        scope.setPrefWidth(420); // "Neuvonta – Servicepunkten i S:t Michel" in full, in the bold theme font
        scope.setTooltip(new Tooltip(t.get("scope.label")));
        scope.setAccessibleText(t.get("scope.label"));
        scope.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReportScopeDto s) {
                return s == null ? "" : scopeLabel(t, s);
            }

            @Override
            public ReportScopeDto fromString(String s) {
                return null;
            }
        });
        scope.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ReportScopeDto item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : scopeLabel(t, item));
            }
        });
        Runnable showScope = () -> scope.getSelectionModel()
                .select(vm.scopes().stream()
                        .filter(s -> s.scope().equals(vm.scopeProperty().get()))
                        .findFirst()
                        .orElse(null));
        vm.scopeProperty().addListener((o, a, b) -> showScope.run());
        vm.scopes().addListener((javafx.collections.ListChangeListener<ReportScopeDto>) c -> showScope.run());
        scope.setOnAction(e -> {
            ReportScopeDto chosen = scope.getValue();
            if (chosen != null) {
                vm.chooseScope(chosen.scope());
            }
        });
        scope.disableProperty().bind(Bindings.size(vm.scopes()).lessThan(2));

        ComboBox<ReportPeriod.Kind> kind = new ComboBox<>();
        kind.setId("reports-period-kind");
        kind.getItems().setAll(ReportPeriod.Kind.values());
        kind.setAccessibleText(t.get("period.label"));
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReportPeriod.Kind k) {
                return k == null ? "" : t.get("period.kind." + k.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public ReportPeriod.Kind fromString(String s) {
                return null;
            }
        });
        kind.setValue(vm.periodProperty().get().kind());
        kind.setOnAction(e -> {
            if (kind.getValue() != null && kind.getValue() != ReportPeriod.Kind.RANGE) {
                vm.choosePeriodKind(kind.getValue());
            }
        });

        Button previous = button("reports-previous", t.get("period.previous"), vm::previous);
        Button next = button("reports-next", t.get("period.next"), vm::next);
        Label periodLabel = new Label();
        periodLabel.setId("reports-period-label");
        periodLabel.getStyleClass().add("reports-period");

        DatePicker from = new DatePicker();
        from.setId("reports-from");
        from.setPromptText(t.get("period.from"));
        from.setAccessibleText(t.get("period.from"));
        from.setPrefWidth(160);
        // dates typed and shown in the workspace's language, not the machine's
        from.setConverter(new javafx.util.converter.LocalDateStringConverter(dates, dates));
        DatePicker to = new DatePicker();
        to.setConverter(new javafx.util.converter.LocalDateStringConverter(dates, dates));
        to.setId("reports-to");
        to.setPromptText(t.get("period.to"));
        to.setAccessibleText(t.get("period.to"));
        to.setPrefWidth(160);
        Button apply = button("reports-apply-range", t.get("period.apply"), () -> {
            from.commitValue();
            to.commitValue();
            vm.chooseRange(from.getValue(), to.getValue());
        });

        Runnable showPeriod = () -> {
            ReportPeriod p = vm.periodProperty().get();
            periodLabel.setText(
                    p.isSingleDay() ? dates.format(p.from()) : dates.format(p.from()) + " – " + dates.format(p.to()));
            kind.setValue(p.kind());
            from.setValue(p.from());
            to.setValue(p.to());
        };
        vm.periodProperty().addListener((o, a, b) -> showPeriod.run());
        showPeriod.run();

        Button back = button("reports-back", t.get("drill.back"), vm::back);
        back.disableProperty().bind(vm.canGoBackProperty().not());
        Button refresh = button("reports-refresh", t.get("action.refresh"), vm::load);

        MenuButton export = new MenuButton(t.get("export.menu"));
        export.setId("reports-export");
        for (ReportKind k : ReportKind.values()) {
            for (ReportFormat f : ReportFormat.values()) {
                if (ReportExports.offered(k, f)) {
                    MenuItem item = new MenuItem(t.get("export." + k.path() + "." + f.extension()));
                    item.setId("export-" + k.path() + "-" + f.extension());
                    item.setOnAction(e -> exports.export(
                            k,
                            f,
                            () -> new ReportExports.Request(
                                    k,
                                    f,
                                    vm.scopeProperty().get(),
                                    vm.periodProperty().get())));
                    export.getItems().add(item);
                }
            }
        }
        export.disableProperty().bind(exports.busyProperty());

        Label scopeCaption = caption(t.get("scope.label"));
        Label periodCaption = caption(t.get("period.label"));
        HBox periodBox = new HBox(6, periodCaption, kind, previous, periodLabel, next);
        periodBox.setAlignment(Pos.CENTER_LEFT);
        HBox rangeBox = new HBox(6, caption(t.get("period.range")), from, to, apply);
        rangeBox.setAlignment(Pos.CENTER_LEFT);
        HBox scopeBox = new HBox(6, scopeCaption, scope);
        scopeBox.setAlignment(Pos.CENTER_LEFT);
        FlowPane choices = new FlowPane(16, 6, scopeBox, periodBox, rangeBox);
        choices.setAlignment(Pos.CENTER_LEFT);

        Label where = new Label();
        where.setId("reports-where");
        where.getStyleClass().add("reports-where");
        Runnable showWhere = () -> {
            StringBuilder s = new StringBuilder();
            for (ReportsViewModel.Place p : vm.drillPath()) {
                s.append(vm.scopeName(p.scope())).append(" › ");
            }
            s.append(vm.scopeName(vm.scopeProperty().get()));
            ReportPeriod p = vm.periodProperty().get();
            if (p.isSingleDay()) {
                s.append(" › ").append(dates.format(p.from()));
            }
            where.setText(s.toString());
        };
        vm.scopeProperty().addListener((o, a, b) -> showWhere.run());
        vm.periodProperty().addListener((o, a, b) -> showWhere.run());
        vm.scopes().addListener((javafx.collections.ListChangeListener<ReportScopeDto>) c -> showWhere.run());
        showWhere.run();
        Label error = new Label();
        error.setId("reports-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label status = new Label();
        status.setId("reports-export-status");
        status.getStyleClass().add("reports-status");
        status.textProperty().bind(exports.statusProperty());
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox actions = new HBox(8, back, where, grow, refresh, export);
        actions.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(choices, actions, error);
        this.status = status;
    }

    /**
     * The scope's name with its kind ("Etelä-Savo (Region)"); an authority at a point ("Kela – Mikkeli") says what it
     * is by its name alone.
     */
    static String scopeLabel(ReportTexts t, ReportScopeDto s) {
        String kind = s.kind() == null ? "" : s.kind().toLowerCase(java.util.Locale.ROOT);
        boolean atPoint = s.scope().startsWith("point:") && s.scope().contains("/authority:");
        return t.has("scope.kind." + kind) && !"national".equals(kind) && !atPoint
                ? s.name() + " (" + t.get("scope.kind." + kind) + ")"
                : s.name();
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("reports-caption");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Where the last export went (shown in the workspace's status line). */
    Label status() {
        return status;
    }

    VBox root() {
        return root;
    }
}
