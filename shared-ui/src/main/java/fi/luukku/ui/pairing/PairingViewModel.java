package fi.luukku.ui.pairing;

import fi.luukku.core.concurrent.TaskRunner;
import fi.luukku.core.device.pairing.DeviceCredential;
import fi.luukku.core.device.pairing.PairingClient;
import fi.luukku.core.device.pairing.PairingCode;
import fi.luukku.core.device.pairing.PairingExpired;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pairing screen's state: asks the service for a code, shows it, polls until a supervisor approves it and
 * then hands the device's new credential on. An expired code is replaced by a new one; an unreachable service is
 * retried; a credential for another point than the device is set up for is refused (and a new code asked for).
 */
public final class PairingViewModel {
    private static final Logger log = LoggerFactory.getLogger(PairingViewModel.class);

    /** Where pairing is. */
    public enum Status {
        ASKING,
        WAITING,
        UNREACHABLE,
        WRONG_POINT,
        PAIRED
    }

    private final PairingClient client;
    private final TaskRunner runner;
    private final BiConsumer<Duration, Runnable> later;
    private final String description;
    private final String point;
    private final Duration pollEvery;
    private final Consumer<DeviceCredential> onPaired;
    private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper(this, "code", "");
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.ASKING);
    private PairingCode current;
    private boolean stopped;

    /**
     * @param later runs an action on the UI thread after a delay
     * @param point the point this device is set up for ({@code --point}); a credential for another is refused
     */
    public PairingViewModel(
            PairingClient client,
            TaskRunner runner,
            BiConsumer<Duration, Runnable> later,
            String description,
            String point,
            Duration pollEvery,
            Consumer<DeviceCredential> onPaired) {
        this.client = client;
        this.runner = runner;
        this.later = later;
        this.description = description;
        this.point = point;
        this.pollEvery = pollEvery;
        this.onPaired = Objects.requireNonNull(onPaired);
    }

    public ReadOnlyStringProperty codeProperty() {
        return code.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void start() {
        ask();
    }

    /** Stops polling (the app is closing, or pairing is done). */
    public void stop() {
        stopped = true;
    }

    private void ask() {
        if (stopped) {
            return;
        }
        status.set(Status.ASKING);
        runner.run(
                () -> client.request(description),
                c -> {
                    if (stopped) {
                        return;
                    }
                    current = c;
                    code.set(c.code());
                    status.set(Status.WAITING);
                    log.warn(
                            "PAIRING CODE {}: this device ({}) waits for a supervisor to approve it",
                            c.code(),
                            description);
                    later.accept(pollEvery, this::poll);
                },
                e -> {
                    status.set(Status.UNREACHABLE);
                    log.info("no pairing code yet: {}", e.getMessage());
                    later.accept(pollEvery.multipliedBy(3), this::ask);
                });
    }

    private void poll() {
        if (stopped) {
            return;
        }
        PairingCode c = current;
        runner.run(
                () -> client.poll(c),
                credential -> {
                    if (stopped) {
                        return;
                    }
                    if (credential.isEmpty()) {
                        status.set(Status.WAITING);
                        later.accept(pollEvery, this::poll);
                    } else if (credential.get().point() != null
                            && !credential.get().point().equals(point)) {
                        log.error(
                                "pairing code {} was approved as {} for point {}, but this device is set up for point {};"
                                        + " revoke that credential and approve the new code for point {}",
                                c.code(),
                                credential.get().name(),
                                credential.get().point(),
                                point,
                                point);
                        status.set(Status.WRONG_POINT);
                        later.accept(pollEvery.multipliedBy(3), this::ask);
                    } else {
                        status.set(Status.PAIRED);
                        stopped = true;
                        log.info("paired as {}", credential.get());
                        onPaired.accept(credential.get());
                    }
                },
                e -> {
                    if (e instanceof PairingExpired) {
                        log.info("{}; asking for a new code", e.getMessage());
                        ask();
                    } else {
                        status.set(Status.UNREACHABLE);
                        later.accept(pollEvery, this::poll);
                    }
                });
    }
}
