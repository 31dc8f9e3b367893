package fi.luukku.core.api;

import java.time.Instant;

/** A recorded referral; the slip text is ready to print in the customer's language. */
public record ReferralDto(
        String id, String ticketId, String kind, String target, String slipText, String qrUrl, Instant createdAt) {}
