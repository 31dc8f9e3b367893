package fi.luukku.advisor.referral;

import fi.luukku.core.domain.ReferralKind;
import java.time.Instant;

/**
 * What a printed referral slip says, in the customer's language: where to go, written instructions, and a QR
 * (the provider's page or the ticket's tracking page).
 */
public record ReferralSlip(
        String language,
        String pointName,
        String ticketNumber,
        ReferralKind kind,
        String targetName,
        String targetDetail,
        String instructions,
        String serviceText,
        String qrContent,
        Instant createdAt) {}
