package fi.luukku.kiosk.feedback;

/** The screens of the feedback flow, in order. */
public enum FeedbackStep {
    START,
    RATING,
    /** "Did you feel safe here?" (optional, issue 12): after the overall rating, before the matter. */
    SAFETY,
    OUTCOME,
    ALONE,
    COMMENT,
    THANKS;

    public boolean isQuestion() {
        return this != START && this != THANKS;
    }
}
