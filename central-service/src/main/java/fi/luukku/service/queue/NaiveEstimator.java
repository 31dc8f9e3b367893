package fi.luukku.service.queue;

import fi.luukku.core.domain.TicketStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The service's first rule, kept for comparison: people ahead in the same queue × the mean of the queue's recent
 * service times ÷ the staffed desks that serve the queue (each shared desk counted fully for every queue).
 */
public final class NaiveEstimator implements WaitEstimator {
    private final ToDoubleFunction<String> meanMillisOfQueue;

    /** @param meanMillisOfQueue the mean of a queue's last 20 service times (start to finish) */
    public NaiveEstimator(ToDoubleFunction<String> meanMillisOfQueue) {
        this.meanMillisOfQueue = meanMillisOfQueue;
    }

    @Override
    public String name() {
        return "naive";
    }

    @Override
    public Map<String, WaitEstimate> estimate(QueueState s) {
        Map<String, WaitEstimate> out = new HashMap<>();
        for (QueueState.Waiting w : s.waiting()) {
            Candidate t = w.ticket();
            if (t.status() != TicketStatus.WAITING) {
                continue;
            }
            int ahead = 0;
            for (QueueState.Waiting o : s.waiting()) {
                Candidate c = o.ticket();
                if (c.status() == TicketStatus.WAITING && c.queueId().equals(t.queueId()) && c.sortAt() < t.sortAt()) {
                    ahead++;
                }
            }
            long desks = s.desks().stream()
                    .filter(d -> d.serves(t.queueId()) && d.staffedAt(s.now()))
                    .count();
            long est = ahead == 0
                    ? 0
                    : Math.round(ahead * meanMillisOfQueue.applyAsDouble(t.queueId()) / Math.max(1, desks) / 1000.0);
            out.put(t.id(), WaitEstimate.exact(est));
        }
        return out;
    }
}
