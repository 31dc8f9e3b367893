package fi.luukku.service.queue;

/** Learned walk-in arrival rates per queue and time. */
public interface ArrivalRates {
    /** Expected walk-in arrivals per hour into the queue at that moment. */
    double perHour(String queueId, long at);

    /** The share of walk-ins in the queue who are priority customers. */
    double priorityShare(String queueId);
}
