package fi.luukku.core.api.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Billing as the pilot did it (seed 003): per point a base fee and a training compensation for the period, plus
 * per authority each event type's count times its unit price in force on the event's day. Euros with cents.
 */
public record BillingReport(
        String scope,
        String scopeName,
        LocalDate from,
        LocalDate to,
        String lang,
        List<PointBill> points,
        List<AuthorityTotal> authorities,
        BigDecimal baseFeeTotal,
        BigDecimal trainingTotal,
        BigDecimal eventsTotal,
        BigDecimal total) {

    /** One point's bill: base part, training compensation and per-event compensation per authority. */
    public record PointBill(
            String pointId,
            String pointName,
            String region,
            BigDecimal baseFee,
            BigDecimal training,
            List<AuthorityBill> authorities,
            BigDecimal eventsTotal,
            BigDecimal total) {}

    /** One authority's events at one point. */
    public record AuthorityBill(
            String authorityId, String authorityName, List<EventLine> events, int eventCount, BigDecimal total) {}

    /**
     * Events of one type at one unit price (a price change within the period gives two lines).
     *
     * @param unitPrice the price in force on the events' days; 0.00 when none was configured (counted, not charged)
     */
    public record EventLine(String typeId, String typeName, BigDecimal unitPrice, int count, BigDecimal total) {}

    /** One authority over all points of the scope. */
    public record AuthorityTotal(String authorityId, String authorityName, int eventCount, BigDecimal total) {}
}
