package fi.luukku.advisor.live;

import fi.luukku.advisor.service.Failures;
import fi.luukku.advisor.service.ServiceGateway;
import fi.luukku.core.concurrent.TaskRunner;
import fi.luukku.core.events.EventStreamClient;
import fi.luukku.core.events.EventStreamClient.LinkState;
import fi.luukku.core.events.EventTypes;
import fi.luukku.core.events.LuukkuEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link PointState} live: a snapshot, then the point's event stream from the snapshot's last event id
 * (resumed by {@code EventStreamClient} after any break). Knows whether the console is online: the stream is
 * connected and no call has just failed for want of the service. Recovers by itself: a failed call starts a
 * quiet health probe, the stream reconnects on its own, and a {@code stream.reset} reloads the snapshot.
 */
public class LiveLink implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LiveLink.class);

    private final ServiceGateway gateway;
    private final TaskRunner runner;
    private final Delayer delayer;
    private final PointState state;
    private final String pointId;
    private final Duration probeDelay;
    private final ReadOnlyObjectWrapper<LinkState> link = new ReadOnlyObjectWrapper<>(this, "link", LinkState.CLOSED);
    private final ReadOnlyBooleanWrapper callFailed = new ReadOnlyBooleanWrapper(this, "callFailed");
    private final BooleanBinding online;
    private final List<Runnable> onReconnect = new ArrayList<>();
    private final List<Consumer<LuukkuEvent>> eventListeners = new ArrayList<>();
    private final List<Runnable> onSessionExpired = new ArrayList<>();
    private AutoCloseable stream;
    private boolean needsSnapshot = true;
    private boolean probing;
    private int generation;
    private volatile boolean closed;

    public LiveLink(
            ServiceGateway gateway,
            TaskRunner runner,
            Delayer delayer,
            PointState state,
            String pointId,
            Duration probeDelay) {
        this.gateway = gateway;
        this.runner = runner;
        this.delayer = delayer;
        this.state = state;
        this.pointId = pointId;
        this.probeDelay = probeDelay;
        this.online = Bindings.createBooleanBinding(
                () -> link.get() == LinkState.CONNECTED && !callFailed.get(), link, callFailed);
    }

    public PointState state() {
        return state;
    }

    public ReadOnlyObjectProperty<LinkState> linkProperty() {
        return link.getReadOnlyProperty();
    }

    /** True while the console can reach the service; what needs the service is disabled otherwise. */
    public ObservableBooleanValue onlineProperty() {
        return online;
    }

    public boolean isOnline() {
        return online.get();
    }

    /** Runs (on the UI thread) each time the console is back online after being offline. */
    public void onReconnect(Runnable action) {
        onReconnect.add(action);
    }

    /** Every applied event, after the state took it (UI thread). */
    public void onEvent(Consumer<LuukkuEvent> listener) {
        eventListeners.add(listener);
    }

    /** Runs (UI thread) when a call answers 401: the service no longer accepts the session. */
    public void onSessionExpired(Runnable action) {
        onSessionExpired.add(action);
    }

    /** Stops following the stream while nobody is signed in; the state stays as it was. */
    public void pause() {
        closeStream();
        link.set(LinkState.RECONNECTING);
    }

    /** Follows the stream again (after a new sign-in) from the last event seen, and reloads the snapshot. */
    public void resume() {
        if (closed) {
            return;
        }
        closeStream();
        needsSnapshot = true;
        link.set(LinkState.CONNECTING);
        openStream(state.lastEventId());
    }

    private void closeStream() {
        generation++;
        AutoCloseable s = stream;
        stream = null;
        if (s != null) {
            try {
                s.close();
            } catch (Exception e) {
                log.debug("closing the event stream", e);
            }
        }
    }

    /** Loads the snapshot and starts following the stream. */
    public void start() {
        link.set(LinkState.CONNECTING);
        runner.run(
                () -> gateway.snapshot(pointId),
                snapshot -> {
                    state.applySnapshot(snapshot);
                    needsSnapshot = false;
                    openStream(snapshot.lastEventId());
                },
                error -> {
                    log.info(
                            "no snapshot at start ({}); following the stream and loading it when connected",
                            error.getMessage());
                    link.set(LinkState.RECONNECTING);
                    openStream(state.lastEventId());
                });
    }

    private void openStream(long fromId) {
        if (closed) {
            return;
        }
        int gen = ++generation; // a stream closed by pause() may still deliver: its callbacks are dropped
        stream = gateway.openEventStream(pointId, fromId, new EventStreamClient.Listener() {
            @Override
            public void onEvent(LuukkuEvent event) {
                runner.onUi(() -> {
                    if (gen == generation) {
                        handle(event);
                    }
                });
            }

            @Override
            public void onLinkState(LinkState s) {
                runner.onUi(() -> {
                    if (gen == generation) {
                        linkChanged(s);
                    }
                });
            }
        });
    }

    private void handle(LuukkuEvent event) {
        if (EventTypes.STREAM_RESET.equals(event.type())) {
            reloadSnapshot();
            return;
        }
        state.apply(event);
        for (Consumer<LuukkuEvent> l : eventListeners) {
            l.accept(event);
        }
    }

    private void linkChanged(LinkState s) {
        boolean wasOnline = online.get();
        link.set(s);
        if (s == LinkState.CONNECTED) {
            callFailed.set(false);
            if (needsSnapshot) {
                reloadSnapshot();
            }
            if (!wasOnline && online.get()) {
                onReconnect.forEach(Runnable::run);
            }
        }
    }

    private void reloadSnapshot() {
        runner.run(
                () -> gateway.snapshot(pointId),
                snapshot -> {
                    state.applySnapshot(snapshot);
                    needsSnapshot = false;
                },
                error -> {
                    needsSnapshot = true;
                    reportFailure(error);
                });
    }

    /** A call succeeded: the service is reachable. */
    public void reportSuccess() {
        if (callFailed.get()) {
            boolean wasOnline = online.get();
            callFailed.set(false);
            if (!wasOnline && online.get()) {
                onReconnect.forEach(Runnable::run);
            }
        }
    }

    /**
     * A call failed. When the service could not be reached the console goes offline at once and probes the
     * service's health quietly until it answers.
     */
    public void reportFailure(Throwable error) {
        if (Failures.isSessionExpired(error)) {
            onSessionExpired.forEach(Runnable::run);
            return;
        }
        if (!Failures.isUnreachable(error)) {
            return;
        }
        callFailed.set(true);
        scheduleProbe();
    }

    private void scheduleProbe() {
        if (probing || closed) {
            return;
        }
        probing = true;
        delayer.after(
                probeDelay,
                () -> runner.run(
                        () -> {
                            gateway.health();
                            return Boolean.TRUE;
                        },
                        ok -> {
                            probing = false;
                            reportSuccess();
                        },
                        error -> {
                            probing = false;
                            if (callFailed.get()) {
                                scheduleProbe();
                            }
                        }));
    }

    @Override
    public void close() {
        closed = true;
        closeStream();
    }
}
