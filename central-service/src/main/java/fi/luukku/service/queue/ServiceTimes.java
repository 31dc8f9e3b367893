package fi.luukku.service.queue;

import java.util.random.RandomGenerator;

/** How long a desk is taken by one customer (from the call until the desk is free), per service and time of day. */
public interface ServiceTimes {
    /** The mean in millis for the service at that time of day. */
    double meanMillis(String serviceKey, long at);

    /** A random service time in millis. */
    long sample(String serviceKey, long at, RandomGenerator random);

    /** A random remaining time in millis of a service that has already lasted {@code elapsed}. */
    long sampleRemaining(String serviceKey, long at, long elapsed, RandomGenerator random);
}
