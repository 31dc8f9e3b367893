package fi.luukku.kiosk.staff;

import fi.luukku.core.device.printer.PrinterStatus;
import fi.luukku.kiosk.session.KioskHealth;
import fi.luukku.kiosk.session.KioskSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The staff panel behind a PIN: the kiosk's status (link, tickets waiting to sync, printer) and the way out of
 * kiosk mode. Citizens cannot leave the kiosk; staff can.
 */
public final class StaffViewModel {
    private final KioskSession kiosk;
    private final KioskHealth health;
    private final Runnable exitApp;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyBooleanWrapper unlocked = new ReadOnlyBooleanWrapper(this, "unlocked");
    private final ReadOnlyStringWrapper pinDots = new ReadOnlyStringWrapper(this, "pinDots", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper wrongPin = new ReadOnlyBooleanWrapper(this, "wrongPin");
    private final ReadOnlyBooleanWrapper lockedOut = new ReadOnlyBooleanWrapper(this, "lockedOut");
    private final StringBuilder pin = new StringBuilder();
    private int wrongTries;
    private java.time.Instant lockedUntil;

    /** Wrong PINs in a row before the pad locks. */
    public static final int MAX_TRIES = 5;
    /** How long the pad stays locked. */
    public static final java.time.Duration LOCKOUT = java.time.Duration.ofMinutes(5);

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StaffViewModel.class);

    public StaffViewModel(KioskSession kiosk, KioskHealth health, Runnable exitApp) {
        this.kiosk = kiosk;
        this.health = health;
        this.exitApp = exitApp;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty unlockedProperty() {
        return unlocked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pinDotsProperty() {
        return pinDots.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty wrongPinProperty() {
        return wrongPin.getReadOnlyProperty();
    }

    /** True while the PIN pad is locked after too many wrong PINs. */
    public ReadOnlyBooleanProperty lockedOutProperty() {
        return lockedOut.getReadOnlyProperty();
    }

    /** False when no staff PIN is configured: the panel does not open at all. */
    public boolean enabled() {
        String p = kiosk.settings().staffPin();
        return p != null && !p.isEmpty();
    }

    public void openPanel() {
        kiosk.userActivity();
        if (!enabled()) {
            log.warn("staff panel asked for, but no --staff-pin is configured: it stays disabled");
            return;
        }
        checkLockout();
        pin.setLength(0);
        pinDots.set("");
        wrongPin.set(false);
        unlocked.set(false);
        open.set(true);
    }

    public void digit(int d) {
        kiosk.userActivity();
        if (checkLockout()) {
            return;
        }
        if (pin.length() < 12) {
            pin.append(d);
            pinDots.set("●".repeat(pin.length()));
        }
    }

    public void clearPin() {
        pin.setLength(0);
        pinDots.set("");
    }

    public void enter() {
        if (!enabled() || checkLockout()) {
            clearPin();
            return;
        }
        boolean ok = MessageDigest.isEqual(
                pin.toString().getBytes(StandardCharsets.UTF_8),
                kiosk.settings().staffPin().getBytes(StandardCharsets.UTF_8));
        clearPin();
        wrongPin.set(!ok);
        unlocked.set(ok);
        if (ok) {
            wrongTries = 0;
            refresh();
        } else if (++wrongTries >= MAX_TRIES) {
            wrongTries = 0;
            lockedUntil = kiosk.clock().instant().plus(LOCKOUT);
            lockedOut.set(true);
            log.warn("{} wrong staff PINs in a row: PIN pad locked for {}", MAX_TRIES, LOCKOUT);
            String source = "kiosk-staff-pin:" + kiosk.settings().kioskId();
            String lang = kiosk.serviceLanguage();
            String key = fi.luukku.core.api.LuukkuClient.newKey();
            kiosk.runner()
                    .run(
                            () -> kiosk.backend().requestHelp(source, lang, key),
                            sent -> {},
                            e -> log.warn("could not alert the advisors about the locked PIN pad: {}", e.getMessage()));
        }
    }

    /** Whether the pad is locked now (and clears the lock once its time is up). */
    private boolean checkLockout() {
        if (lockedUntil != null && kiosk.clock().instant().isBefore(lockedUntil)) {
            lockedOut.set(true);
            return true;
        }
        lockedUntil = null;
        lockedOut.set(false);
        return false;
    }

    /** Reads the printer and link state (in the background) into the status text. */
    public void refresh() {
        String lang = kiosk.settings().defaultLanguage();
        kiosk.runner()
                .run(
                        () -> health.printer().status(),
                        (PrinterStatus p) -> status.set(withRejected(kiosk.messages()
                                .get(
                                        lang,
                                        "staff.status",
                                        kiosk.settings().kioskId(),
                                        kiosk.messages()
                                                .get(
                                                        lang,
                                                        health.onlineProperty().get()
                                                                ? "staff.online"
                                                                : "staff.offline"),
                                        health.pendingSyncProperty().get(),
                                        health.printer().description(),
                                        new fi.luukku.kiosk.printer.PrinterTexts(kiosk.messages()).status(lang, p)))),
                        e -> {
                            log.warn("staff status refresh failed: {}", e.getMessage());
                            status.set(kiosk.messages().get(lang, "staff.statusFailed"));
                        });
    }

    private String withRejected(String text) {
        var rejected = health.rejectedTickets();
        if (rejected.isEmpty()) {
            return text;
        }
        return text + "\n"
                + kiosk.messages()
                        .get(
                                kiosk.settings().defaultLanguage(),
                                "staff.rejected",
                                rejected.size(),
                                String.join(", ", rejected));
    }

    public void close() {
        open.set(false);
        unlocked.set(false);
        clearPin();
    }

    public void exitKiosk() {
        if (unlocked.get()) {
            exitApp.run();
        }
    }
}
