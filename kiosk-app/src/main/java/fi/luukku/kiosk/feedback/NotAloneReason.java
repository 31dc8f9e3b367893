package fi.luukku.kiosk.feedback;

/** Why a customer could not do the matter alone next time: the follow-up to "no" (seed 001, MITTARIT). */
public enum NotAloneReason {
    DIFFICULT,
    NO_IDENTIFICATION,
    NO_DEVICE,
    LANGUAGE,
    PREFER_PERSON
}
