package fi.luukku.core.kiosk;

import fi.luukku.core.api.TicketDto;
import fi.luukku.core.i18n.WaitWords;
import java.time.Instant;
import java.util.Optional;

/**
 * A ticket the kiosk handed out: from the service, or from the offline block (then {@code offline} is true,
 * people ahead and the estimate are unknown, and it waits in the outbox to be synced).
 *
 * <p>The wait is the service's estimate: {@code estimatedWaitSeconds} the best figure, {@code estimateLowSeconds}–
 * {@code estimateHighSeconds} the likely range, {@code noDeskOpen} while nobody serves the queue yet; {@link
 * #waitWords} says it in plain words.
 */
public record IssuedTicket(
        String number,
        String queueId,
        String serviceId,
        Integer peopleAhead,
        Long estimatedWaitSeconds,
        String trackingCode,
        Instant issuedAt,
        boolean offline,
        String idempotencyKey,
        Long estimateLowSeconds,
        Long estimateHighSeconds,
        boolean noDeskOpen) {

    /** A ticket whose estimate is a single figure (no range known). */
    public IssuedTicket(
            String number,
            String queueId,
            String serviceId,
            Integer peopleAhead,
            Long estimatedWaitSeconds,
            String trackingCode,
            Instant issuedAt,
            boolean offline,
            String idempotencyKey) {
        this(
                number,
                queueId,
                serviceId,
                peopleAhead,
                estimatedWaitSeconds,
                trackingCode,
                issuedAt,
                offline,
                idempotencyKey,
                estimatedWaitSeconds,
                estimatedWaitSeconds,
                false);
    }

    public static IssuedTicket online(TicketDto t, String idempotencyKey) {
        return new IssuedTicket(
                t.number(),
                t.queueId(),
                t.serviceId(),
                t.peopleAhead(),
                t.estimatedWaitSeconds(),
                t.trackingCode(),
                t.issuedAt(),
                false,
                idempotencyKey,
                t.estimateLowSeconds(),
                t.estimateHighSeconds(),
                t.noDeskOpen());
    }

    /** The estimated wait in plain words ("about 10–20 min") in a citizen language; empty when it is unknown. */
    public Optional<String> waitWords(String languageCode) {
        if (offline || estimatedWaitSeconds == null) {
            return Optional.empty();
        }
        long s = estimatedWaitSeconds;
        return Optional.of(WaitWords.of(
                s,
                estimateLowSeconds != null ? estimateLowSeconds : s,
                estimateHighSeconds != null ? estimateHighSeconds : s,
                noDeskOpen,
                languageCode));
    }
}
