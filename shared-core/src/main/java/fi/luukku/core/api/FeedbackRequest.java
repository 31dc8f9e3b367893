package fi.luukku.core.api;

import java.time.Instant;

/** One anonymous feedback answer; every field but language may be skipped. */
public record FeedbackRequest(
        Integer rating,
        String outcome,
        Boolean couldDoAlone,
        String notAloneReason,
        String comment,
        String language,
        String trackingCode,
        String source,
        Instant answeredAt) {}
