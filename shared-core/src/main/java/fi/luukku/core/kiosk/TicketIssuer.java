package fi.luukku.core.kiosk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.api.ApiException;
import fi.luukku.core.api.HelpRequestCreate;
import fi.luukku.core.api.IssueTicketRequest;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.api.OfflineBlockRequest;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.outbox.DurableOutbox;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues tickets for one kiosk: from the service while it answers, otherwise from the block of numbers
 * reserved for this kiosk. An offline ticket is committed to the durable outbox before this method returns,
 * so it exists before anyone sees or prints it; the outbox pump syncs it later with the same idempotency key
 * (the key of the first, failed online attempt, so a request that did reach the service is not doubled).
 */
public class TicketIssuer {
    private static final Logger log = LoggerFactory.getLogger(TicketIssuer.class);

    public static final String KIND_TICKET = "ticket";
    public static final String KIND_HELP = "help";

    private final LuukkuClient client;
    private final String pointId;
    private final String kioskId;
    private final DurableOutbox outbox;
    private final OfflineNumberStore numbers;
    private final Clock clock;
    private final ZoneId zone;
    private final ObjectMapper mapper;
    private final int blockSize;
    private final AtomicBoolean online = new AtomicBoolean(true);
    private final EmergencyRange emergency;
    private final java.util.Map<String, String> prefixes = new java.util.concurrent.ConcurrentHashMap<>();

    public TicketIssuer(
            LuukkuClient client,
            String pointId,
            String kioskId,
            DurableOutbox outbox,
            OfflineNumberStore numbers,
            Clock clock,
            ZoneId zone,
            ObjectMapper mapper,
            int blockSize) {
        this(client, pointId, kioskId, outbox, numbers, clock, zone, mapper, blockSize, null);
    }

    /**
     * @param emergency the static range to issue from when no reserved block for today is stored (null: none,
     *     the kiosk then cannot issue offline before its first reservation of the day)
     */
    public TicketIssuer(
            LuukkuClient client,
            String pointId,
            String kioskId,
            DurableOutbox outbox,
            OfflineNumberStore numbers,
            Clock clock,
            ZoneId zone,
            ObjectMapper mapper,
            int blockSize,
            EmergencyRange emergency) {
        this.emergency = emergency;
        this.client = client;
        this.pointId = pointId;
        this.kioskId = kioskId;
        this.outbox = outbox;
        this.numbers = numbers;
        this.clock = clock;
        this.zone = zone;
        this.mapper = mapper;
        this.blockSize = blockSize;
    }

    public String kioskId() {
        return kioskId;
    }

    /** The last known state of the link (false after a call found the service unreachable). */
    public boolean online() {
        return online.get();
    }

