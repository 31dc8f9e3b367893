package fi.luukku.kiosk.shell;

import fi.luukku.core.concurrent.TaskRunner;
import fi.luukku.core.device.printer.TicketPrinter;
import fi.luukku.kiosk.backend.KioskBackend;
import fi.luukku.kiosk.i18n.Messages;
import fi.luukku.kiosk.session.KioskHealth;
import fi.luukku.kiosk.session.KioskSettings;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The link, the sync backlog, refused offline tickets and the printer notice, kept fresh in the background. */
final class KioskStatus implements KioskHealth {
    private static final Logger log = LoggerFactory.getLogger(KioskStatus.class);

    private final KioskBackend backend;
    private final TicketPrinter printer;
    private final TaskRunner runner;
    private final Messages messages;
    private final KioskSettings settings;
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(this, "online", true);
    private final ReadOnlyIntegerWrapper pendingSync = new ReadOnlyIntegerWrapper(this, "pendingSync");
    private final ReadOnlyStringWrapper staffNotice = new ReadOnlyStringWrapper(this, "staffNotice");
    private final ObservableList<String> rejectedTickets = FXCollections.observableArrayList();
    private String printerNotice;
    private boolean maintaining;

    KioskStatus(
            KioskBackend backend, TicketPrinter printer, TaskRunner runner, Messages messages, KioskSettings settings) {
        this.backend = backend;
        this.printer = printer;
        this.runner = runner;
        this.messages = messages;
        this.settings = settings;
    }

    @Override
    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }

    void online(boolean on) {
        online.set(on);
    }

    @Override
    public ReadOnlyIntegerProperty pendingSyncProperty() {
        return pendingSync.getReadOnlyProperty();
    }

    @Override
    public ObservableList<String> rejectedTickets() {
        return FXCollections.unmodifiableObservableList(rejectedTickets);
    }

    @Override
    public TicketPrinter printer() {
        return printer;
    }

    ReadOnlyStringProperty staffNoticeProperty() {
        return staffNotice.getReadOnlyProperty();
    }

    void printerNotice(String notice) {
        printerNotice = notice;
        updateStaffNotice();
    }

    private record Status(boolean online, int pending, List<String> rejected) {}

    /** Background housekeeping: sync, offline numbers, link state, and the staff counters. */
    void refresh() {
        if (maintaining) {
            return;
        }
        maintaining = true;
        runner.run(
                () -> {
                    backend.maintain();
                    return new Status(backend.online(), backend.pendingSync(), backend.rejectedTickets());
                },
                r -> {
                    maintaining = false;
                    online.set(r.online());
                    pendingSync.set(r.pending());
                    if (!rejectedTickets.equals(r.rejected())) {
                        rejectedTickets.setAll(r.rejected());
                    }
                    updateStaffNotice();
                },
                e -> {
                    maintaining = false;
                    log.warn("status refresh failed: {}", e.getMessage());
                });
    }

    /** The staff notice: printer trouble and refused offline tickets, in the kiosk's default language. */
    private void updateStaffNotice() {
        List<String> parts = new ArrayList<>();
        if (printerNotice != null) {
            parts.add(printerNotice);
        }
        if (!rejectedTickets.isEmpty()) {
            parts.add(messages.get(
                    settings.defaultLanguage(),
                    "staff.rejected",
                    rejectedTickets.size(),
                    String.join(", ", rejectedTickets)));
        }
        staffNotice.set(parts.isEmpty() ? null : String.join(" · ", parts));
    }
}
