package fi.luukku.core.domain;

/** Where an advisor sends a customer onward. */
public enum ReferralKind {
    /** Into another queue at this point; the customer keeps the number. */
    QUEUE,
    /** To a remote-service room (video link to an authority). */
    REMOTE_ROOM,
    /** To a booked appointment with another authority. */
    BOOKING,
    /** To an external digital-support provider from the regional directory. */
    EXTERNAL_PROVIDER
}
