package fi.luukku.core.api;

/** A queue and its live state. */
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
        int openDesks) {}
