package fi.luukku.kiosk.shell;

import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.concurrent.TaskRunner;
import fi.luukku.core.device.printer.TicketPrinter;
import fi.luukku.core.i18n.CitizenLanguage;
import fi.luukku.core.kiosk.KioskCatalog;
import fi.luukku.kiosk.appointment.AppointmentViewModel;
import fi.luukku.kiosk.backend.KioskBackend;
import fi.luukku.kiosk.home.HomeViewModel;
import fi.luukku.kiosk.i18n.Messages;
import fi.luukku.kiosk.needs.NeedsViewModel;
import fi.luukku.kiosk.session.ChoiceUsage;
import fi.luukku.kiosk.session.FeedbackLauncher;
import fi.luukku.kiosk.session.KioskHealth;
import fi.luukku.kiosk.session.KioskSession;
import fi.luukku.kiosk.session.KioskSettings;
import fi.luukku.kiosk.session.Navigator;
import fi.luukku.kiosk.session.NeedsChoice;
import fi.luukku.kiosk.session.Screen;
import fi.luukku.kiosk.session.TicketDelivery;
import fi.luukku.kiosk.session.TicketScreenData;
import fi.luukku.kiosk.staff.StaffViewModel;
import fi.luukku.kiosk.start.StartViewModel;
import fi.luukku.kiosk.ticket.TicketViewModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk as a whole: which screen is up, the citizen's language and accessibility choices, help, idle reset
 * and the link's state. It hands each screen only the narrow parts it needs ({@link KioskSession},
 * {@link Navigator}, {@link TicketDelivery}); issuing and printing live in {@link TicketDeliverer}.
 */
public final class KioskViewModel implements KioskSession, Navigator, KioskHealth {
    private static final Logger log = LoggerFactory.getLogger(KioskViewModel.class);

    private final KioskBackend backend;
    private final TicketPrinter printer;
    private final TaskRunner runner;
    private final Messages messages;
    private final KioskSettings settings;
    private final Clock clock;
    private final FeedbackLauncher feedback;
    private final NeedsChoice needsChoice = new NeedsChoice();
    private final ChoiceUsage usage;
    private final TicketDeliverer delivery;
    private final KioskStatus status;

    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen", Screen.START);
    private final ReadOnlyStringWrapper language = new ReadOnlyStringWrapper(this, "language");
    private final BooleanProperty highContrast = new SimpleBooleanProperty(this, "highContrast");
    private final BooleanProperty largeText = new SimpleBooleanProperty(this, "largeText");
    private final ReadOnlyObjectWrapper<HelpState> helpState =
            new ReadOnlyObjectWrapper<>(this, "helpState", HelpState.NONE);
    private final ReadOnlyObjectWrapper<KioskCatalog> catalog = new ReadOnlyObjectWrapper<>(this, "catalog");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    /** Raised on every reset: views put their scroll position and inner state back to the top. */
    private final ReadOnlyIntegerWrapper citizen = new ReadOnlyIntegerWrapper(this, "citizen");

    private Instant lastActivity;
    private Instant ticketShownAt;
    private Instant helpShownAt;
    private Instant lastStatusRefresh = Instant.EPOCH;
    private Instant lastCatalogAttempt = Instant.EPOCH;
    private boolean catalogLoading;

    private final StartViewModel start;
    private final HomeViewModel home;
    private final AppointmentViewModel appointment;
    private final NeedsViewModel needs;
    private final TicketViewModel ticket;
    private final StaffViewModel staff;

    public KioskViewModel(
            KioskBackend backend,
            TicketPrinter printer,
            TaskRunner runner,
            Messages messages,
            KioskSettings settings,
            Clock clock,
            FeedbackLauncher feedback,
            Runnable exitApp) {
        this.backend = backend;
        this.printer = printer;
        this.runner = runner;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
        this.feedback = feedback;
        this.usage = new ChoiceUsage(clock);
        this.language.set(defaultLanguage());
        this.lastActivity = clock.instant();
        this.status = new KioskStatus(backend, printer, runner, messages, settings);
        this.delivery = new TicketDeliverer(this, printer);
        this.start = new StartViewModel(this, this);
        this.home = new HomeViewModel(this, this, delivery);
        this.appointment = new AppointmentViewModel(this, delivery);
        this.needs = new NeedsViewModel(this, this);
        this.ticket = new TicketViewModel(this, this, delivery);
        this.staff = new StaffViewModel(this, this, exitApp);
    }

