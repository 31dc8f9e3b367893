package fi.luukku.core.api;

import java.util.List;

/** A month's billing of one point: per authority the base fee plus its service events at unit prices. */
public record BillingReportDto(String pointId, String month, List<AuthorityLine> authorities, long totalCents) {

    /** One authority's bill. */
    public record AuthorityLine(
            String authorityId,
            String authorityName,
            long baseFeeCents,
            List<EventLine> events,
            int eventCount,
            long eventsCents,
            long totalCents) {}

    /** Events of one type. */
    public record EventLine(String typeId, int count, long unitPriceCents, long totalCents) {}
}
