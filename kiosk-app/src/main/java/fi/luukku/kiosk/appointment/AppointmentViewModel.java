package fi.luukku.kiosk.appointment;

import fi.luukku.core.api.LuukkuClient;
import fi.luukku.kiosk.session.KioskSession;
import fi.luukku.kiosk.session.TicketDelivery;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** "I have an appointment": the booking code typed on the on-screen keyboard or read by a scanner. */
public final class AppointmentViewModel {
    public static final int MAX_LENGTH = 32;

    private final KioskSession kiosk;
    private final TicketDelivery delivery;
    private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper(this, "code", "");
    private String idempotencyKey;

    public AppointmentViewModel(KioskSession kiosk, TicketDelivery delivery) {
        this.kiosk = kiosk;
        this.delivery = delivery;
    }

    public ReadOnlyStringProperty codeProperty() {
        return code.getReadOnlyProperty();
    }

    public String getCode() {
        return code.get();
    }

    public void type(char c) {
        kiosk.userActivity();
        if (code.get().length() < MAX_LENGTH && (Character.isLetterOrDigit(c) || c == '-')) {
            code.set(code.get() + Character.toUpperCase(c));
            idempotencyKey = null;
        }
    }

    public void backspace() {
        kiosk.userActivity();
        String c = code.get();
        if (!c.isEmpty()) {
            code.set(c.substring(0, c.length() - 1));
            idempotencyKey = null;
        }
    }

    public void clear() {
        code.set("");
        idempotencyKey = null;
    }

    public boolean canSubmit() {
        return code.get().length() >= 3;
    }

    /** Checks the appointment in; the ticket screen follows, or an error in the citizen's language. */
    public void submit() {
        kiosk.userActivity();
        if (!canSubmit()) {
            return;
        }
        if (idempotencyKey == null) {
            idempotencyKey = LuukkuClient.newKey(); // the same code submitted twice checks in once
        }
        String booking = code.get();
        String lang = kiosk.serviceLanguage();
        String key = idempotencyKey;
        delivery.deliver(() -> kiosk.backend().checkIn(booking, lang, key));
    }

    /** A code from the scanner: fills the field and checks in at once. */
    public void scanned(String scannedCode) {
        clear();
        String cleaned = scannedCode.trim().toUpperCase(java.util.Locale.ROOT);
        code.set(cleaned.length() > MAX_LENGTH ? cleaned.substring(0, MAX_LENGTH) : cleaned);
        submit();
    }
}
