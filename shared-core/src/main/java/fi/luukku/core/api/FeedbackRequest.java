package fi.luukku.core.api;

import java.time.Instant;

/**
 * One anonymous feedback answer; every field but language may be skipped.
 *
 * @param perceivedSafety the customer's own 1..5 answer to "did you feel safe here" (issue 12); optional
 */
public record FeedbackRequest(
        Integer rating,
        String outcome,
        Boolean couldDoAlone,
        String notAloneReason,
        String comment,
        String language,
        String trackingCode,
        String source,
        Instant answeredAt,
        Integer perceivedSafety) {

    /** An answer without the perceived-safety question (terminals before issue 12). */
    public FeedbackRequest(
            Integer rating,
            String outcome,
            Boolean couldDoAlone,
            String notAloneReason,
            String comment,
            String language,
            String trackingCode,
            String source,
            Instant answeredAt) {
        this(rating, outcome, couldDoAlone, notAloneReason, comment, language, trackingCode, source, answeredAt, null);
    }
}
