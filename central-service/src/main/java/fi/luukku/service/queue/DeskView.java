package fi.luukku.service.queue;

import java.util.List;

/**
 * A desk as the call rule sees it: the queues it serves and their levels (1 = served first).
 *
 * @param id the desk id
 * @param queues the queues the desk serves, each with its level
 */
public record DeskView(String id, List<Level> queues) {
    public DeskView {
        queues = List.copyOf(queues);
    }

    /** One queue a desk serves at a level; a lower number is served first. */
    public record Level(String queueId, int priority) {}
}
