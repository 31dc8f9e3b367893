package fi.luukku.kiosk.feedback;

import fi.luukku.core.api.FeedbackRequest;

/**
 * What the outbox keeps for one answer: the request as it will be sent, plus what the button box filtered out
 * of the press that gave it (kept locally: {@link FeedbackRequest} has no field for it yet).
 */
public record StoredFeedback(FeedbackRequest request, Integer droppedPresses, Integer bounces) {
    public static StoredFeedback of(FeedbackRequest request) {
        return new StoredFeedback(request, null, null);
    }
}
