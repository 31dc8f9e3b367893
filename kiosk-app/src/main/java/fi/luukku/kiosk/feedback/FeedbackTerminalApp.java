package fi.luukku.kiosk.feedback;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.device.buttons.ButtonBox;
import fi.luukku.core.device.buttons.PressFilter;
import fi.luukku.core.device.pairing.DeviceState;
import fi.luukku.core.device.scanner.SerialScanner;
import fi.luukku.core.device.serial.JsscSerialLink;
import fi.luukku.core.device.serial.SerialSettings;
import fi.luukku.core.domain.FeedbackSource;
import fi.luukku.ui.FxTaskRunner;
import fi.luukku.ui.Theme;
import fi.luukku.ui.pairing.PairedDevice;
import java.time.Clock;
import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The feedback terminal's composition root: wires outbox, sender, button box, view models and the window. */
public class FeedbackTerminalApp extends Application {
    private static final Logger log = LoggerFactory.getLogger(FeedbackTerminalApp.class);
    public static final String STYLESHEET =
            FeedbackTerminalApp.class.getResource("feedback.css").toExternalForm();

    private FxTaskRunner runner;
    private FeedbackBackend backend;
    private ButtonBox box;
    private SimulatedButtonsWindow simulator;
    private SerialScanner scanner;
    private Timeline ticker;
    private StaffViewModel staff;
    private FeedbackFlowViewModel flow;
    private volatile boolean stopping;

    private PairedDevice device;

    @Override
    public void start(Stage stage) {
        FeedbackOptions options = FeedbackOptions.parse(getParameters().getRaw().toArray(String[]::new));
        Theme.install(false);
        device = pairedDevice(options, stage, PairedDevice.Timing.DEFAULT);
        device.start();
    }

    /** The terminal around its token: started with it, or after pairing; back to pairing when it is revoked. */
    PairedDevice pairedDevice(FeedbackOptions options, Stage stage, PairedDevice.Timing timing) {
        return new PairedDevice(
                stage,
                options.client(),
                "feedback terminal",
                client -> {
                    launch(options, client, stage);
                    return new PairedDevice.App() {
                        @Override
                        public DeviceState state() {
                            return new DeviceState(
                                    "NONE",
                                    backend == null ? 0 : backend.outbox().pendingCount(),
                                    null);
                        }

                        @Override
                        public void close() {
                            shutdown();
                        }
                    };
                },
                timing);
    }

