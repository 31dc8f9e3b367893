package fi.luukku.kiosk.shell;

import fi.luukku.core.api.ApiException;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.api.ServiceDto;
import fi.luukku.core.concurrent.TaskRunner;
import fi.luukku.core.device.printer.PrintOutcome;
import fi.luukku.core.device.printer.TicketContent;
import fi.luukku.core.device.printer.TicketPrinter;
import fi.luukku.core.domain.SpecialNeed;
import fi.luukku.core.kiosk.IssuedTicket;
import fi.luukku.core.kiosk.KioskCatalog;
import fi.luukku.core.kiosk.NoOfflineNumbersException;
import fi.luukku.kiosk.appointment.AppointmentViewModel;
import fi.luukku.kiosk.backend.KioskBackend;
import fi.luukku.kiosk.confirm.ConfirmViewModel;
import fi.luukku.kiosk.home.HomeViewModel;
import fi.luukku.kiosk.i18n.Messages;
import fi.luukku.kiosk.needs.NeedsViewModel;
import fi.luukku.kiosk.staff.StaffViewModel;
import fi.luukku.kiosk.start.StartViewModel;
import fi.luukku.kiosk.ticket.TicketScreenData;
import fi.luukku.kiosk.ticket.TicketViewModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk as a whole: which screen is up, the citizen's language and accessibility choices, what they have
 * chosen so far, and the commands every screen shares (help, back, start over, issue and print). One child
 * view model per screen holds that screen's own state.
 */
public final class KioskViewModel {
    private static final Logger log = LoggerFactory.getLogger(KioskViewModel.class);

    private final KioskBackend backend;
    private final TicketPrinter printer;
    private final TaskRunner runner;
    private final Messages messages;
    private final KioskSettings settings;
    private final Clock clock;
    private final FeedbackLauncher feedback;

    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen", Screen.START);
    private final StringProperty language = new SimpleStringProperty(this, "language");
    private final BooleanProperty highContrast = new SimpleBooleanProperty(this, "highContrast");
    private final BooleanProperty largeText = new SimpleBooleanProperty(this, "largeText");
    private final ReadOnlyObjectWrapper<HelpState> helpState =
            new ReadOnlyObjectWrapper<>(this, "helpState", HelpState.NONE);
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(this, "online", true);
    private final ReadOnlyIntegerWrapper pendingSync = new ReadOnlyIntegerWrapper(this, "pendingSync");
    private final ReadOnlyStringWrapper staffNotice = new ReadOnlyStringWrapper(this, "staffNotice");
    private final javafx.collections.ObservableList<String> rejectedTickets =
            javafx.collections.FXCollections.observableArrayList();
    private String printerNotice;
    private final ReadOnlyObjectWrapper<KioskCatalog> catalog = new ReadOnlyObjectWrapper<>(this, "catalog");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ObjectProperty<ServiceDto> selectedService = new SimpleObjectProperty<>(this, "selectedService");
    private final ReadOnlyObjectWrapper<TicketScreenData> currentTicket =
            new ReadOnlyObjectWrapper<>(this, "currentTicket");

    private final AtomicBoolean paperLowReported = new AtomicBoolean();
    private Instant lastActivity;
    private Instant ticketShownAt;
    private Instant helpShownAt;
    private Instant lastStatusRefresh = Instant.EPOCH;
    private Instant lastCatalogAttempt = Instant.EPOCH;
    private boolean catalogLoading;
    private boolean maintaining;

    private final StartViewModel start;
    private final HomeViewModel home;
    private final AppointmentViewModel appointment;
    private final NeedsViewModel needs;
    private final ConfirmViewModel confirm;
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
        this.language.set(messages.supports(settings.defaultLanguage()) ? settings.defaultLanguage() : "fi");
        this.lastActivity = clock.instant();
        this.start = new StartViewModel(this);
        this.home = new HomeViewModel(this);
        this.appointment = new AppointmentViewModel(this);
        this.needs = new NeedsViewModel(this);
        this.confirm = new ConfirmViewModel(this);
        this.ticket = new TicketViewModel(this);
        this.staff = new StaffViewModel(this, exitApp);
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

