package fi.luukku.advisor.drafts;

import java.time.Instant;

/** One service event ticked during a visit; {@code key} makes sending it idempotent. */
public record RecordedEvent(String key, String typeId, String authorityId, Instant recordedAt, boolean sent) {
    public RecordedEvent asSent() {
        return new RecordedEvent(key, typeId, authorityId, recordedAt, true);
    }
}
