package fi.luukku.kiosk;

import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.device.escpos.BitImage;
import fi.luukku.core.device.pairing.DeviceState;
import fi.luukku.core.device.printer.EscPosSerialPrinter;
import fi.luukku.core.device.printer.SimulatedPrinter;
import fi.luukku.core.device.printer.TicketLayout;
import fi.luukku.core.device.printer.TicketPrinter;
import fi.luukku.core.device.scanner.SerialScanner;
import fi.luukku.core.device.serial.JsscSerialLink;
import fi.luukku.core.device.serial.SerialSettings;
import fi.luukku.core.events.EventStreamClient;
import fi.luukku.core.events.EventTypes;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.core.kiosk.CatalogCache;
import fi.luukku.core.kiosk.OfflineNumberStore;
import fi.luukku.core.kiosk.TicketIssuer;
import fi.luukku.core.outbox.DurableOutbox;
import fi.luukku.core.outbox.OutboxPump;
import fi.luukku.kiosk.backend.ServiceKioskBackend;
import fi.luukku.kiosk.feedback.SelfServiceSurvey;
import fi.luukku.kiosk.i18n.Messages;
import fi.luukku.kiosk.printer.LogoImages;
import fi.luukku.kiosk.printer.SimulatedPrinterView;
import fi.luukku.kiosk.printer.SimulatedPrinterViewModel;
import fi.luukku.kiosk.session.FeedbackLauncher;
import fi.luukku.kiosk.session.KioskSettings;
import fi.luukku.kiosk.shell.KioskShellView;
import fi.luukku.kiosk.shell.KioskViewModel;
import fi.luukku.ui.FxTaskRunner;
import fi.luukku.ui.Theme;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The kiosk's composition root: builds the object graph from the configuration and owns its lifetime. */
public final class KioskRuntime implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KioskRuntime.class);

    private final FxTaskRunner runner = new FxTaskRunner("kiosk");
    private DurableOutbox outbox;
    private OfflineNumberStore numbers;
    private OutboxPump pump;
    private TicketPrinter printer;
    private SerialScanner scanner;
    private SelfServiceSurvey survey;
    private KioskShellView shell;
    private ServiceKioskBackend backend;
    private volatile Long lastSyncAt;
    private Stage simStage;
    private EventStreamClient catalogEvents;
    private static final String CATALOG_UPDATED = "catalog.updated";

    public KioskRuntime() {}

    /** For tests of the shutdown order: a runtime holding only its storage and pump. */
    KioskRuntime(DurableOutbox outbox, OfflineNumberStore numbers, OutboxPump pump) {
        this.outbox = outbox;
        this.numbers = numbers;
        this.pump = pump;
    }

    public void start(KioskConfig cfg, Stage stage) {
        start(
                cfg,
                new LuukkuClient(
                        cfg.client().server(), cfg::token, LuukkuClient.defaultHttpClient(), JsonMapper.create()),
                stage);
    }

    /** Starts the kiosk with a client that carries the device's token (given, stored or just paired). */
    public void start(KioskConfig cfg, LuukkuClient client, Stage stage) {
        Clock clock = Clock.systemDefaultZone();
        Messages messages = new Messages();
        String kioskId = cfg.resolvedKioskId();
        log.info(
                "kiosk id {} ({})",
                kioskId,
                cfg.kioskId() != null
                        ? "from --kiosk-id"
                        : "stored in " + cfg.client().dataDir().resolve("kiosk-id"));
        String location = cfg.location() != null ? cfg.location() : kioskId;
        outbox = DurableOutbox.open(cfg.client().dataDir(), "kiosk-outbox", clock);
        numbers = OfflineNumberStore.open(cfg.client().dataDir());
        ZoneId zone = ZoneId.of("Europe/Helsinki");
        TicketIssuer issuer = new TicketIssuer(
                client,
                cfg.client().point(),
                kioskId,
                outbox,
                numbers,
                clock,
                zone,
                client.mapper(),
                cfg.offlineBlockSize(),
                cfg.offlineRange());
        if (cfg.offlineRange() == null) {
            log.warn("no --offline-range: before this kiosk's first block reservation of the day (or after a"
                    + " restart while the service is away) it cannot issue offline tickets");
        }
        pump = new OutboxPump(outbox, issuer::deliver, clock, Duration.ofSeconds(5), Duration.ofSeconds(60), n -> {});
        backend = new ServiceKioskBackend(
                client,
                cfg.client().point(),
                location,
                issuer,
                outbox,
                pump,
                new CatalogCache(cfg.client().dataDir(), client.mapper()));
        pump.start();

        BitImage logo = null;
        if (cfg.printerLogo() != null) {
            try {
                logo = LogoImages.load(cfg.printerLogo(), cfg.printerModel().widthDots());
            } catch (IOException e) {
                log.warn("printer logo {} not usable, printing without: {}", cfg.printerLogo(), e.getMessage());
            }
        }
        TicketLayout layout = new TicketLayout(cfg.printerModel(), logo);
        SimulatedPrinterViewModel simVm = null;
        if (cfg.printerPort() != null) {
            SerialSettings settings = SerialSettings.of(cfg.printerPort(), cfg.printerBaud(), cfg.printerFlow());
            printer = new EscPosSerialPrinter(
                    () -> JsscSerialLink.open(settings), layout, cfg.printer(), 1000, cfg.printerBaud());
        } else {
            SimulatedPrinter sim = new SimulatedPrinter(layout);
            simVm = new SimulatedPrinterViewModel(
                    sim,
                    runner,
                    cfg.client().dataDir().resolve("printed"),
                    cfg.printerModel().widthDots(),
                    clock);
            printer = sim;
        }

        KioskSettings settings = new KioskSettings(
                kioskId,
                cfg.defaultLanguage(),
                Duration.ofSeconds(cfg.idleSeconds()),
                Duration.ofSeconds(cfg.ticketSeconds()),
                Duration.ofSeconds(90),
                cfg.receptionService(),
                cfg.staffPin(),
                zone);
        if (cfg.staffPin() == null) {
            log.warn("no --staff-pin given: the staff panel is disabled (staff cannot leave kiosk mode from the"
                    + " screen)");
        }
        FeedbackLauncher feedback = FeedbackLauncher.NONE;
        try {
            survey = new SelfServiceSurvey(cfg.client(), client, runner);
            feedback = new SurveyFeedbackLauncher(survey, stage);
        } catch (RuntimeException e) {
            log.warn("self-service feedback pop-up not available: {}", e.getMessage());
        }
        KioskViewModel vm =
                new KioskViewModel(backend, printer, runner, messages, settings, clock, feedback, Platform::exit);
        shell = new KioskShellView(vm);
        Scene scene = new Scene(shell.createView(), 1280, 900);
        shell.install(scene);
        stage.setTitle(messages.get(cfg.defaultLanguage(), "app.title"));
        stage.setScene(scene);
        if (cfg.fullscreen()) {
            // kiosk mode: no way out for a citizen; staff leave through the PIN panel
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
            stage.setOnCloseRequest(e -> e.consume());
        }
        fi.luukku.ui.WindowPlacement.apply(stage); // -Dluukku.window=x,y,w,h (the demo lays windows side by side)
        stage.show();
        shell.start();
        // catalog.updated (a queue, service or name changed at the point): load the catalogue again, no restart
        catalogEvents = new EventStreamClient(
                client.baseUrl(), cfg.client().point(), client::currentToken, client.httpClient(), 0, event -> {
                    if (CATALOG_UPDATED.equals(event.type()) || EventTypes.STREAM_RESET.equals(event.type())) {
                        runner.onUi(vm::loadCatalog);
                    }
                });
        catalogEvents.start();

        if (cfg.scannerPort() != null) {
            try {
                scanner = SerialScanner.start(
                        JsscSerialLink.open(SerialSettings.of(
                                cfg.scannerPort(), cfg.scannerBaud(), SerialSettings.FlowControl.NONE)),
                        code -> runner.onUi(() -> vm.scanned(code)));
            } catch (IOException e) {
                log.warn(
                        "scanner {} not available (keyboard-wedge scanners still work): {}",
                        cfg.scanner(),
                        e.getMessage());
            }
        }
        if (simVm != null && cfg.printerWindow()) {
            Stage sim = simStage = new Stage();
            sim.setTitle(messages.get(cfg.defaultLanguage(), "sim.title"));
            Scene simScene =
                    new Scene(new SimulatedPrinterView(simVm, messages, cfg.defaultLanguage()).createView(), 480, 820);
            Theme.apply(simScene);
            sim.setScene(simScene);
            javafx.geometry.Rectangle2D screen =
                    javafx.stage.Screen.getPrimary().getVisualBounds();
            sim.setX(Math.min(stage.getX() + stage.getWidth() + 10, screen.getMaxX() - 480));
            sim.setY(Math.max(screen.getMinY(), stage.getY()));
            sim.show();
            fi.luukku.ui.WindowPlacement.apply(sim, "printer");
            stage.toFront(); // the citizen's window keeps the keyboard focus, not the printer's twin
            stage.requestFocus();
        }
        log.info(
                "kiosk {} started at point {} against {} with printer {}",
                kioskId,
                cfg.client().point(),
                cfg.client().server(),
                printer.description());
    }

    /**
     * The kiosk's state for its heartbeat: the printer's real-time status (asked from the device), the tickets its
     * outbox has not delivered, and when it last was online with nothing left to deliver.
     */
    public DeviceState state() {
        int backlog = outbox == null ? 0 : outbox.pendingCount();
        if (backend != null && backend.online() && backlog == 0) {
            lastSyncAt = System.currentTimeMillis();
        }
        return new DeviceState(printer == null ? "NONE" : DeviceState.printer(printer.status()), backlog, lastSyncAt);
    }

    @Override
    public void close() {
        if (shell != null) {
            shell.stop();
        }
        closeQuietly(catalogEvents);
        if (simStage != null) {
            simStage.close(); // back to pairing: the printer's twin goes with the kiosk
        }
        closeQuietly(survey);
        closeQuietly(scanner);
        // the pump first: it writes to the outbox (and, through the issuer, the number store) until it stops;
        // orderly, it finishes the entry in flight, never interrupting an H2 write
        closeQuietly(pump);
        closeQuietly(printer);
        closeQuietly(numbers);
        closeQuietly(outbox);
        runner.close();
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            log.debug("closing {}", c, e);
        }
    }
}
