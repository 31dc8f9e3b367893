package fi.luukku.core.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.api.DeskDto;
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

/**
 * Test data shaped like the service's, once for every module: the mikkeli point, two queues, three desks, tickets
 * (with a special need and a private note, which no public screen may show), snapshots and events. Modules reach
 * it through the shared-core test-jar; a module's own fixture class may extend it to add its own values.
 */
public class PointFixtures {
    public static final ObjectMapper MAPPER = JsonMapper.create();
    public static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    protected PointFixtures() {}

    public static PointDto point() {
        return new PointDto(
                "mikkeli",
                LocalizedText.of("Mikkelin asiointipiste", "Servicepunkten i S:t Michel", "Mikkeli service point"),
                "Mikkeli",
                "Maaherrankatu 9",
                List.of("fi", "sv", "en"),
                List.of("kela", "police"),
                "Europe/Helsinki");
    }

    public static QueueDto queue(String id, String prefix, int waiting, long waitSeconds) {
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

    public static List<DeskDto> desks() {
        return List.of(
                new DeskDto(
                        "d1",
                        "mikkeli",
                        LocalizedText.of("Palvelupiste 1", "Lucka 1", "Desk 1"),
                        "COUNTER",
                        List.of("q-k")),
                new DeskDto(
                        "d2",
                        "mikkeli",
                        LocalizedText.of("Palvelupiste 2", "Lucka 2", "Desk 2"),
                        "COUNTER",
                        List.of("q-k")),
                new DeskDto(
                        "d3",
                        "mikkeli",
                        LocalizedText.of("Etäpalveluhuone", "Distansrum", "Remote-service room"),
                        "REMOTE",
                        List.of("q-p")));
    }

    public static TicketDto ticket(String id, String number, TicketStatus status, String desk, Instant calledAt) {
        return ticket(id, number, status, desk, calledAt, 0, null);
    }

    public static TicketDto ticket(
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
                "s-kela",
                status,
                desk,
                "fi",
                List.of("HEARING"),
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
                "secret note about Matti Meikäläinen");
    }

    public static SnapshotDto snapshot(long lastEventId, List<TicketDto> recentCalls, List<TicketDto> open) {
        return new SnapshotDto(
                lastEventId,
                point(),
                List.of(queue("q-k", "K", 3, 900), queue("q-p", "P", 0, 0)),
                open,
                recentCalls,
                List.of(),
                List.of());
    }

    public static SnapshotDto emptySnapshot(long lastEventId) {
        return snapshot(lastEventId, List.of(), List.of());
    }

    public static InfoMessageDto info(String id, String fi, int order) {
        return new InfoMessageDto(id, LocalizedText.of(fi, fi + " (sv)", fi + " (en)"), order);
    }

    public static HelpRequestDto help(String id, Instant acknowledgedAt) {
        return new HelpRequestDto(id, "mikkeli", "kiosk", "lobby", "fi", T0, null, acknowledgedAt);
    }

    public static LuukkuEvent event(long id, String type, Object data) {
        try {
            return new LuukkuEvent(id, type, MAPPER.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static LuukkuEvent called(long id, String ticketId, String number, String desk, Instant at) {
        return event(id, "ticket.called", ticket(ticketId, number, TicketStatus.CALLED, desk, at));
    }
}
