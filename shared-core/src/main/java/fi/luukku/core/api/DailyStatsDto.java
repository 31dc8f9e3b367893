package fi.luukku.core.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One day of a point in figures, for the advisor console and the supervisor. */
public record DailyStatsDto(
        String pointId,
        LocalDate day,
        int issued,
        int finished,
        int noShows,
        int cancelled,
        int open,
        long averageWaitSeconds,
        long maxWaitSeconds,
        long averageServiceSeconds,
        List<QueueStats> queues,
        Map<String, Integer> serviceEvents,
        Map<String, Integer> outcomes,
        Double averageRating,
        int feedbackCount,
        Double averageAssessment,
        int helpRequests,
        int incidents) {

    /** The same figures for one queue. */
    public record QueueStats(String queueId, int issued, int finished, long averageWaitSeconds) {}
}
