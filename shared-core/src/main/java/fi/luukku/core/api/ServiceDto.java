package fi.luukku.core.api;

/** Something a customer can queue for; belongs to an authority and feeds one queue. */
public record ServiceDto(
        String id, String authorityId, String queueId, LocalizedText name, LocalizedText description) {}
