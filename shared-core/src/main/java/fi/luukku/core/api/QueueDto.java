package fi.luukku.core.api;

/**
 * A queue and its live state. The estimate is the wait of a ticket taken now: {@code estimatedWaitSeconds} the best
 * figure, {@code estimateLowSeconds}–{@code estimateHighSeconds} the likely range, {@code noDeskOpen} when nobody
 * serves the queue now.
 */
public record QueueDto(
        String id,
        String pointId,
        String prefix,
        LocalizedText name,
        String authorityId,
        int waiting,
        long estimatedWaitSeconds,
        long longestWaitSeconds,
        int appointmentsDue,
        int openDesks,
        long estimateLowSeconds,
        long estimateHighSeconds,
        boolean noDeskOpen) {

    /** A queue without a range: the range is the single estimate. */
    public QueueDto(
            String id,
            String pointId,
            String prefix,
            LocalizedText name,
            String authorityId,
            int waiting,
            long estimatedWaitSeconds,
            long longestWaitSeconds,
            int appointmentsDue,
            int openDesks) {
        this(
                id,
                pointId,
                prefix,
                name,
                authorityId,
                waiting,
                estimatedWaitSeconds,
                longestWaitSeconds,
                appointmentsDue,
                openDesks,
                estimatedWaitSeconds,
                estimatedWaitSeconds,
                false);
    }
}