    // ---- children and collaborators -------------------------------------------------------------

    public StartViewModel start() {
        return start;
    }

    public HomeViewModel home() {
        return home;
    }

    public AppointmentViewModel appointment() {
        return appointment;
    }

    public NeedsViewModel needsScreen() {
        return needs;
    }

    public TicketViewModel ticket() {
        return ticket;
    }

    public StaffViewModel staff() {
        return staff;
    }

    public TicketDelivery delivery() {
        return delivery;
    }

    @Override
    public Messages messages() {
        return messages;
    }

    @Override
    public KioskBackend backend() {
        return backend;
    }

    @Override
    public TicketPrinter printer() {
        return printer;
    }

    @Override
    public TaskRunner runner() {
        return runner;
    }

    @Override
    public KioskSettings settings() {
        return settings;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public NeedsChoice needs() {
        return needsChoice;
    }

    @Override
    public ChoiceUsage usage() {
        return usage;
    }

    @Override
    public FeedbackLauncher feedback() {
        return feedback;
    }

    /**
     * The language to tell the service (tracking page, advisor console): the citizen's own when the service
     * knows it, English otherwise, so a kiosk with an added language bundle still issues tickets.
     */
    @Override
    public String serviceLanguage() {
        return CitizenLanguage.ofCode(language.get()).map(CitizenLanguage::code).orElse("en");
    }

    // ---- properties ------------------------------------------------------------------------------

    @Override
    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    @Override
    public Screen getScreen() {
        return screen.get();
    }

    @Override
    public ReadOnlyStringProperty languageProperty() {
        return language.getReadOnlyProperty();
    }

    @Override
    public String getLanguage() {
        return language.get();
    }

    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    public BooleanProperty largeTextProperty() {
        return largeText;
    }

    public ReadOnlyObjectProperty<HelpState> helpStateProperty() {
        return helpState.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty onlineProperty() {
        return status.onlineProperty();
    }

    @Override
    public ReadOnlyIntegerProperty pendingSyncProperty() {
        return status.pendingSyncProperty();
    }

    /** A message for staff (paper low, printer failing); null when all is well. */
    public ReadOnlyStringProperty staffNoticeProperty() {
        return status.staffNoticeProperty();
    }

    @Override
    public ObservableList<String> rejectedTickets() {
        return status.rejectedTickets();
    }

    @Override
    public ReadOnlyObjectProperty<KioskCatalog> catalogProperty() {
        return catalog.getReadOnlyProperty();
    }

    @Override
    public KioskCatalog getCatalog() {
        return catalog.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return delivery.busyProperty();
    }

    /** A citizen-facing error in the current language, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TicketScreenData> currentTicketProperty() {
        return delivery.currentTicketProperty();
    }

    /** Counts citizens: changes on every reset, so every screen starts over at its top. */
    public ReadOnlyIntegerProperty citizenProperty() {
        return citizen.getReadOnlyProperty();
    }

    // ---- commands --------------------------------------------------------------------------------

    /** Loads the point's catalog (at start, and again on idle until it succeeds). */
    public void loadCatalog() {
        if (catalogLoading) {
            return;
        }
        catalogLoading = true;
        lastCatalogAttempt = clock.instant();
        runner.run(
                backend::catalog,
                c -> {
                    catalogLoading = false;
                    catalog.set(c);
                    status.online(backend.online());
                    if (screen.get() == Screen.START && !language.get().equals(defaultLanguage())) {
                        language.set(defaultLanguage());
                    }
                },
                e -> {
                    catalogLoading = false;
                    log.warn("cannot load the kiosk catalog: {}", e.getMessage());
                    status.online(false);
                });
    }

    @Override
    public void show(Screen target) {
        error.set(null);
        screen.set(target);
    }

    void showError(String text) {
        error.set(text);
    }

    @Override
    public void setLanguage(String code) {
        if (messages.supports(code)) {
            language.set(code);
        }
    }

    @Override
    public void back() {
        switch (screen.get()) {
            case HOME -> {
                if (!home.backWithin()) {
                    show(Screen.START);
                }
            }
            case APPOINTMENT, NEEDS -> show(Screen.HOME);
            case TICKET -> reset();
            case START -> {
                // nothing before the start
            }
        }
    }

    @Override
    public void reset() {
        delivery.clear();
        needsChoice.clear();
        appointment.clear();
        home.clear();
        helpState.set(HelpState.NONE);
        highContrast.set(false);
        largeText.set(false);
        language.set(defaultLanguage());
        ticketShownAt = null;
        citizen.set(citizen.get() + 1);
        show(Screen.START);
    }

    /**
     * The language a new citizen meets: the kiosk's configured one, else the point's first language from the
     * catalog, else Finnish.
     */
    String defaultLanguage() {
        if (messages.supports(settings.defaultLanguage())) {
            return settings.defaultLanguage();
        }
        KioskCatalog c = catalog.get();
        if (c != null && c.point() != null && c.point().languages() != null) {
            for (String l : c.point().languages()) {
                if (messages.supports(l)) {
                    return l;
                }
            }
        }
        return "fi";
    }

    /** "I need help": alerts the advisor consoles of the point. Works on every screen, also offline. */
    public void requestHelp() {
        if (helpState.get() == HelpState.SENDING) {
            return;
        }
        helpState.set(HelpState.SENDING);
        helpShownAt = clock.instant();
        String lang = serviceLanguage();
        String key = LuukkuClient.newKey();
        runner.run(
                () -> backend.requestHelp("kiosk:" + settings.kioskId(), lang, key),
                sent -> helpState.set(sent ? HelpState.SENT : HelpState.QUEUED),
                e -> {
                    log.warn("help request failed: {}", e.getMessage());
                    helpState.set(HelpState.QUEUED);
                });
    }

    public void dismissHelp() {
        helpState.set(HelpState.NONE);
    }

    /** A booking code or QR read by a scanner (serial, or a keyboard wedge) on any screen. */
    public void scanned(String code) {
        lastActivity = clock.instant();
        if (code.contains("/t/")) {
            return; // a ticket's own tracking QR: meant for the feedback terminal, nothing to do here
        }
        if (delivery.busyProperty().get() || screen.get() == Screen.TICKET) {
            return;
        }
        show(Screen.APPOINTMENT);
        appointment.scanned(code);
    }

    @Override
    public void userActivity() {
        lastActivity = clock.instant();
    }

    /** Called every second by the view's timer: idle reset, ticket screen timeout, status refresh. */
    public void tick() {
        Instant now = clock.instant();
        boolean busy = delivery.busyProperty().get();
        if (screen.get() == Screen.TICKET
                && ticketShownAt != null
                && elapsed(ticketShownAt, now).compareTo(settings.ticketTimeout()) >= 0
                && elapsed(lastActivity, now).compareTo(settings.ticketTimeout()) >= 0) {
            reset();
        } else if (screen.get() != Screen.START
                && !busy
                && elapsed(lastActivity, now).compareTo(settings.idleTimeout()) >= 0) {
            log.info("idle for {}: back to start", settings.idleTimeout());
            reset();
        } else if (screen.get() == Screen.START
                && elapsed(lastActivity, now).compareTo(settings.idleTimeout()) >= 0
                && (highContrast.get() || largeText.get() || !language.get().equals(defaultLanguage()))) {
            reset();
        }
        if (helpState.get() != HelpState.NONE
                && helpState.get() != HelpState.SENDING
                && helpShownAt != null
                && elapsed(helpShownAt, now).compareTo(settings.helpBannerTime()) >= 0) {
            helpState.set(HelpState.NONE);
        }
        if (elapsed(lastStatusRefresh, now).getSeconds() >= 5) {
            lastStatusRefresh = now;
            refreshStatus();
        }
        if (catalog.get() == null && elapsed(lastCatalogAttempt, now).getSeconds() >= 5) {
            loadCatalog();
        }
    }

    private static Duration elapsed(Instant from, Instant to) {
        return Duration.between(from, to);
    }

    /** Background housekeeping: sync, offline numbers, link state, and the staff counters. */
    public void refreshStatus() {
        status.refresh();
    }

    // ---- called by the deliverer -----------------------------------------------------------------

    void printerNotice(String notice) {
        status.printerNotice(notice);
    }

    void ticketIssued(boolean offline) {
        status.online(!offline && backend.online());
        ticketShownAt = clock.instant();
        lastActivity = ticketShownAt;
    }

    /** "about 12 min", "no wait" — in a language. */
    public String waitText(String lang, long seconds) {
        return delivery.texts().waitText(lang, seconds);
    }

    /** Tests and the staff panel: the special needs chosen, as the API's codes. */
    public List<String> chosenNeeds() {
        return needsChoice.codes();
    }
}