    public void setOnline(boolean value) {
        online.set(value);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /**
     * Issues a ticket. Throws {@link ApiException} when the service refused the request (a 4xx, not an outage)
     * and {@link NoOfflineNumbersException} when offline with no reserved numbers left.
     */
    public IssuedTicket issue(
            String serviceId,
            String queueId,
            String language,
            List<String> specialNeeds,
            String interpreterLanguage,
            String idempotencyKey) {
        IssueTicketRequest request = new IssueTicketRequest(
                serviceId, language, specialNeeds, interpreterLanguage, null, kioskId, null, null);
        boolean skipOnline = !online.get() && outbox.pendingCount() > 0;
        if (!skipOnline) {
            try {
                IssuedTicket t =
                        IssuedTicket.online(client.issueTicket(pointId, request, idempotencyKey), idempotencyKey);
                online.set(true);
                return t;
            } catch (ApiException e) {
                if (!e.isUnreachable()) {
                    throw e;
                }
                log.warn("service unreachable, issuing ticket offline: {}", e.getMessage());
                online.set(false);
            }
        }
        return issueOffline(request, queueId, idempotencyKey);
    }

    private IssuedTicket issueOffline(IssueTicketRequest request, String queueId, String idempotencyKey) {
        Instant now = clock.instant();
        LocalDate day = today();
        OfflineNumber number = numbers.take(queueId, day)
                .or(() -> takeEmergency(queueId, day))
                .orElseThrow(() -> new NoOfflineNumbersException(queueId));
        IssueTicketRequest offline = new IssueTicketRequest(
                request.serviceId(),
                request.language(),
                request.specialNeeds(),
                request.interpreterLanguage(),
                request.plan(),
                kioskId,
                number.formatted(),
                now);
        outbox.add(KIND_TICKET, idempotencyKey, json(offline));
        log.info("offline ticket {} issued and stored for sync", number.formatted());
        return new IssuedTicket(
                number.formatted(), queueId, request.serviceId(), null, null, null, now, true, idempotencyKey);
    }

    private java.util.Optional<OfflineNumber> takeEmergency(String queueId, LocalDate day) {
        if (emergency == null) {
            return java.util.Optional.empty();
        }
        String prefix =
                prefixes.getOrDefault(queueId, numbers.knownPrefix(queueId).orElse(""));
        java.util.Optional<OfflineNumber> n = numbers.takeEmergency(queueId, day, prefix, emergency);
        n.ifPresent(x -> log.warn(
                "no reserved offline block for {} on {}: issuing {} from the emergency range {}-{}",
                queueId,
                day,
                x.formatted(),
                emergency.first(),
                emergency.last()));
        return n;
    }

    /** Tells the issuer the queues' ticket prefixes (from the catalog), for numbers from the emergency range. */
    public void knowQueuePrefix(String queueId, String prefix) {
        if (queueId != null && prefix != null) {
            prefixes.put(queueId, prefix);
        }
    }

    /**
     * Raises a help alert at the advisor consoles. Tries at once; when the service is away it is kept in the
     * outbox and delivered when the link returns. Returns true when delivered now.
     */
    public boolean requestHelp(String source, String location, String language, String idempotencyKey) {
        HelpRequestCreate body = new HelpRequestCreate(source, location, language);
        try {
            client.requestHelp(pointId, body, idempotencyKey);
            online.set(true);
            return true;
        } catch (ApiException e) {
            if (!e.isUnreachable()) {
                throw e;
            }
            online.set(false);
            outbox.add(KIND_HELP, idempotencyKey, json(body));
            return false;
        }
    }

    /**
     * Fetches a fresh block of offline numbers when none is stored for today or some queue runs low. Call
     * from a background thread while online; failures are logged and retried next time.
     */
    public void refreshOfflineBlock(List<String> queueIds) {
        LocalDate day = today();
        boolean needed = !numbers.hasBlock(day)
                || queueIds.stream().anyMatch(q -> numbers.remaining(q, day) < Math.max(1, blockSize / 5));
        if (!needed) {
            return;
        }
        try {
            numbers.save(client.reserveOfflineBlock(pointId, new OfflineBlockRequest(kioskId, blockSize)));
            online.set(true);
        } catch (ApiException e) {
            if (e.isUnreachable()) {
                online.set(false);
            }
            log.warn("could not reserve offline numbers: {}", e.getMessage());
        }
    }

    /** Delivers one outbox entry; used by the outbox pump. */
    public void deliver(fi.luukku.core.outbox.OutboxItem item) {
        try {
            switch (item.kind()) {
                case KIND_TICKET -> {
                    IssueTicketRequest r = mapper.readValue(item.payload(), IssueTicketRequest.class);
                    TicketDto answer;
                    try {
                        answer = client.issueTicket(pointId, r, item.idempotencyKey());
                    } catch (ApiException e) {
                        if (isRefusal(e)) {
                            rejected(r, item.idempotencyKey(), e);
                        }
                        throw e;
                    }
                    checkQueueNumber(r, answer, item.idempotencyKey());
                }
                case KIND_HELP -> client.requestHelp(
                        pointId, mapper.readValue(item.payload(), HelpRequestCreate.class), item.idempotencyKey());
                default -> throw new ApiException(400, null, "unknown outbox entry kind " + item.kind(), null);
            }
            online.set(true);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, null, "unreadable outbox entry " + item.idempotencyKey(), e);
        } catch (ApiException e) {
            if (e.isUnreachable()) {
                online.set(false);
            }
            throw e;
        }
    }

    /** The source of the help alerts this kiosk raises about syncing its offline tickets. */
    public String syncAlertSource() {
        return "kiosk-sync:" + kioskId;
    }

    /**
     * After an offline ticket synced: when the queue holds it under another number than the one printed, the
     * citizen waits for a number that will never be called. Advisors are told both numbers.
     */
    private void checkQueueNumber(IssueTicketRequest sent, TicketDto answer, String key) {
        String printed = sent.offlineNumber();
        String queued = answer != null ? answer.number() : null;
        if (printed == null || queued == null || printed.equals(queued)) {
            return;
        }
        log.warn(
                "offline ticket printed as {} is in the queue as {} (key {}): alerting the advisors",
                printed,
                queued,
                key);
        String location = "printed " + printed + " / queue " + queued + " (" + kioskId + ")";
        raiseSyncAlert(location, sent.language(), key + ":renumbered");
    }

    /** The answers the outbox pump treats as "this entry is wrong" and sets aside (see OutboxPump). */
    private static boolean isRefusal(ApiException e) {
        int s = e.status();
        return s == 400 || s == 409 || s == 413 || s == 422;
    }

    /** An offline ticket the service refused: remembered for the staff panel and told to advisors once. */
    private void rejected(IssueTicketRequest r, String key, ApiException e) {
        String number = r.offlineNumber() != null ? r.offlineNumber() : "?";
        if (!numbers.recordRejected(key, number, clock.instant(), e.detail())) {
            return;
        }
        log.error("service refused offline ticket {} (key {}): {}; alerting the advisors", number, key, e.detail());
        raiseSyncAlert("rejected " + number + " (" + kioskId + ")", r.language(), key + ":rejected");
    }

    /** Numbers of the offline tickets the service refused (for the staff panel). */
    public List<String> rejectedNumbers() {
        return numbers.rejectedNumbers();
    }

    /** Sends a sync alert now, or keeps it in the outbox when the service just went away. */
    private void raiseSyncAlert(String location, String language, String key) {
        HelpRequestCreate body = new HelpRequestCreate(syncAlertSource(), location, language);
        try {
            client.requestHelp(pointId, body, key);
        } catch (ApiException e) {
            log.warn("sync alert '{}' not delivered now, kept for later: {}", location, e.getMessage());
            if (outbox.find(key).isEmpty()) {
                outbox.add(KIND_HELP, key, json(body));
            }
        }
    }

    private String json(Object o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + o, e);
        }
    }
}
