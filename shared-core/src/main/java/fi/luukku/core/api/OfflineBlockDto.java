package fi.luukku.core.api;

import java.time.LocalDate;
import java.util.List;

/** Ticket numbers reserved for one kiosk for one day, to issue while the service cannot be reached. */
public record OfflineBlockDto(String kioskId, LocalDate day, List<Range> ranges) {

    /** Numbers {@code first..last} of one queue (prefix). */
    public record Range(String queueId, String prefix, int first, int last) {}
}
