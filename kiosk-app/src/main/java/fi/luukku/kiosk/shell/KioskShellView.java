package fi.luukku.kiosk.shell;

import fi.luukku.core.device.scanner.KeyboardWedgeDetector;
import fi.luukku.kiosk.appointment.AppointmentView;
import fi.luukku.kiosk.home.HomeView;
import fi.luukku.kiosk.needs.NeedsView;
import fi.luukku.kiosk.session.Screen;
import fi.luukku.kiosk.staff.StaffView;
import fi.luukku.kiosk.start.StartView;
import fi.luukku.kiosk.ticket.TicketView;
import fi.luukku.kiosk.ui.I18n;
import fi.luukku.kiosk.ui.Ui;
import fi.luukku.ui.CitizenFonts;
import fi.luukku.ui.Theme;
import java.util.EnumMap;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The frame around every screen: the top bar with large text, high contrast and "I need help" always in
 * view; the screen itself; back and start-over at the bottom; banners and the staff panel on top.
 */
public final class KioskShellView {
    public static final String STYLESHEET =
            KioskShellView.class.getResource("/fi/luukku/kiosk/kiosk.css").toExternalForm();

    private final KioskViewModel vm;
    private final I18n i18n;
    private final Map<Screen, Node> screens = new EnumMap<>(Screen.class);
    private final KeyboardWedgeDetector wedge = new KeyboardWedgeDetector(40, 4);
    private Timeline timer;

    public KioskShellView(KioskViewModel vm) {
        this.vm = vm;
        this.i18n = new I18n(vm.messages(), vm.languageProperty());
    }

    public Region createView() {
        screens.put(Screen.START, new StartView(vm.start(), vm.messages()).createView());
        screens.put(
                Screen.HOME, new HomeView(vm.home(), i18n, vm.catalogProperty().isNull()).createView());
        screens.put(Screen.APPOINTMENT, new AppointmentView(vm.appointment(), i18n).createView());
        screens.put(Screen.NEEDS, new NeedsView(vm.needsScreen(), i18n).createView());
        screens.put(Screen.TICKET, new TicketView(vm.ticket(), i18n).createView());

        StackPane center = new StackPane();
        center.setId("screen-host");
        Runnable showScreen = () -> {
            Node n = screens.get(vm.getScreen());
            Ui.scrollToTop(n); // every screen opens at its top, whatever the last citizen scrolled
            center.getChildren().setAll(n);
            n.setId("screen-" + vm.getScreen().name().toLowerCase(java.util.Locale.ROOT));
        };
        vm.screenProperty().addListener((o, a, b) -> showScreen.run());
        vm.citizenProperty().addListener((o, a, b) -> screens.values().forEach(Ui::scrollToTop));
        showScreen.run();

        BorderPane frame = new BorderPane(center);
        frame.setTop(topBar());
        frame.setBottom(bottomBar());

        StackPane root = new StackPane(
                frame,
                banners(),
                busyOverlay(),
                new StaffView(vm.staff(), vm.messages(), vm.settings().defaultLanguage()).createView());
        root.getStyleClass().add("kiosk-root");
        // Arabic reads right to left: the whole kiosk mirrors with the citizen's language
        root.nodeOrientationProperty()
                .bind(Bindings.createObjectBinding(
                        () -> vm.messages().orientation(vm.getLanguage()), vm.languageProperty()));
        return root;
    }

