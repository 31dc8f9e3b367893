package fi.luukku.advisor.referral;

/** Somewhere a customer can be sent: a queue, a remote-service room, an authority, a support provider. */
public record ReferralTarget(String id, String name, String detail, String url) {
    @Override
    public String toString() {
        return name;
    }
}
