package fi.luukku.service.queue;

import java.util.Map;

/** Estimates the remaining wait of every waiting ticket in a state; implementations are compared by the simulator. */
public interface WaitEstimator {
    /** A short name for reports, e.g. {@code naive} or {@code look-ahead}. */
    String name();

    /** Estimates keyed by ticket id, for every waiting ticket of the state. */
    Map<String, WaitEstimate> estimate(QueueState state);
}
