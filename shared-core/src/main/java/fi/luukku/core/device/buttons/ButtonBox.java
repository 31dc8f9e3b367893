package fi.luukku.core.device.buttons;

import fi.luukku.core.device.serial.SerialLink;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feedback button box: a serial device that sends one byte per press. Bytes are mapped to answers by the
 * configured {@link ButtonMap}, debounced and burst-filtered by a {@link PressFilter}, and each counted press
 * is handed to the listener (on the box's own thread) once its burst is over. The simulated box on screen
 * calls {@link #press(int)} directly, so both go through the same filter.
 */
public final class ButtonBox implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ButtonBox.class);

    private final ButtonMap map;
    private final PressFilter filter;
    private final Clock clock;
    private final Consumer<ButtonPress> listener;
    private final ScheduledExecutorService timer;
    private SerialLink link;
    private long unknownBytes;

    public ButtonBox(ButtonMap map, PressFilter filter, Clock clock, Consumer<ButtonPress> listener) {
        this.map = Objects.requireNonNull(map);
        this.filter = Objects.requireNonNull(filter);
        this.clock = Objects.requireNonNull(clock);
        this.listener = Objects.requireNonNull(listener);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "luukku-buttons");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::flush, 50, 50, TimeUnit.MILLISECONDS);
    }

    /** Listens on an open serial link; the box owns it from now on and closes it with itself. */
    public void attach(SerialLink serial) throws IOException {
        synchronized (this) {
            this.link = serial;
        }
        serial.purge();
        serial.onData(this::receive);
        log.info("feedback button box listening on {}", serial.portName());
    }

    /** Bytes from the wire. */
    public void receive(byte[] data) {
        for (byte b : data) {
            press(b & 0xff);
        }
    }

    /** One byte, as if it came from the box. */
    public void press(int unsignedByte) {
        List<ButtonPress> done;
        synchronized (this) {
            var answer = map.answerFor(unsignedByte);
            if (answer.isEmpty()) {
                unknownBytes++;
                log.debug("button box sent unmapped byte {}", unsignedByte);
                return;
            }
            done = filter.offer(unsignedByte, answer.get(), clock.millis());
        }
        done.forEach(this::deliver);
    }

    /** Reports a press whose burst is over; called by the box's timer, public for tests. */
    public void flush() {
        ButtonPress p;
        synchronized (this) {
            p = filter.poll(clock.millis()).orElse(null);
        }
        if (p != null) {
            deliver(p);
        }
    }

    private void deliver(ButtonPress p) {
        try {
            listener.accept(p);
        } catch (RuntimeException e) {
            log.error("button press {} could not be handled", p, e);
        }
    }

    public synchronized ButtonStats stats() {
        return new ButtonStats(filter.countedTotal(), filter.droppedTotal(), filter.bouncesTotal(), unknownBytes);
    }

    public ButtonMap map() {
        return map;
    }

    /** Stops listening; a press still inside its burst window is reported now rather than lost. */
    @Override
    public void close() {
        timer.shutdownNow();
        ButtonPress last;
        synchronized (this) {
            last = filter.poll(Long.MAX_VALUE).orElse(null);
        }
        if (last != null) {
            deliver(last);
        }
        SerialLink l;
        synchronized (this) {
            l = link;
            link = null;
        }
        if (l != null) {
            try {
                l.close();
            } catch (IOException e) {
                log.warn("closing the button box port failed", e);
            }
        }
    }
}
