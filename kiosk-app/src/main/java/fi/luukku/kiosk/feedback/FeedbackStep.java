package fi.luukku.kiosk.feedback;

/** The screens of the feedback flow, in order. */
public enum FeedbackStep {
    START,
    RATING,
    OUTCOME,
    ALONE,
    COMMENT,
    THANKS;

    public boolean isQuestion() {
        return this != START && this != THANKS;
    }
}
