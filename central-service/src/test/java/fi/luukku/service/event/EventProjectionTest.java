package fi.luukku.service.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.core.events.EventTypes;
import fi.luukku.service.support.Api;
import fi.luukku.service.support.SseReader;
import fi.luukku.service.testing.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Least data to devices: every event type the service wrote is read back through every credential kind (display,
 * kiosk, staff of the point) and compared with what the same credential reads through REST.
 */
class EventProjectionTest {
    private static final Duration QUIET = Duration.ofSeconds(2);
    private static final String SECRET_INCIDENT = "a visitor shouted at desk 2";
    private static final Set<String> DEVICE_NEVER =
            Set.of("interpreterLanguage", "trackingCode", "triage", "notes", "bookingCode");

    @Test
    void everyCredentialKindGetsItsOwnProjectionOfEveryEventType() throws Exception {
        // a short heartbeat lets the service notice at once that a test reader went away
        try (TestServer server = TestServer.start(Map.of("sse.heartbeatSeconds", "1"))) {
            Api api = new Api(server.baseUrl());
            String advisor = api.login("advisor1", "mikkeli-1");
            String supervisor = api.login("supervisor");
            // one of each: issued (with special needs), called, triage, help, incident, info, queue updates
            String ticket = api.post(
                            "/api/v1/points/mikkeli/tickets",
                            "demo-kiosk-mikkeli",
                            Map.of(
                                    "serviceId",
                                    "mikkeli-kela-etuudet",
                                    "language",
                                    "sv",
                                    "specialNeeds",
                                    List.of("READING")))
                    .json()
                    .get("id")
                    .asText();
            assertThat(api.post("/api/v1/points/mikkeli/desks/mikkeli-1/call-next", advisor, null)
                            .status())
                    .isEqualTo(200);
            assertThat(api.put(
                                    "/api/v1/tickets/" + ticket + "/triage",
                                    advisor,
                                    Map.of("supportLevel", 2, "notes", "private note"))
                            .status())
                    .isEqualTo(200);
            String help = api.post("/api/v1/points/mikkeli/help", "demo-kiosk-mikkeli", Map.of("location", "door"))
                    .json()
                    .get("id")
                    .asText();
            api.post("/api/v1/help/" + help + "/acknowledge", advisor, Map.of());
            api.post(
                    "/api/v1/points/mikkeli/incidents",
                    advisor,
                    Map.of("category", "THREAT", "severity", 2, "description", SECRET_INCIDENT));
            api.put(
                    "/api/v1/points/mikkeli/info-messages",
                    supervisor,
                    Map.of("messages", List.of(Map.of("text", Map.of("fi", "Auki", "sv", "Öppet", "en", "Open")))));

            Map<String, List<SseReader.Frame>> seen = new LinkedHashMap<>();
            for (String who : List.of("demo-display-mikkeli", "demo-kiosk-mikkeli", advisor, supervisor)) {
                seen.put(who, readBacklog(server, who));
            }
            List<SseReader.Frame> staff = seen.get(advisor);
            Set<String> types = new java.util.TreeSet<>();
            staff.forEach(f -> types.add(f.type()));
            assertThat(types)
                    .contains(
                            EventTypes.TICKET_ISSUED,
                            EventTypes.TICKET_CALLED,
                            EventTypes.TICKET_UPDATED,
                            EventTypes.QUEUE_UPDATED,
                            EventTypes.HELP_REQUESTED,
                            EventTypes.HELP_ACKNOWLEDGED,
                            EventTypes.INCIDENT_RECORDED,
                            EventTypes.INFO_UPDATED);
            assertThat(seen.get(supervisor))
                    .as("every staff role gets the same")
                    .isEqualTo(staff);
            assertThat(staff.toString()).contains(SECRET_INCIDENT).contains("READING");

            for (String type : types) {
                List<SseReader.Frame> display = ofType(seen.get("demo-display-mikkeli"), type);
                List<SseReader.Frame> kiosk = ofType(seen.get("demo-kiosk-mikkeli"), type);
                boolean forAll = Set.of(EventTypes.QUEUE_UPDATED, EventTypes.INFO_UPDATED)
                        .contains(type);
                if (forAll) {
                    assertThat(display).as(type).isEqualTo(ofType(staff, type));
                    assertThat(kiosk).as(type).isEqualTo(ofType(staff, type));
                } else if (type.startsWith("ticket.")) {
                    assertThat(kiosk).as("kiosk gets no " + type).isEmpty();
                    assertThat(display).as(type).hasSameSizeAs(ofType(staff, type));
                    for (SseReader.Frame f : display) {
                        JsonNode t = Api.MAPPER.readTree(f.data());
                        DEVICE_NEVER.forEach(field -> assertThat(
                                        t.path(field).isNull() || t.path(field).isMissingNode())
                                .as(type + " " + field)
                                .isTrue());
                        assertThat(t.get("specialNeeds")).as(type).isEmpty();
                    }
                } else {
                    assertThat(display).as("display gets no " + type).isEmpty();
                    assertThat(kiosk).as("kiosk gets no " + type).isEmpty();
                }
            }

            // the last ticket event each credential got is what REST tells the same credential of the ticket
            for (String who : List.of("demo-display-mikkeli", advisor)) {
                JsonNode last = null;
                for (SseReader.Frame f : seen.get(who)) {
                    if (f.type().startsWith("ticket.")) {
                        last = Api.MAPPER.readTree(f.data());
                    }
                }
                Api.Resp rest = api.get("/api/v1/tickets/" + ticket, who);
                assertThat(rest.status()).as(who).isEqualTo(200);
                assertThat(comparable(last)).as(who).isEqualTo(comparable(rest.json()));
            }
        }
    }

    /** A ticket without the fields that are computed at the moment of reading (place in line, estimate). */
    private static Map<String, JsonNode> comparable(JsonNode ticket) {
        Map<String, JsonNode> m = new HashMap<>();
        ((ObjectNode) ticket).fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue()));
        m.remove("peopleAhead");
        m.remove("estimatedWaitSeconds");
        m.remove("triage"); // staff: the event carries no triage (kept for REST), a device gets none anywhere
        m.remove("notes");
        return m;
    }

    private static List<SseReader.Frame> ofType(List<SseReader.Frame> frames, String type) {
        return frames.stream().filter(f -> f.type().equals(type)).toList();
    }

    private static List<SseReader.Frame> readBacklog(TestServer server, String token) throws Exception {
        List<SseReader.Frame> out = new ArrayList<>();
        try (SseReader r = new SseReader(server.baseUrl() + "/api/v1/points/mikkeli/events", token, null)) {
            assertThat(r.status).isEqualTo(200);
            SseReader.Frame f;
            while ((f = r.nextEvent(QUIET)) != null) {
                out.add(f);
            }
        }
        return out;
    }
}
