package fi.luukku.kiosk.shell;

import fi.luukku.core.device.printer.PrintOutcome;
import fi.luukku.core.device.printer.TicketContent;
import fi.luukku.core.i18n.WaitWords;
import fi.luukku.core.kiosk.IssuedTicket;
import fi.luukku.core.kiosk.KioskCatalog;
import fi.luukku.kiosk.printer.PrinterTexts;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** What goes on the printed ticket, in the citizen's language, with the QR to the point's public address. */
final class TicketTexts {
    private final KioskViewModel kiosk;

    TicketTexts(KioskViewModel kiosk) {
        this.kiosk = kiosk;
    }

    static String serviceName(KioskCatalog cat, IssuedTicket t, String lang) {
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

    /** Why a ticket was not printed, in the citizen's language (for the screen). */
    String printerProblem(String lang, PrintOutcome outcome) {
        return new PrinterTexts(kiosk.messages()).problem(lang, outcome);
    }

    /** The printed ticket's content, in the citizen's language. */
    TicketContent content(IssuedTicket t, String service, KioskCatalog cat, String lang) {
        var messages = kiosk.messages();
        List<String> details = new ArrayList<>();
        if (t.offline()) {
            details.add(messages.get(lang, "ticket.offline"));
            details.add(messages.get(lang, "wait.unavailable"));
        } else {
            if (t.peopleAhead() != null) {
                details.add(messages.get(lang, "ticket.peopleAhead", t.peopleAhead()));
            }
            t.waitWords(lang).ifPresent(words -> details.add(messages.get(lang, "ticket.wait", words)));
        }
        details.add(DateTimeFormatter.ofPattern("d.M.yyyy HH:mm")
                .withZone(zone(cat))
                .format(t.issuedAt() != null ? t.issuedAt() : kiosk.clock().instant()));
        String qr = t.trackingCode() != null ? trackingUrl(cat, t.trackingCode()) : null;
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

    /**
     * The tracking page's address as a citizen's phone reaches it: the point's public URL from the service when
     * it is set, the kiosk's own service address only when it is not.
     */
    String trackingUrl(KioskCatalog cat, String trackingCode) {
        String base = cat != null && cat.point() != null ? cat.point().publicUrl() : null;
        if (base == null || base.isBlank()) {
            return kiosk.backend().trackingUrl(trackingCode);
        }
        String trimmed = base.strip();
        return (trimmed.endsWith("/") ? trimmed : trimmed + "/") + "t/" + trackingCode;
    }

    private ZoneId zone(KioskCatalog cat) {
        if (cat != null && cat.point() != null && cat.point().timeZone() != null) {
            try {
                return ZoneId.of(cat.point().timeZone());
            } catch (DateTimeException e) {
                // fall back to the configured zone
            }
        }
        return kiosk.settings().zone();
    }

    /** "about 10 min", "less than 5 min" — in a language (the shared wording of {@link WaitWords}). */
    String waitText(String lang, long seconds) {
        return WaitWords.of(seconds, seconds, seconds, false, lang);
    }
}
