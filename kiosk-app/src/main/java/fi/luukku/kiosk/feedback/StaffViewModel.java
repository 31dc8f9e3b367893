package fi.luukku.kiosk.feedback;

import fi.luukku.core.concurrent.TaskRunner;
import fi.luukku.core.device.buttons.ButtonStats;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The staff panel behind the PIN: how many answers wait to be sent, how many the service refused, what the
 * button box filtered, and a way to quit the terminal. Citizens never see these numbers. After {@value #MAX_TRIES}
 * wrong PINs in a row the pad is locked for {@link #LOCKOUT}.
 */
public class StaffViewModel {
    public static final int MAX_TRIES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(5);

    private final FeedbackRecorder recorder;
    private final TaskRunner runner;
    private final String pin;
    private final Supplier<ButtonStats> buttonStats;
    private final Clock clock;
    private final Runnable quit;
    private int wrongTries;
    private Instant lockedUntil = Instant.MIN;

    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyBooleanWrapper unlocked = new ReadOnlyBooleanWrapper(this, "unlocked");
    private final ReadOnlyBooleanWrapper wrongPin = new ReadOnlyBooleanWrapper(this, "wrongPin");
    private final ReadOnlyBooleanWrapper lockedOut = new ReadOnlyBooleanWrapper(this, "lockedOut");
    private final ReadOnlyStringWrapper entered = new ReadOnlyStringWrapper(this, "entered", "");
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper(this, "pending", -1);
    private final ReadOnlyIntegerWrapper rejected = new ReadOnlyIntegerWrapper(this, "rejected", -1);
    private final ReadOnlyObjectWrapper<ButtonStats> buttons = new ReadOnlyObjectWrapper<>(this, "buttons");

    /**
     * @param pin the staff PIN (never null: without a PIN the terminal has no staff panel at all)
     * @param quit ends the terminal (the only way out of the kiosk window), or null where there is nothing to quit
     */
    public StaffViewModel(
            FeedbackRecorder recorder,
            TaskRunner runner,
            String pin,
            Supplier<ButtonStats> buttonStats,
            Clock clock,
            Runnable quit) {
        this.recorder = recorder;
        this.runner = runner;
        this.pin = java.util.Objects.requireNonNull(pin, "pin");
        this.buttonStats = buttonStats;
        this.clock = clock;
        this.quit = quit;
    }

    /** True while the pad refuses PINs after too many wrong ones. */
    public ReadOnlyBooleanProperty lockedOutProperty() {
        return lockedOut.getReadOnlyProperty();
    }

    public boolean canQuit() {
        return quit != null;
    }

    /** Quits the terminal; only once the PIN was accepted. */
    public void quit() {
        if (unlocked.get() && quit != null) {
            quit.run();
        }
    }

    /** Called about once a second: lifts an expired lockout. */
    public void tick() {
        updateLockout();
    }

    private boolean updateLockout() {
        boolean locked = clock.instant().isBefore(lockedUntil);
        lockedOut.set(locked);
        return locked;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty unlockedProperty() {
        return unlocked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty wrongPinProperty() {
        return wrongPin.getReadOnlyProperty();
    }

    /** The PIN typed so far, as dots. */
    public ReadOnlyStringProperty enteredProperty() {
        return entered.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty rejectedProperty() {
        return rejected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ButtonStats> buttonsProperty() {
        return buttons.getReadOnlyProperty();
    }

    private final StringBuilder digits = new StringBuilder();

    public void open() {
        updateLockout();
        digits.setLength(0);
        entered.set("");
        wrongPin.set(false);
        unlocked.set(false);
        open.set(true);
    }

    public void digit(int d) {
        if (updateLockout()) {
            return;
        }
        if (digits.length() < 12) {
            digits.append(d);
            entered.set("•".repeat(digits.length()));
            wrongPin.set(false);
        }
    }

    public void clearDigits() {
        digits.setLength(0);
        entered.set("");
    }

    public void submitPin() {
        if (updateLockout()) {
            clearDigits();
            return;
        }
        boolean ok = MessageDigest.isEqual(
                digits.toString().getBytes(StandardCharsets.UTF_8), pin.getBytes(StandardCharsets.UTF_8));
        clearDigits();
        wrongPin.set(!ok);
        unlocked.set(ok);
        if (ok) {
            wrongTries = 0;
            refresh();
        } else if (++wrongTries >= MAX_TRIES) {
            wrongTries = 0;
            lockedUntil = clock.instant().plus(LOCKOUT);
            updateLockout();
        }
    }

    /** Re-reads the counts (disk: off the UI thread). */
    public void refresh() {
        runner.run(
                () -> new int[] {recorder.pendingCount(), recorder.rejectedCount()},
                counts -> {
                    pending.set(counts[0]);
                    rejected.set(counts[1]);
                    buttons.set(buttonStats.get());
                },
                e -> {
                    pending.set(-1);
                    rejected.set(-1);
                });
    }

    /** The pump reports a new count (called on the UI thread). */
    public void pendingChanged(int count) {
        if (unlocked.get()) {
            pending.set(count);
            buttons.set(buttonStats.get());
        }
    }

    public void close() {
        open.set(false);
        unlocked.set(false);
        clearDigits();
    }
}
