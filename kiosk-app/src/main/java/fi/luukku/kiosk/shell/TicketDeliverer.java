package fi.luukku.kiosk.shell;

import fi.luukku.core.api.ApiException;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.api.ServiceDto;
import fi.luukku.core.device.printer.PrintOutcome;
import fi.luukku.core.device.printer.TicketContent;
import fi.luukku.core.device.printer.TicketPrinter;
import fi.luukku.core.kiosk.IssuedTicket;
import fi.luukku.core.kiosk.KioskCatalog;
import fi.luukku.core.kiosk.NoOfflineNumbersException;
import fi.luukku.core.outbox.OrderedOutbox;
import fi.luukku.kiosk.printer.PrinterTexts;
import fi.luukku.kiosk.session.Screen;
import fi.luukku.kiosk.session.TicketDelivery;
import fi.luukku.kiosk.session.TicketScreenData;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues a ticket, prints it and shows it. Whatever the printer does the ticket reaches the screen with its QR;
 * when it could not be printed the advisors are alerted and staff see why in their own language.
 */
final class TicketDeliverer implements TicketDelivery {
    private static final Logger log = LoggerFactory.getLogger(TicketDeliverer.class);

    private final KioskViewModel kiosk;
    private final TicketPrinter printer;
    private final TicketTexts texts;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<TicketScreenData> currentTicket =
            new ReadOnlyObjectWrapper<>(this, "currentTicket");
    private final AtomicBoolean paperLowReported = new AtomicBoolean();
    /** One idempotency key per citizen and service: a retried tap after an error is the same ticket. */
    private String keyFor;

    private String key;

    /** The issuing lane (see {@link #deliver}): tickets are issued one at a time, in the order of the taps. */
    private final OrderedOutbox lane;

    TicketDeliverer(KioskViewModel kiosk, TicketPrinter printer) {
        this.kiosk = kiosk;
        this.printer = printer;
        this.texts = new TicketTexts(kiosk);
        this.lane = new OrderedOutbox("kiosk-issuing", kiosk.runner());
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<TicketScreenData> currentTicketProperty() {
        return currentTicket.getReadOnlyProperty();
    }

    TicketTexts texts() {
        return texts;
    }

    void clear() {
        currentTicket.set(null);
        keyFor = null;
        key = null;
    }

    @Override
    public void issueFor(ServiceDto s) {
        kiosk.userActivity();
        if (s == null || busy.get()) {
            return;
        }
        String attempt =
                s.id() + "|" + kiosk.needs().codes() + "|" + kiosk.needs().getInterpreterLanguage();
        if (!attempt.equals(keyFor)) {
            keyFor = attempt;
            key = LuukkuClient.newKey();
        }
        String lang = kiosk.serviceLanguage();
        List<String> needs = kiosk.needs().codes();
        String interpreter = kiosk.needs().getInterpreterLanguage();
        String k = key;
        deliver(() -> kiosk.backend().issue(s.id(), s.queueId(), lang, needs, interpreter, k));
    }

    /** A ticket the backend issued, what went on paper, and how it printed. */
    private record Delivered(IssuedTicket ticket, String service, TicketContent content, PrintOutcome outcome) {}

    @Override
    public void deliver(Callable<IssuedTicket> issuing) {
        if (busy.get()) {
            return; // a double tap must not issue two tickets
        }
        busy.set(true);
        kiosk.showError(null);
        String lang = kiosk.getLanguage();
        String serviceLang = kiosk.serviceLanguage();
        KioskCatalog cat = kiosk.getCatalog();
        // the issuing lane: each issue (an online call, or an offline number taken and the ticket committed to the
        // outbox) runs after the one handed in before it and never beside it, so numbers and outbox entries keep
        // the order of the taps whatever worker thread runs them
        lane.write(
                () -> {
                    IssuedTicket t = issuing.call();
                    String service = TicketTexts.serviceName(cat, t, lang);
                    TicketContent content = texts.content(t, service, cat, lang);
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
                            d.outcome().printed() ? null : texts.printerProblem(lang, d.outcome())));
                    kiosk.printerNotice(staffNoticeFor(d.outcome()));
                    kiosk.ticketIssued(d.ticket().offline());
                    keyFor = null;
                    kiosk.show(Screen.TICKET);
                },
                e -> {
                    busy.set(false);
                    log.warn("ticket not issued: {}", e.toString());
                    kiosk.showError(errorText(e));
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
        String kioskId = kiosk.settings().kioskId();
        try {
            if (!outcome.printed()) {
                log.warn("ticket {} shown on screen only: {}", t.number(), outcome.problem());
                kiosk.backend().requestHelp("printer:" + kioskId, lang, LuukkuClient.newKey());
            } else if (outcome.paperLow()) {
                if (paperLowReported.compareAndSet(false, true)) {
                    log.warn("printer paper near end at kiosk {}", kioskId);
                    kiosk.backend().requestHelp("printer-paper-low:" + kioskId, lang, LuukkuClient.newKey());
                }
            } else {
                paperLowReported.set(false);
            }
        } catch (RuntimeException e) {
            log.warn("could not alert the advisors about the printer: {}", e.getMessage());
        }
    }

    private String staffNoticeFor(PrintOutcome outcome) {
        String lang = kiosk.settings().defaultLanguage();
        if (!outcome.printed()) {
            return kiosk.messages()
                    .get(lang, "staff.printerProblem", new PrinterTexts(kiosk.messages()).problem(lang, outcome));
        }
        if (outcome.paperLow()) {
            return kiosk.messages().get(lang, "staff.paperLow");
        }
        return null;
    }

    private String errorText(Exception e) {
        if (e instanceof NoOfflineNumbersException) {
            return kiosk.text("error.noOfflineNumbers");
        }
        if (e instanceof ApiException api) {
            if (kiosk.getScreen() == Screen.APPOINTMENT) {
                if (api.isUnreachable()) {
                    return kiosk.text("appointment.offline");
                }
                if (api.status() == 404) {
                    return kiosk.text("appointment.notFound");
                }
                if (api.status() == 409) {
                    return kiosk.text("appointment.notNow");
                }
            }
            if (api.isUnreachable()) {
                return kiosk.text("error.offline");
            }
        }
        return kiosk.text("error.generic");
    }
}