    public NeedsViewModel needs() {
        return needs;
    }

    public ConfirmViewModel confirm() {
        return confirm;
    }

    public TicketViewModel ticket() {
        return ticket;
    }

    public StaffViewModel staff() {
        return staff;
    }

    public Messages messages() {
        return messages;
    }

    public KioskBackend backend() {
        return backend;
    }

    public TicketPrinter printer() {
        return printer;
    }

    public TaskRunner runner() {
        return runner;
    }

    public KioskSettings settings() {
        return settings;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * The language to tell the service (tracking page, advisor console): the citizen's own when the service
     * knows it (fi, sv, en), English otherwise, so a kiosk with an added language bundle still issues tickets.
     */
    public String serviceLanguage() {
        return fi.luukku.core.i18n.Language.ofCode(language.get())
                .map(fi.luukku.core.i18n.Language::code)
                .orElse("en");
    }

    /** A text in the citizen's current language. */
    public String text(String key, Object... args) {
        return messages.get(language.get(), key, args);
    }

    // ---- properties ------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public Screen getScreen() {
        return screen.get();
    }

    public StringProperty languageProperty() {
        return language;
    }

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

    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pendingSyncProperty() {
        return pendingSync.getReadOnlyProperty();
    }

    /** A message for staff (paper low, printer failing); null when all is well. */
    public ReadOnlyStringProperty staffNoticeProperty() {
        return staffNotice.getReadOnlyProperty();
    }

    /** Numbers of offline tickets the service refused (read-only view): shown to staff. */
    public javafx.collections.ObservableList<String> rejectedTickets() {
        return javafx.collections.FXCollections.unmodifiableObservableList(rejectedTickets);
    }

    public ReadOnlyObjectProperty<KioskCatalog> catalogProperty() {
        return catalog.getReadOnlyProperty();
    }

