package fi.luukku.core.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.api.HelpRequestDto;
import fi.luukku.core.api.InfoMessageDto;
import fi.luukku.core.api.LocalizedText;
import fi.luukku.core.api.PointDto;
import fi.luukku.core.api.QueueDto;
import fi.luukku.core.api.SnapshotDto;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.domain.TicketStatus;
import fi.luukku.core.events.LuukkuEvent;
import fi.luukku.core.json.JsonMapper;
import java.time.Instant;
import java.util.List;

/** Values shaped like the service's for the reducer tests: one point, two queues. */
final class LiveFixtures {
    static final ObjectMapper MAPPER = JsonMapper.create();
    static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    private LiveFixtures() {}

    static PointDto point() {
        return new PointDto(
                "mikkeli",
                LocalizedText.of("Mikkelin asiointipiste", "Servicepunkten i S:t Michel", "Mikkeli service point"),
                "Mikkeli",
                "Maaherrankatu 9",
                List.of("fi", "sv", "en"),
                List.of("kela"),
                "Europe/Helsinki");
    }

    static QueueDto queue(String id, String prefix, int waiting, long waitSeconds) {
        return new QueueDto(
                id,
                "mikkeli",
                prefix,
                LocalizedText.of("Jono " + prefix, "Kö " + prefix, "Queue " + prefix),
                "kela",
                waiting,
                waitSeconds,
                0,
                0,
                1);
    }

    static TicketDto ticket(String id, String number, TicketStatus status, String desk, Instant calledAt) {
        return ticket(id, number, status, desk, calledAt, 0, null);
    }

    static TicketDto ticket(
            String id,
            String number,
            TicketStatus status,
            String desk,
            Instant calledAt,
            int recalls,
            String appointmentId) {
        return new TicketDto(
                id,
                number,
                "mikkeli",
                "q-k",
                null,
                status,
                desk,
                "fi",
                List.of(),
                null,
                T0.minusSeconds(600),
                calledAt,
                null,
                null,
                recalls,
                0,
                0,
                "trk-" + id,
                appointmentId,
                false,
                List.of(),
                null,
                null);
    }

    static SnapshotDto snapshot(long lastEventId, List<TicketDto> recentCalls, List<TicketDto> open) {
        return new SnapshotDto(
                lastEventId,
                point(),
                List.of(queue("q-k", "K", 3, 900), queue("q-p", "P", 0, 0)),
                open,
                recentCalls,
                List.of(),
                List.of());
    }

    static InfoMessageDto info(String id, String fi, int order) {
        return new InfoMessageDto(id, LocalizedText.of(fi, fi, fi), order);
    }

    static HelpRequestDto help(String id, Instant acknowledgedAt) {
        return new HelpRequestDto(id, "mikkeli", "kiosk", "lobby", "fi", T0, null, acknowledgedAt);
    }

    static LuukkuEvent event(long id, String type, Object data) {
        try {
            return new LuukkuEvent(id, type, MAPPER.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
