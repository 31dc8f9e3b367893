package fi.luukku.advisor.referral;

import fi.luukku.core.api.LocalizedText;

/**
 * Somewhere a customer can be sent: a queue, a remote-service room, an authority, a support provider. {@code name}
 * is in the advisor's language; {@code title}, when known, gives it in the customer's for the slip.
 */
public record ReferralTarget(String id, String name, String detail, String url, LocalizedText title) {
    public String nameIn(String language) {
        return title == null ? name : title.in(language);
    }

    @Override
    public String toString() {
        return name;
    }
}
