package fi.luukku.core.api;

import java.time.Instant;

/**
 * A stored feedback answer; linked to a visit's queue, authority and desk only, never to a person.
 * {@code perceivedSafety} is the optional 1..5 answer to the safety question.
 */
public record FeedbackDto(
        String id,
        String pointId,
        Integer rating,
        String outcome,
        Boolean couldDoAlone,
        String notAloneReason,
        String comment,
        String language,
        String source,
        String queueId,
        String authorityId,
        String deskId,
        Instant answeredAt,
        Integer perceivedSafety) {}
