package fi.luukku.core.api;

import java.util.List;

/** What the advisor learned about the visit. {@code notes} travel to the next desk and are purged daily. */
public record TriageDto(
        String authorityId,
        String topic,
        String lifeEventId,
        Integer supportLevel,
        List<String> specialNeeds,
        String channel,
        String notes) {}
