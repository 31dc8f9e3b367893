package fi.luukku.ui.pairing;

import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.config.ClientOptions;
import fi.luukku.core.device.pairing.CredentialRejections;
import fi.luukku.core.device.pairing.DeviceCredential;
import fi.luukku.core.device.pairing.DeviceState;
import fi.luukku.core.device.pairing.HeartbeatSender;
import fi.luukku.core.device.pairing.PairingClient;
import fi.luukku.core.device.pairing.TokenStore;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.ui.FxTaskRunner;
import fi.luukku.ui.Theme;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A device's life around its token, the same for the kiosk, the feedback terminal and the display: it starts the
 * app with the token given on the command line, else the one stored in its data directory, else it shows the
 * pairing screen until a supervisor approves its code and stores the new token. While the app runs it sends
 * heartbeats; when the service rejects the token (401 on a call or the event stream: revoked or rotated away) it
 * closes the app, forgets the token and shows the pairing screen again.
 */
public final class PairedDevice implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PairedDevice.class);

    /** A running app: closed when its token is rejected; reports its state in heartbeats. */
    public interface App extends AutoCloseable {
        default DeviceState state() {
            return DeviceState.NO_PRINTER;
        }

        @Override
        void close();
    }

    /** Starts the app on the stage with a client that carries the device's token. */
    @FunctionalInterface
    public interface Launcher {
        App launch(LuukkuClient client);
    }

    /** Timings: how often to poll a pairing code and to send a heartbeat. */
    public record Timing(Duration pollEvery, Duration heartbeatEvery) {
        public static final Timing DEFAULT = new Timing(Duration.ofSeconds(2), HeartbeatSender.DEFAULT_PERIOD);
    }

    private final Stage stage;
    private final ClientOptions options;
    private final String appName;
    private final Launcher launcher;
    private final Timing timing;
    private final TokenStore store;
    private final AtomicReference<DeviceCredential> credential = new AtomicReference<>();
    private final LuukkuClient client;
    private final FxTaskRunner runner;
    private boolean givenTokenRejected;
    private App app;
    private HeartbeatSender heartbeat;
    private PairingViewModel pairing;
    private boolean closed;

    public PairedDevice(Stage stage, ClientOptions options, String appName, Launcher launcher, Timing timing) {
        this.stage = stage;
        this.options = options;
        this.appName = appName;
        this.launcher = launcher;
        this.timing = timing;
        this.store = new TokenStore(options.dataDir(), JsonMapper.create());
        this.runner = new FxTaskRunner(appName + "-pairing");
        CredentialRejections rejections = new CredentialRejections(this::rejected);
        this.client = new LuukkuClient(
                options.server(),
                () -> {
                    DeviceCredential c = credential.get();
                    return c == null ? null : c.token();
                },
                rejections.watch(LuukkuClient.defaultHttpClient()),
                JsonMapper.create());
    }

    public PairedDevice(Stage stage, ClientOptions options, String appName, Launcher launcher) {
        this(stage, options, appName, launcher, Timing.DEFAULT);
    }

    /** The token store of this device (its data directory). */
    public TokenStore store() {
        return store;
    }

    /** On the FX thread: runs the app with a token it has, or shows the pairing screen. */
    public void start() {
        Optional<DeviceCredential> known = knownCredential();
        if (known.isPresent()) {
            launch(known.get());
        } else {
            showPairing();
        }
    }

    private Optional<DeviceCredential> knownCredential() {
        if (options.token() != null && !givenTokenRejected) {
            return Optional.of(DeviceCredential.given(options.token(), options.point()));
        }
        Optional<DeviceCredential> stored = store.load();
        if (stored.isPresent()
                && stored.get().point() != null
                && !stored.get().point().equals(options.point())) {
            log.warn(
                    "the token in {} is for point {}, this device is set up for {}: pairing again",
                    store.file(),
                    stored.get().point(),
                    options.point());
            return Optional.empty();
        }
        stored.ifPresent(c -> log.info("using the device token stored in {} ({})", store.file(), c.name()));
        return stored;
    }

    private void launch(DeviceCredential c) {
        credential.set(c);
        pairing = null;
        app = launcher.launch(client);
        App running = app;
        heartbeat = new HeartbeatSender(client, options.point(), version(), () -> running.state(), Clock.systemUTC())
                .start(timing.heartbeatEvery());
    }

    private void showPairing() {
        String description = appName + " at " + options.point() + " on " + hostName();
        pairing = new PairingViewModel(
                new PairingClient(client.baseUrl(), client.httpClient(), client.mapper()),
                runner,
                (delay, action) -> {
                    PauseTransition p = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
                    p.setOnFinished(e -> {
                        if (!closed) {
                            action.run();
                        }
                    });
                    p.play();
                },
                description,
                options.point(),
                timing.pollEvery(),
                this::paired);
        double w = stage.getScene() != null ? stage.getScene().getWidth() : 1280;
        double h = stage.getScene() != null ? stage.getScene().getHeight() : 900;
        Scene scene = new Scene(new PairingView(pairing).createView(), w, h);
        Theme.apply(scene);
        stage.setScene(scene);
        if (!stage.isShowing()) {
            fi.luukku.ui.WindowPlacement.apply(stage);
            stage.show();
        }
        log.warn("{} has no device token: showing the pairing screen", appName);
        pairing.start();
    }

    private void paired(DeviceCredential c) {
        try {
            store.save(c);
            log.info("device token stored in {}", store.file());
        } catch (RuntimeException e) {
            log.error("the device token could not be stored; the device pairs again after a restart", e);
        }
        if (!closed) {
            launch(c);
        }
    }

    /** From any thread: the service refused a token. Only the current token counts (once). */
    private void rejected(String token) {
        DeviceCredential c = credential.get();
        if (c == null || !c.token().equals(token) || !credential.compareAndSet(c, null)) {
            return;
        }
        log.warn("the service rejected this device's token ({}): back to pairing", c);
        Platform.runLater(() -> backToPairing(c));
    }

    private void backToPairing(DeviceCredential rejected) {
        if (closed) {
            return;
        }
        stopApp();
        if (options.token() != null && rejected.token().equals(options.token())) {
            givenTokenRejected = true;
        } else {
            store.load().filter(s -> s.token().equals(rejected.token())).ifPresent(s -> store.clear());
        }
        showPairing();
    }

    private void stopApp() {
        if (heartbeat != null) {
            heartbeat.close();
            heartbeat = null;
        }
        if (app != null) {
            try {
                app.close();
            } catch (RuntimeException e) {
                log.warn("closing the app after its token was rejected", e);
            }
            app = null;
        }
    }

    /** Whether the pairing screen is up (for tests and logs). */
    public boolean pairing() {
        return pairing != null;
    }

    @Override
    public void close() {
        closed = true;
        if (pairing != null) {
            pairing.stop();
        }
        stopApp();
        runner.close();
    }

    private static String version() {
        String v = PairedDevice.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "unknown host";
        }
    }
}
