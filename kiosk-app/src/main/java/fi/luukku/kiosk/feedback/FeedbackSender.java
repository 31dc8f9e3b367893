package fi.luukku.kiosk.feedback;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.api.ApiException;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.outbox.OutboxItem;
import fi.luukku.core.outbox.OutboxPump;
import java.io.IOException;

/**
 * Delivers one stored answer with its idempotency key. Only a genuinely invalid answer ({@code 400}, {@code 422})
 * may be set aside as rejected: a wrong token, a device not yet allowed at this point or an endpoint that is not
 * deployed yet ({@code 401}, {@code 403}, {@code 404}, {@code 405}) are configuration problems that staff fix, so
 * they are reported to the pump as "try again later" instead (the pump would otherwise park the answer for
 * good).
 */
public class FeedbackSender implements OutboxPump.Sender {
    private final LuukkuClient client;
    private final String pointId;
    private final ObjectMapper mapper;

    public FeedbackSender(LuukkuClient client, String pointId, ObjectMapper mapper) {
        this.client = client;
        this.pointId = pointId;
        this.mapper = mapper;
    }

    @Override
    public void send(OutboxItem item) {
        StoredFeedback stored;
        try {
            stored = mapper.readValue(item.payload(), StoredFeedback.class);
        } catch (IOException e) {
            throw new ApiException(400, null, "unreadable outbox entry: " + e.getMessage(), e);
        }
        try {
            client.sendFeedback(pointId, stored.request(), item.idempotencyKey());
        } catch (ApiException e) {
            int s = e.status();
            if (s == 401 || s == 403 || s == 404 || s == 405) {
                throw new ApiException(503, e.problem(), "will retry (HTTP " + s + "): " + e.getMessage(), e);
            }
            throw e;
        } catch (RuntimeException e) {
            // anything else from the HTTP stack is "could not deliver now", never a reason to stop the pump
            throw ApiException.unreachable(e);
        }
    }
}