    private Region topBar() {
        Label point = new Label();
        point.getStyleClass().add("point-name");
        point.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.getCatalog() == null || vm.getCatalog().point() == null
                                ? "Luukku"
                                : vm.getCatalog().point().name().in(vm.getLanguage()),
                        vm.catalogProperty(),
                        vm.languageProperty()));
        Label offline = Ui.label(i18n.text("status.offline"), "link-down");
        offline.setId("offline-badge");
        offline.visibleProperty().bind(vm.onlineProperty().not());
        offline.managedProperty().bind(offline.visibleProperty());
        point.setWrapText(true);
        VBox left = new VBox(4, point, offline);
        left.setAlignment(Pos.CENTER_LEFT);
        left.setMinWidth(0);
        HBox.setHgrow(left, Priority.ALWAYS);

        ToggleButton large = new ToggleButton();
        large.setId("toggle-large-text");
        large.textProperty().bind(i18n.text("top.largeText"));
        large.getStyleClass().addAll("touch-button", "top-toggle");
        large.selectedProperty().bindBidirectional(vm.largeTextProperty());
        ToggleButton contrast = new ToggleButton();
        contrast.setId("toggle-contrast");
        contrast.textProperty().bind(i18n.text("top.highContrast"));
        contrast.getStyleClass().addAll("touch-button", "top-toggle");
        contrast.selectedProperty().bindBidirectional(vm.highContrastProperty());
        Button help = Ui.button("help", i18n.text("top.help"), vm::requestHelp, "help-button");
        for (var b : java.util.List.of(large, contrast, help)) {
            b.setWrapText(true); // a narrow portrait screen wraps these rather than cut them
            b.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        }
        HBox bar = new HBox(16, left, large, contrast, help);
        bar.setAlignment(Pos.CENTER);
        bar.setPadding(new Insets(12, 24, 12, 24));
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    private Region bottomBar() {
        Button back = Ui.button("nav-back", i18n.text("nav.back"), vm::back);
        Button home = Ui.button("nav-home", i18n.text("nav.startOver"), vm::reset);
        HBox nav = new HBox(16, back, home);
        nav.visibleProperty().bind(vm.screenProperty().isNotEqualTo(Screen.START));

        Label notice = new Label();
        notice.setId("staff-notice");
        notice.getStyleClass().add("staff-notice");
        notice.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            String n = vm.staffNoticeProperty().get();
                            int pending = vm.pendingSyncProperty().get();
                            String p = pending > 0
                                    ? vm.messages().get(vm.settings().defaultLanguage(), "staff.pending", pending)
                                    : null;
                            if (n == null) {
                                return p == null ? "" : p;
                            }
                            return p == null ? n : n + " · " + p;
                        },
                        vm.staffNoticeProperty(),
                        vm.pendingSyncProperty()));
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        Button staff = new Button("⚙");
        staff.setId("staff-open");
        staff.getStyleClass().add("staff-button");
        staff.setFocusTraversable(false);
        staff.setOnAction(e -> vm.staff().openPanel());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(16, nav, spacer, notice, staff);
        bar.setAlignment(Pos.CENTER);
        bar.setPadding(new Insets(12, 24, 12, 24));
        bar.getStyleClass().add("bottom-bar");
        return bar;
    }

    private Region banners() {
        Label help = new Label();
        help.setId("help-banner");
        help.setWrapText(true);
        help.getStyleClass().add("help-banner");
        help.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> switch (vm.helpStateProperty().get()) {
                            case SENDING -> i18n.now("help.sending");
                            case SENT -> i18n.now("help.sent");
                            case QUEUED -> i18n.now("help.queued");
                            case NONE -> "";
                        },
                        vm.helpStateProperty(),
                        vm.languageProperty()));
        Button ok = Ui.button("help-dismiss", i18n.text("help.dismiss"), vm::dismissHelp);
        HBox helpBox = new HBox(24, help, ok);
        helpBox.setAlignment(Pos.CENTER);
        helpBox.getStyleClass().add("banner");
        helpBox.visibleProperty().bind(vm.helpStateProperty().isNotEqualTo(HelpState.NONE));
        helpBox.managedProperty().bind(helpBox.visibleProperty());

        Label error = new Label();
        error.setId("error-banner");
        error.setWrapText(true);
        error.getStyleClass().addAll("banner", "error-banner");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        error.setMaxWidth(Double.MAX_VALUE);

        VBox box = new VBox(8, helpBox, error);
        box.setPickOnBounds(false);
        box.setAlignment(Pos.TOP_CENTER);
        box.setPadding(new Insets(110, 48, 0, 48));
        box.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane.setAlignment(box, Pos.TOP_CENTER);
        return box;
    }

    private Region busyOverlay() {
        Label busy = Ui.label(i18n.text("busy.printing"), "busy-label");
        StackPane overlay = new StackPane(busy);
        overlay.setId("busy");
        overlay.getStyleClass().add("overlay-dim");
        overlay.visibleProperty().bind(vm.busyProperty());
        return overlay;
    }

    /** Wires the scene: theme, accessibility classes, keyboard operation, scanner wedge, idle timer. */
    public void install(Scene scene) {
        Theme.apply(scene);
        scene.getStylesheets().add(STYLESHEET);
        CitizenFonts.apply(scene);
        vm.highContrastProperty().addListener((o, a, on) -> Theme.setHighContrast(scene, on));
        vm.largeTextProperty().addListener((o, a, on) -> Theme.setLargeText(scene, on));
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> vm.userActivity());
        scene.addEventFilter(TouchEvent.TOUCH_PRESSED, e -> vm.userActivity());
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            vm.userActivity();
            String ch = e.getCharacter();
            if (ch.isEmpty() || ch.charAt(0) < 0x20) {
                return;
            }
            wedge.typed(ch.charAt(0), System.nanoTime());
            if (vm.getScreen() == Screen.APPOINTMENT
                    && !vm.staff().openProperty().get()) {
                vm.appointment().type(ch.charAt(0));
                e.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            vm.userActivity();
            if (e.getCode() == KeyCode.ENTER) {
                var code = wedge.enter(System.nanoTime());
                if (code.isPresent()) {
                    vm.scanned(code.get());
                    e.consume();
                    return;
                }
                if (scene.getFocusOwner() instanceof ButtonBase b && !b.isDisabled()) {
                    b.fire();
                    e.consume();
                } else if (vm.getScreen() == Screen.APPOINTMENT) {
                    vm.appointment().submit();
                    e.consume();
                }
            } else if (e.getCode() == KeyCode.BACK_SPACE && vm.getScreen() == Screen.APPOINTMENT) {
                vm.appointment().backspace();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                if (vm.staff().openProperty().get()) {
                    vm.staff().close();
                } else {
                    vm.back();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.F1) {
                vm.requestHelp();
                e.consume();
            } else if (e.getCode() == KeyCode.S && e.isControlDown() && e.isAltDown()) {
                vm.staff().openPanel();
                e.consume();
            }
        });
        vm.screenProperty().addListener((o, a, b) -> {
            Node n = screens.get(b);
            if (n != null) {
                n.requestFocus();
            }
        });
    }

    /** Starts the one-second timer that drives idle reset and status refresh. */
    public void start() {
        timer = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick()));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
        vm.loadCatalog();
    }

    public void stop() {
        if (timer != null) {
            timer.stop();
        }
    }
}