    /** Builds the terminal with a client that carries its token (given, stored or just paired). */
    private void launch(FeedbackOptions options, LuukkuClient client, Stage stage) {
        stopping = false;
        Clock clock = Clock.systemUTC();
        ObjectMapper mapper = client.mapper();
        runner = new FxTaskRunner("feedback");
        var c = options.client();
        backend = FeedbackBackend.open(
                c.dataDir(),
                client,
                c.point(),
                mapper,
                clock,
                Duration.ofMinutes(1),
                n -> runner.onUi(() -> {
                    if (staff != null) {
                        staff.pendingChanged(n);
                    }
                }));
        FeedbackFlowViewModel flow = this.flow = new FeedbackFlowViewModel(
                backend.recorder(),
                runner,
                clock,
                options.idleTimeout(),
                FeedbackFlowViewModel.TERMINAL_STEPS,
                FeedbackSource.TERMINAL,
                options.defaultLanguage());
        box = new ButtonBox(
                options.buttonMap(), new PressFilter(options.debounce(), options.burstWindow()), clock, press -> {
                    if (stopping) { // the last press of a burst, reported as the box closes: store it now
                        StoredFeedback last = FeedbackFlowViewModel.fromButton(press, flow.language());
                        try {
                            backend.recorder().record(last);
                        } catch (RuntimeException e) {
                            log.error("UNSAVED FEEDBACK (the disk refused it at exit): {}", last, e);
                        }
                    } else {
                        runner.onUi(() -> flow.buttonPressed(press));
                    }
                });
        if (options.buttonsPort() != null) {
            try {
                box.attach(JsscSerialLink.open(SerialSettings.of(
                        options.buttonsPort(), options.buttonsBaud(), SerialSettings.FlowControl.NONE)));
            } catch (Exception e) {
                // the touch screen still works; staff see the box's counters stay at zero
                log.error("feedback button box on {} is not available", options.buttonsPort(), e);
            }
        }
        if (options.scannerPort() != null) {
            try {
                scanner = SerialScanInput.attach(
                        JsscSerialLink.open(SerialSettings.of(
                                options.scannerPort(), options.scannerBaud(), SerialSettings.FlowControl.NONE)),
                        runner,
                        flow);
            } catch (Exception e) {
                // a keyboard-wedge scanner and answering without a ticket still work
                log.error("QR scanner on {} is not available", options.scannerPort(), e);
            }
        }
        if (options.staffPanelEnabled()) {
            staff = new StaffViewModel(
                    backend.recorder(),
                    runner,
                    options.staffPin(),
                    box::stats,
                    clock,
                    javafx.application.Platform::exit);
        } else {
            log.warn("no --staff-pin given: the staff panel is disabled (no waiting-answer counts, no way to quit"
                    + " from the screen); give --staff-pin PIN on a real terminal");
        }

        Rectangle2D screen = Screen.getPrimary().getBounds();
        boolean portrait = screen.getHeight() > screen.getWidth();
        FeedbackView view = new FeedbackView(flow, staff, portrait);
        Scene scene = new Scene(view, Math.min(1920, screen.getWidth()), Math.min(1080, screen.getHeight()));
        Theme.install(false);
        Theme.apply(scene);
        scene.getStylesheets().add(STYLESHEET);
        fi.luukku.ui.CitizenFonts.apply(scene);
        installInput(scene, flow);

        ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> {
            flow.tick();
            if (staff != null) {
                staff.tick();
            }
        }));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();

        stage.setTitle(Messages.of(options.defaultLanguage()).get("app.title"));
        stage.setScene(scene);
        if (options.fullscreen()) {
            lockToFullScreen(stage);
        }
        if (!stage.isShowing()) {
            fi.luukku.ui.WindowPlacement.apply(stage); // -Dluukku.window=x,y,w,h (the demo lays windows side by side)
            stage.show();
        }
        if (options.simulatedButtons()) {
            simulator = new SimulatedButtonsWindow(box, Messages.of(options.defaultLanguage()), stage);
            simulator.show();
        }
        backend.start();
    }

    /**
     * A public terminal's window: full screen that Esc (or any key) does not leave, no "press Esc" hint, and
     * close requests (Alt+F4, the window manager) ignored. Staff leave through the PIN panel's quit button.
     */
    static void lockToFullScreen(Stage stage) {
        lockAgainstLeaving(stage);
        stage.setFullScreen(true);
    }

    /** Everything of {@link #lockToFullScreen} but entering full screen (which headless tests cannot show). */
    static void lockAgainstLeaving(Stage stage) {
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setOnCloseRequest(WindowEvent::consume);
    }

    /** Any touch, click or key postpones the idle reset; a keyboard-wedge scanner's fast typing is a scan. */
    static void installInput(Scene scene, FeedbackFlowViewModel flow) {
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> flow.userActivity());
        scene.addEventFilter(TouchEvent.TOUCH_PRESSED, e -> flow.userActivity());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> flow.userActivity());
        WedgeScanBuffer scans = WedgeScanBuffer.defaults();
        boolean[] swallowEnter = {false};
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && scans.looksLikeScan(System.currentTimeMillis())) {
                swallowEnter[0] = true;
                e.consume(); // the scanner's Enter must not also press the focused button
            }
        });
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && swallowEnter[0]) {
                swallowEnter[0] = false;
                e.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String ch = e.getCharacter();
            if (ch.isEmpty()) {
                return;
            }
            scans.typed(ch.charAt(0), System.currentTimeMillis()).ifPresent(text -> {
                if (flow.scanned(text)) {
                    e.consume();
                }
            });
        });
    }

    @Override
    public void stop() {
        if (device != null) {
            device.close();
        }
    }

    private void shutdown() {
        stopping = true;
        if (ticker != null) {
            ticker.stop();
        }
        if (simulator != null) {
            simulator.close();
        }
        if (box != null) {
            box.close();
        }
        if (scanner != null) {
            try {
                scanner.close();
            } catch (Exception e) {
                log.warn("closing the QR scanner's port failed", e);
            }
        }
        if (flow != null) {
            flow.flushUnsavedOnExit(); // answers the disk refused earlier: one last try, else into the log
        }
        if (backend != null) {
            backend.close();
        }
        if (runner != null) {
            runner.close();
        }
    }
}