    public KioskCatalog getCatalog() {
        return catalog.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** A citizen-facing error in the current language, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ServiceDto> selectedServiceProperty() {
        return selectedService;
    }

    public ServiceDto getSelectedService() {
        return selectedService.get();
    }

    public ReadOnlyObjectProperty<TicketScreenData> currentTicketProperty() {
        return currentTicket.getReadOnlyProperty();
    }

    public FeedbackLauncher feedback() {
        return feedback;
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
                    online.set(backend.online());
                },
                e -> {
                    catalogLoading = false;
                    log.warn("cannot load the kiosk catalog: {}", e.getMessage());
                    online.set(false);
                });
    }

    public void show(Screen target) {
        error.set(null);
        screen.set(target);
    }

    public void setLanguage(String code) {
        if (messages.supports(code)) {
            language.set(code);
        }
    }

    /** Chooses what to queue for; next comes the optional special-needs step. */
    public void selectService(ServiceDto service) {
        selectedService.set(service);
        needs.clear();
        show(Screen.NEEDS);
    }

    /** One step back from the current screen. */
    public void back() {
        switch (screen.get()) {
            case HOME -> {
                if (!home.backWithin()) {
                    show(Screen.START);
                }
            }
            case APPOINTMENT, NEEDS -> show(Screen.HOME);
            case CONFIRM -> show(Screen.NEEDS);
            case TICKET -> reset();
            case START -> {
                // nothing before the start
            }
        }
    }

    /** Back to the start screen in the default language, everything the last citizen chose forgotten. */
    public void reset() {
        selectedService.set(null);
        currentTicket.set(null);
        needs.clear();
        appointment.clear();
        home.clear();
        helpState.set(HelpState.NONE);
        highContrast.set(false);
        largeText.set(false);
        language.set(messages.supports(settings.defaultLanguage()) ? settings.defaultLanguage() : "fi");
        ticketShownAt = null;
        show(Screen.START);
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

    public void openFeedback() {
        if (feedback.available()) {
            feedback.open(language.get());
        }
    }

    /** A booking code or QR read by a scanner (serial, or a keyboard wedge) on any screen. */
    public void scanned(String code) {
        lastActivity = clock.instant();
        if (code.contains("/t/")) {
            return; // a ticket's own tracking QR: meant for the feedback terminal, nothing to do here
        }
        if (busy.get() || screen.get() == Screen.TICKET) {
            return;
        }
        show(Screen.APPOINTMENT);
        appointment.scanned(code);
    }

    /** Any touch, key or scan: postpones the idle reset. */
    public void userActivity() {
        lastActivity = clock.instant();
    }

    /** Called every second by the view's timer: idle reset, ticket screen timeout, status refresh. */
    public void tick() {
        Instant now = clock.instant();
        if (screen.get() == Screen.TICKET
                && ticketShownAt != null
                && elapsed(ticketShownAt, now).compareTo(settings.ticketTimeout()) >= 0
                && elapsed(lastActivity, now).compareTo(settings.ticketTimeout()) >= 0) {
            reset();
        } else if (screen.get() != Screen.START
                && !busy.get()
                && elapsed(lastActivity, now).compareTo(settings.idleTimeout()) >= 0) {
            log.info("idle for {}: back to start", settings.idleTimeout());
            reset();
        } else if (screen.get() == Screen.START
                && elapsed(lastActivity, now).compareTo(settings.idleTimeout()) >= 0
                && (highContrast.get() || largeText.get() || !language.get().equals(settings.defaultLanguage()))) {
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

    private record Status(boolean online, int pending, List<String> rejected) {}

    /** Background housekeeping: sync, offline numbers, link state, and the staff counters. */
    public void refreshStatus() {
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

    // ---- issuing and printing --------------------------------------------------------------------

    /** A ticket the backend issued, what went on paper, and how it printed. */
    private record Delivered(IssuedTicket ticket, String service, TicketContent content, PrintOutcome outcome) {}

    /**
     * Issues a ticket (through {@code issuing}), prints it and shows it. Whatever the printer does, the ticket
     * is shown on screen with its QR; when it could not be printed the advisors are alerted.
     */
    public void deliverTicket(Callable<IssuedTicket> issuing) {
        if (busy.get()) {
            return; // a double tap must not issue two tickets
        }
        busy.set(true);
        error.set(null);
        String lang = language.get();
        String serviceLang = serviceLanguage();
        KioskCatalog cat = catalog.get();
        runner.run(
                () -> {
                    IssuedTicket t = issuing.call();
                    String service = serviceName(cat, t, lang);
                    TicketContent content = content(t, service, cat, lang);
                    PrintOutcome outcome = printSafely(content);
                    afterPrint(t, outcome, serviceLang);
                    return new Delivered(t, service, content, outcome);
                },
                d -> {
                    busy.set(false);
                    currentTicket.set(new TicketScreenData(
                            d.ticket().number(),
                            d.service(),
                            d.content().details(),
                            d.content().qrUrl(),
                            d.outcome().printed(),
                            d.ticket().offline(),
                            d.outcome().problem()));
                    printerNotice = staffNoticeFor(d.outcome());
                    updateStaffNotice();
                    online.set(!d.ticket().offline() && backend.online());
                    ticketShownAt = clock.instant();
                    lastActivity = ticketShownAt;
                    show(Screen.TICKET);
                },
                e -> {
                    busy.set(false);
                    log.warn("ticket not issued: {}", e.toString());
                    error.set(errorText(e));
                });
    }

    private PrintOutcome printSafely(TicketContent content) {
        try {
            return printer.print(content);
        } catch (RuntimeException e) {
            log.error("printer driver failed on ticket {}", content.number(), e);
            return PrintOutcome.failed(null, null, "printer driver error: " + e.getMessage());
        }
    }

    /** Runs on the worker thread: alerts advisors about an unprinted ticket or low paper. */
    private void afterPrint(IssuedTicket t, PrintOutcome outcome, String lang) {
        try {
            if (!outcome.printed()) {
                log.warn("ticket {} shown on screen only: {}", t.number(), outcome.problem());
                backend.requestHelp("printer:" + settings.kioskId(), lang, LuukkuClient.newKey());
            } else if (outcome.paperLow()) {
                if (paperLowReported.compareAndSet(false, true)) {
                    log.warn("printer paper near end at kiosk {}", settings.kioskId());
                    backend.requestHelp("printer-paper-low:" + settings.kioskId(), lang, LuukkuClient.newKey());
                }
            } else {
                paperLowReported.set(false);
            }
        } catch (RuntimeException e) {
            log.warn("could not alert the advisors about the printer: {}", e.getMessage());
        }
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

    private String staffNoticeFor(PrintOutcome outcome) {
        if (!outcome.printed()) {
            String lang = settings.defaultLanguage();
            return messages.get(
                    lang,
                    "staff.printerProblem",
                    new fi.luukku.kiosk.printer.PrinterTexts(messages).problem(lang, outcome));
        }
        if (outcome.paperLow()) {
            return messages.get(settings.defaultLanguage(), "staff.paperLow");
        }
        return null;
    }

    private String errorText(Exception e) {
        if (e instanceof NoOfflineNumbersException) {
            return text("error.noOfflineNumbers");
        }
        if (e instanceof ApiException api) {
            if (screen.get() == Screen.APPOINTMENT) {
                if (api.isUnreachable()) {
                    return text("appointment.offline");
                }
                if (api.status() == 404) {
                    return text("appointment.notFound");
                }
                if (api.status() == 409) {
                    return text("appointment.notNow");
                }
            }
            if (api.isUnreachable()) {
                return text("error.offline");
            }
        }
        return text("error.generic");
    }

    private static String serviceName(KioskCatalog cat, IssuedTicket t, String lang) {
        if (cat == null) {
            return "";
        }
        if (t.serviceId() != null) {
            var s = cat.service(t.serviceId());
            if (s.isPresent()) {
                return s.get().name().in(lang);
            }
        }
        return cat.queue(t.queueId()).map(q -> q.name().in(lang)).orElse("");
    }

    /** The printed ticket's content, in the citizen's language. */
    public TicketContent content(IssuedTicket t, String service, KioskCatalog cat, String lang) {
        List<String> details = new ArrayList<>();
        if (t.offline()) {
            details.add(messages.get(lang, "ticket.offline"));
            details.add(messages.get(lang, "wait.unavailable"));
        } else {
            if (t.peopleAhead() != null) {
                details.add(messages.get(lang, "ticket.peopleAhead", t.peopleAhead()));
            }
            if (t.estimatedWaitSeconds() != null) {
                details.add(messages.get(lang, "ticket.wait", waitText(lang, t.estimatedWaitSeconds())));
            }
        }
        details.add(DateTimeFormatter.ofPattern("d.M.yyyy HH:mm")
                .withZone(zone(cat))
                .format(t.issuedAt() != null ? t.issuedAt() : clock.instant()));
        String qr = t.trackingCode() != null ? backend.trackingUrl(t.trackingCode()) : null;
        String header = cat != null && cat.point() != null ? cat.point().name().in(lang) : "Luukku";
        return new TicketContent(
                header,
                t.number(),
                service,
                details,
                qr,
                qr != null ? messages.get(lang, "ticket.qrCaption") : null,
                messages.get(lang, "ticket.footer"));
    }

    private java.time.ZoneId zone(KioskCatalog cat) {
        if (cat != null && cat.point() != null && cat.point().timeZone() != null) {
            try {
                return java.time.ZoneId.of(cat.point().timeZone());
            } catch (java.time.DateTimeException e) {
                // fall back to the configured zone
            }
        }
        return settings.zone();
    }

    /** "about 12 min", "no wait" — in a language. */
    public String waitText(String lang, long seconds) {
        if (seconds < 60) {
            return messages.get(lang, "wait.none");
        }
        long minutes = (seconds + 59) / 60;
        return messages.get(lang, "wait.minutes", minutes);
    }

    /** Tests and the staff panel: the special needs chosen, as the API's codes. */
    public List<String> chosenNeeds() {
        return needs.chosen().stream().map(SpecialNeed::name).toList();
    }
}
