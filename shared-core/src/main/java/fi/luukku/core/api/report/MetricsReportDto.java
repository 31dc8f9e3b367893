package fi.luukku.core.api.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The operating model's metrics (seed 001, "MITTARIT") for one scope and period. Anonymous: no notes, no triage
 * text, no comment text, no person. Times are whole seconds; shares are 0..1; means are rounded to 2 decimals.
 *
 * @param scope the scope parameter it was drawn for
 * @param lang the language names were given in
 * @param totals the whole scope
 * @param points the same figures per point of the scope
 * @param regions per region (national scope only; empty otherwise)
 * @param authorities per authority (tickets by their queue's authority, feedback by its authority)
 * @param days the same figures per day (trend)
 */
public record MetricsReportDto(
        String scope,
        String scopeName,
        LocalDate from,
        LocalDate to,
        String lang,
        Figures totals,
        List<Breakdown> points,
        List<Breakdown> regions,
        List<Breakdown> authorities,
        List<DayFigures> days,
        List<HourWeekdayCell> waitByHourWeekday,
        List<Availability> availability,
        Safety safety,
        Support support,
        List<ServiceEventRow> serviceEvents) {

    /** The core figures, the same for the whole scope, a point, a region or an authority. */
    public record Figures(
            Satisfaction satisfaction,
            Visits visits,
            Rating rightService,
            List<OutcomeRow> outcomes,
            Confidence confidence,
            Rating perceivedSafety) {}

    /** Figures of one part of the scope (a point, a region, an authority). */
    public record Breakdown(String id, String name, String region, Figures figures) {}

    /** One day of the trend. */
    public record DayFigures(LocalDate day, Visits visits, Satisfaction satisfaction) {}

    /**
     * Satisfaction 1..5 from the feedback terminal. A comment counts as positive with a rating 4..5 and as negative
     * with 1..2 (3 or no rating: neutral).
     *
     * @param distribution count per rating "1".."5"
     * @param positiveRatio positive / (positive + negative); null when there are neither
     */
    public record Satisfaction(
            int answers,
            Double mean,
            Map<String, Integer> distribution,
            int comments,
            int positiveComments,
            int negativeComments,
            Double positiveRatio) {}

    /**
     * The smooth visit: tickets and their waits. Wait = called - issued of every called ticket; service = finished -
     * started of finished ones. Median and 90th percentile by nearest rank.
     *
     * @param shareWithinTarget share of called tickets whose wait was at most their point's target; null if none
     */
    public record Visits(
            int issued,
            int served,
            int noShows,
            int cancelled,
            int called,
            Long meanWaitSeconds,
            Long medianWaitSeconds,
            Long p90WaitSeconds,
            Double shareWithinTarget,
            Long meanServiceSeconds) {}

    /** A 1..5 rating (the advisor's right-service assessment, the customer's perceived safety). */
    public record Rating(int answers, Double mean, Map<String, Integer> distribution) {}

    /** Matter progressed: the advisor's outcome and the customer's own answer side by side. */
    public record OutcomeRow(String outcome, int advisor, int customer) {}

    /**
     * Could the customer do it alone next time.
     *
     * @param reasons count per follow-up reason of the "no" answers
     */
    public record Confidence(int yes, int no, Double yesShare, Map<String, Integer> reasons) {}

    /** Waiting by weekday (1 = Monday) and hour of issue. */
    public record HourWeekdayCell(int weekday, int hour, int tickets, Long meanWaitSeconds) {}

    /**
     * Availability of an authority's services at a point: the opening hours in the period and, for bookable services,
     * how often a free time was on offer (ADR 0028).
     *
     * @param authorityId null for the point's own row
     * @param bookableDayShare of the observed days of the row's bookable services (all the point's on its own row),
     *     the share with a free time within each service's horizon; null when nothing was observed
     * @param bookable the bookable services with observations in the period, one by one
     */
    public record Availability(
            String pointId,
            String authorityId,
            String name,
            int openDays,
            double openHours,
            Double bookableDayShare,
            List<BookableService> bookable) {

        /** Opening hours only (no bookable service observed). */
        public Availability(
                String pointId,
                String authorityId,
                String name,
                int openDays,
                double openHours,
                Double bookableDayShare) {
            this(pointId, authorityId, name, openDays, openHours, bookableDayShare, List.of());
        }
    }

    /**
     * One bookable service: on how many days of the period its free times were observed, and on how many of them a
     * free time was offered within {@code horizonDays} of the day.
     *
     * @param share daysWithFreeTime / observedDays
     */
    public record BookableService(
            String serviceId, String name, int horizonDays, int observedDays, int daysWithFreeTime, Double share) {}

    /**
     * Incidents by kind, how many resolved, and the perceived safety question of the feedback terminal.
     */
    public record Safety(int incidents, int resolved, List<IncidentKind> byKind, Rating perceived) {}

    /** One incident category. */
    public record IncidentKind(String category, int count, int resolved, Double meanSeverity) {}

    /**
     * Support levels (AUTA 1..4), life events, referrals and service chains of the served tickets.
     *
     * @param supportLevels count per level "1".."4"
     * @param lifeEvents count per life event id
     * @param referrals per kind and target
     * @param chains count per service chain (the plan of queues, joined with " > ") of tickets with more than one step
     */
    public record Support(
            Map<String, Integer> supportLevels,
            Map<String, Integer> lifeEvents,
            List<ReferralRow> referrals,
            Map<String, Integer> chains) {}

    /** Referrals of one kind to one target. */
    public record ReferralRow(String kind, String target, int count) {}

    /** Service events of one type by one authority with their nominal minutes (the basis of billing). */
    public record ServiceEventRow(
            String authorityId, String typeId, String typeName, int count, int nominalMinutes, long totalMinutes) {}
}
