package fi.luukku.kiosk.staff;

import fi.luukku.core.device.printer.PrinterStatus;
import fi.luukku.kiosk.shell.KioskViewModel;
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
    private final KioskViewModel kiosk;
    private final Runnable exitApp;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyBooleanWrapper unlocked = new ReadOnlyBooleanWrapper(this, "unlocked");
    private final ReadOnlyStringWrapper pinDots = new ReadOnlyStringWrapper(this, "pinDots", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper wrongPin = new ReadOnlyBooleanWrapper(this, "wrongPin");
    private final StringBuilder pin = new StringBuilder();

    public StaffViewModel(KioskViewModel kiosk, Runnable exitApp) {
        this.kiosk = kiosk;
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

    public void openPanel() {
        kiosk.userActivity();
        pin.setLength(0);
        pinDots.set("");
        wrongPin.set(false);
        unlocked.set(false);
        open.set(true);
    }

    public void digit(int d) {
        kiosk.userActivity();
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
        boolean ok = MessageDigest.isEqual(
                pin.toString().getBytes(StandardCharsets.UTF_8),
                kiosk.settings().staffPin().getBytes(StandardCharsets.UTF_8));
        clearPin();
        wrongPin.set(!ok);
        unlocked.set(ok);
        if (ok) {
            refresh();
        }
    }

    /** Reads the printer and link state (in the background) into the status text. */
    public void refresh() {
        String lang = kiosk.settings().defaultLanguage();
        kiosk.runner()
                .run(
                        () -> kiosk.printer().status(),
                        (PrinterStatus p) -> status.set(withRejected(kiosk.messages()
                                .get(
                                        lang,
                                        "staff.status",
                                        kiosk.settings().kioskId(),
                                        kiosk.messages()
                                                .get(
                                                        lang,
                                                        kiosk.onlineProperty().get()
                                                                ? "staff.online"
                                                                : "staff.offline"),
                                        kiosk.pendingSyncProperty().get(),
                                        kiosk.printer().description(),
                                        p.describe()))),
                        e -> status.set(e.getMessage()));
    }

    private String withRejected(String text) {
        var rejected = kiosk.rejectedTickets();
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
