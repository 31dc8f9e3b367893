package fi.luukku.kiosk.feedback;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.api.ApiException;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.outbox.OutboxItem;
import fi.luukku.core.outbox.OutboxPump;
import java.io.IOException;

/**
 * Delivers one stored answer with its idempotency key. The pump sets an answer aside only when the service calls
 * the entry itself invalid ({@code 400/409/413/422}); a wrong token, a device not yet allowed at this point or a
 * missing endpoint ({@code 401/403/404/405}) are configuration problems, and the answer waits until staff fix them.
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
            throw e;
        } catch (RuntimeException e) {
            // anything else from the HTTP stack is "could not deliver now", never a reason to stop the pump
            throw ApiException.unreachable(e);
        }
    }
}
