package fi.luukku.service.tracking;

import fi.luukku.core.api.ServiceDto;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.domain.TicketStatus;
import fi.luukku.core.i18n.WaitWords;
import fi.luukku.service.point.Catalog;
import fi.luukku.service.ticket.TicketService;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Looks a ticket up by the code printed on it and tells what its holder needs to know, in their language. */
public final class TrackingService {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{4,32}");

    private final TicketService tickets;
    private final Catalog catalog;

    public TrackingService(TicketService tickets, Catalog catalog) {
        this.tickets = tickets;
        this.catalog = catalog;
    }

    /** The ticket behind a code, or empty for an unknown or malformed one. */
    public Optional<TicketDto> ticket(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return tickets.byTrackingCode(code.toUpperCase(Locale.ROOT));
    }

    /** The page's language: the one asked for, else the ticket's, else the browser's, else Finnish. */
    public static String language(String asked, TicketDto t, String acceptLanguage) {
        return TrackingTexts.supported(asked)
                .or(() -> t == null ? Optional.empty() : TrackingTexts.supported(t.language()))
                .or(() -> TrackingTexts.fromAcceptLanguage(acceptLanguage))
                .orElse("fi");
    }

    public TrackingStatus status(TicketDto t, String lang) {
        TrackingTexts tx = TrackingTexts.of(lang);
        String l = tx.lang();
        TicketStatus s = t.status();
        Optional<ServiceDto> service = t.serviceId() == null ? Optional.empty() : catalog.service(t.serviceId());
        Optional<Catalog.Queue> queue = catalog.queue(t.queueId());
        // a ticket keeps the service it was issued for; sitting in another queue means it was moved there
        boolean transferred = service.isPresent() && !service.get().queueId().equals(t.queueId());
        String serviceName = transferred || service.isEmpty()
                ? queue.map(q -> q.name().in(l)).orElse(null)
                : service.get().name().in(l);
        String point = catalog.hasPoint(t.pointId())
                ? catalog.point(t.pointId()).name().in(l)
                : null;
        boolean atDesk = (s == TicketStatus.CALLED || s == TicketStatus.SERVING) && t.deskId() != null;
        String desk = atDesk ? catalog.desk(t.deskId()).map(d -> d.name().in(l)).orElse(t.deskId()) : null;
        boolean waiting = s == TicketStatus.WAITING;
        Integer position = waiting ? t.peopleAhead() : null;
        Integer minutes = waiting ? (int) Math.max(0, (t.estimatedWaitSeconds() + 59) / 60) : null;

        String stateText = tx.get("state." + s.name());
        String serviceText = serviceName == null
                ? null
                : transferred && t.status().isOpen()
                        ? tx.get("service.moved", serviceName)
                        : tx.get("service", serviceName);
        String deskText = desk == null ? null : tx.get("desk", desk);
        String positionText = position == null ? null : tx.get("position", position);
        String estimateText = minutes == null ? null : estimateText(tx, t, minutes);
        String advice =
                switch (s) {
                    case CALLED -> tx.get("advice.CALLED");
                    case PARKED -> tx.get("advice.PARKED");
                    case NO_SHOW -> tx.get("advice.NO_SHOW");
                    case CANCELLED -> tx.get("advice.CANCELLED");
                    case FINISHED -> tx.get("advice.FINISHED");
                    default -> transferred ? tx.get("advice.moved") : null;
                };
        StringBuilder announce = new StringBuilder(stateText);
        if (deskText != null) {
            announce.append(' ').append(deskText);
        }
        if (transferred && serviceText != null && s.isOpen()) {
            announce.append(' ').append(serviceText);
        }
        if (s == TicketStatus.NO_SHOW) {
            announce.append(' ').append(advice);
        }
        return new TrackingStatus(
                t.number(),
                s.name(),
                s.isOpen(),
                point,
                serviceName,
                desk,
                position,
                minutes,
                transferred,
                l,
                new TrackingStatus.View(
                        stateText, serviceText, deskText, positionText, estimateText, advice, announce.toString()));
    }

    /**
     * The wait in plain words with its likely range ("about 10–20 min", "waiting for a desk to open") in the shared
     * wording of {@link WaitWords}, in every citizen language; the single figure only for a language it lacks.
     */
    private static String estimateText(TrackingTexts tx, TicketDto t, int minutes) {
        if (WaitWords.LANGUAGES.contains(tx.lang())) {
            return tx.get("estimate.words", WaitWords.of(t, tx.lang()));
        }
        return minutes == 0 ? tx.get("estimate.soon") : tx.get("estimate", minutes);
    }
}
