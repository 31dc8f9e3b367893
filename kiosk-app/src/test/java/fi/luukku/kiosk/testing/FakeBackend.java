package fi.luukku.kiosk.testing;

import fi.luukku.core.api.ApiException;
import fi.luukku.core.api.QueueDto;
import fi.luukku.core.kiosk.IssuedTicket;
import fi.luukku.core.kiosk.KioskCatalog;
import fi.luukku.kiosk.backend.KioskBackend;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A backend in memory: records what the kiosk asked, answers like the service (or like an outage). */
public class FakeBackend implements KioskBackend {
    public record Issue(String serviceId, String language, List<String> needs, String interpreter, String key) {}

    public KioskCatalog catalog = DemoCatalog.mikkeli();
    public boolean online = true;
    public final List<Issue> issued = new ArrayList<>();
    public final List<String> checkIns = new ArrayList<>();
    public final List<String> helpSources = new ArrayList<>();
    public int pending;
    public List<String> rejected = new ArrayList<>();
    /** Thrown by the next issue (then cleared): a failing link or service. */
    public RuntimeException failNextIssue;
    /**
     * The service's estimate for the next tickets {seconds, low, high} or {seconds, low, high, 1 when no desk is open
     * yet}, or null for the queue's single figure.
     */
    public long[] estimate;

    private int sequence;

    @Override
    public KioskCatalog catalog() {
        return catalog;
    }

    @Override
    public Optional<QueueDto> queue(String queueId) {
        return online ? catalog.queue(queueId) : Optional.empty();
    }

    @Override
    public IssuedTicket issue(
            String serviceId, String queueId, String language, List<String> needs, String interpreter, String key) {
        issued.add(new Issue(serviceId, language, needs, interpreter, key));
        if (failNextIssue != null) {
            RuntimeException e = failNextIssue;
            failNextIssue = null;
            throw e;
        }
        String prefix = catalog.queue(queueId).map(QueueDto::prefix).orElse("X");
        Instant at = Instant.parse("2026-11-22T08:15:00Z");
        if (!online) {
            pending++;
            return new IssuedTicket(prefix + (900 + sequence++), queueId, serviceId, null, null, null, at, true, key);
        }
        sequence++;
        QueueDto q = catalog.queue(queueId).orElseThrow();
        return new IssuedTicket(
                String.format("%s%03d", prefix, sequence + 40),
                queueId,
                serviceId,
                q.waiting(),
                estimate != null ? estimate[0] : q.estimatedWaitSeconds(),
                "trk" + sequence,
                at,
                false,
                key,
                estimate != null ? estimate[1] : q.estimatedWaitSeconds(),
                estimate != null ? estimate[2] : q.estimatedWaitSeconds(),
                estimate != null && estimate.length > 3 && estimate[3] != 0);
    }

    @Override
    public IssuedTicket checkIn(String bookingCode, String language, String key) {
        checkIns.add(bookingCode);
        if (!online) {
            throw ApiException.unreachable(new java.io.IOException("down"));
        }
        if (!bookingCode.equals("ABC123")) {
            throw new ApiException(404, null, "no such booking", null);
        }
        return new IssuedTicket(
                "P007", "q-p", "police-passport", 0, 0L, "appt1", Instant.parse("2026-11-22T08:15:00Z"), false, key);
    }

    @Override
    public boolean requestHelp(String source, String language, String key) {
        helpSources.add(source);
        return online;
    }

    @Override
    public boolean online() {
        return online;
    }

    @Override
    public int pendingSync() {
        return pending;
    }

    @Override
    public List<String> rejectedTickets() {
        return List.copyOf(rejected);
    }

    @Override
    public String trackingUrl(String trackingCode) {
        return "http://localhost:8080/t/" + trackingCode;
    }
}
