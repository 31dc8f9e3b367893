package fi.luukku.core.api;

/** Sends a customer onward; which fields matter depends on {@code kind} (see ReferralKind). */
public record ReferralRequest(
        String kind,
        String queueId,
        boolean toFront,
        String deskId,
        String authorityId,
        String providerId,
        String instructions,
        String language) {}
