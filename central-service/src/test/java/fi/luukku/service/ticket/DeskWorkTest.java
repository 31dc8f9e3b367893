package fi.luukku.service.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.luukku.core.testing.MutableClock;
import fi.luukku.service.support.Api;
import fi.luukku.service.testing.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Triage, referrals, help, incidents, feedback, appointments, offline numbers and reports (the phone page: TrackingPageTest). */
class DeskWorkTest {
    static MutableClock clock = new MutableClock();
    static TestServer server;
    static Api api;
    static String admin;

    @BeforeAll
    static void start() {
        server = TestServer.start(Map.of("publicUrl", "https://luukku.example.fi"), clock);
        api = new Api(server.baseUrl());
        admin = api.login("admin");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void triageTravelsWithTheTicketAndNotesArePurgedTheNextDay() throws Exception {
        String id = api.issue("pelkosenniemi", "pelkosenniemi-neuvonta-en-tieda")
                .get("id")
                .asText();
        Api.Resp r = api.put(
                "/api/v1/tickets/" + id + "/triage",
                admin,
                Map.of(
                        "authorityId", "kela",
                        "topic", "housing allowance",
                        "lifeEventId", "pelkosenniemi-muutto",
                        "supportLevel", 3,
                        "specialNeeds", List.of("READING"),
                        "channel", "FACE_TO_FACE",
                        "notes", "bring rental contract"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        api.post("/api/v1/tickets/" + id + "/transfer", admin, Map.of("queueId", "pelkosenniemi-kela"));
        JsonNode t = api.get("/api/v1/tickets/" + id, admin).json();
        assertThat(t.get("triage").get("supportLevel").asInt()).isEqualTo(3);
        assertThat(t.get("triage").get("notes").asText()).isEqualTo("bring rental contract");
        assertThat(t.get("notes").asText()).isEqualTo("bring rental contract");
        // devices, the event stream and stored answers never carry the notes or the triage
        String secret = "bring rental contract";
        for (String device : List.of("demo-display-pelkosenniemi", "demo-kiosk-pelkosenniemi")) {
            for (String path : List.of(
                    "/api/v1/tickets/" + id,
                    "/api/v1/points/pelkosenniemi/tickets",
                    "/api/v1/points/pelkosenniemi/snapshot")) {
                Api.Resp seen = api.get(path, device);
                assertThat(seen.status()).as(path).isEqualTo(200);
                assertThat(seen.body())
                        .as(device + " " + path)
                        .doesNotContain(secret)
                        .doesNotContain("\"triage\":{");
            }
        }
        Api.Resp staffSnapshot = api.get("/api/v1/points/pelkosenniemi/snapshot", admin);
        assertThat(staffSnapshot.body()).contains(secret);
        try (fi.luukku.service.support.SseReader stream = new fi.luukku.service.support.SseReader(
                server.baseUrl() + "/api/v1/points/pelkosenniemi/events", "demo-display-pelkosenniemi", 0L)) {
            int ticketEvents = 0;
            // the replay from 0 comes at once; bounded so that later traffic on the stream cannot keep us reading
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            for (fi.luukku.service.support.SseReader.Frame f = stream.nextEvent(Duration.ofSeconds(2));
                    f != null && System.nanoTime() < until;
                    f = stream.nextEvent(Duration.ofMillis(500))) {
                assertThat(f.data()).as(f.type()).doesNotContain(secret).doesNotContain("\"triage\":{");
                if (f.type().startsWith("ticket.")) {
                    ticketEvents++;
                }
            }
            assertThat(ticketEvents).isGreaterThanOrEqualTo(3); // issued, updated, transferred
        }
        assertThat(rowsContaining(secret)).isEqualTo(1); // the ticket itself only
        clock.advance(Duration.ofDays(1));
        try {
            long withNotes = server.server()
                    .database()
                    .read(sql -> sql.longValue("SELECT COUNT(*) FROM tickets WHERE notes IS NOT NULL AND id = ?", id));
            assertThat(withNotes).isEqualTo(1);
            server.server().retention().runUntilCaughtUp(); // what the maintenance job does on its next run
            JsonNode after = new Api(server.baseUrl())
                    .get("/api/v1/tickets/" + id, api.login("admin"))
                    .json();
            assertThat(after.has("notes")).isFalse();
            assertThat(after.get("triage").get("topic").asText()).isEqualTo("housing allowance");
            assertThat(rowsContaining(secret)).isZero();
        } finally {
            clock.advance(Duration.ofDays(-1));
            admin = api.login("admin"); // the day jump expired the session
        }
    }

    /** Rows of every table that keeps text about a visit which contain {@code text}. */
    private static long rowsContaining(String text) {
        String like = "%" + text + "%";
        return server.server()
                .database()
                .read(sql ->
                        sql.longValue("SELECT COUNT(*) FROM tickets WHERE notes LIKE ? OR triage LIKE ?", like, like)
                                + sql.longValue("SELECT COUNT(*) FROM events WHERE data LIKE ?", like)
                                + sql.longValue("SELECT COUNT(*) FROM idempotency WHERE body LIKE ?", like)
                                + sql.longValue("SELECT COUNT(*) FROM referrals WHERE slip_text LIKE ?", like));
    }

    @Test
    void referralSlipsAreInTheCustomersLanguage() {
        Api.Resp issued = api.post(
                "/api/v1/points/parainen/tickets",
                "demo-kiosk-parainen",
                Map.of("serviceId", "parainen-neuvonta-digituki", "language", "sv"));
        String id = issued.json().get("id").asText();
        Api.Resp ext = api.post(
                "/api/v1/tickets/" + id + "/referrals",
                admin,
                Map.of(
                        "kind",
                        "EXTERNAL_PROVIDER",
                        "providerId",
                        "parainen-library",
                        "instructions",
                        "Ta med telefonen"),
                "ref-1");
        assertThat(ext.status()).as(ext.toString()).isEqualTo(201);
        assertThat(ext.json().get("slipText").asText())
                .contains("Du får mer hjälp här")
                .contains("Parainen stadsbiblioteks digistöd")
                .contains("Ta med telefonen");
        assertThat(ext.json().get("qrUrl").asText()).startsWith("https://");
        Api.Resp again = api.post(
                "/api/v1/tickets/" + id + "/referrals",
                admin,
                Map.of(
                        "kind",
                        "EXTERNAL_PROVIDER",
                        "providerId",
                        "parainen-library",
                        "instructions",
                        "Ta med telefonen"),
                "ref-1");
        assertThat(again.json().get("id").asText())
                .isEqualTo(ext.json().get("id").asText());
        Api.Resp toQueue = api.post(
                "/api/v1/tickets/" + id + "/referrals",
                admin,
                Map.of("kind", "QUEUE", "queueId", "parainen-kela", "toFront", true, "language", "en"));
        assertThat(toQueue.status()).isEqualTo(201);
        assertThat(toQueue.json().get("slipText").asText())
                .contains(issued.json().get("number").asText());
        JsonNode t = api.get("/api/v1/tickets/" + id, admin).json();
        assertThat(t.get("queueId").asText()).isEqualTo("parainen-kela");
        assertThat(t.get("number").asText())
                .isEqualTo(issued.json().get("number").asText());
        assertThat(api.post("/api/v1/tickets/" + id + "/referrals", admin, Map.of("kind", "TELEPORT"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void onlyTheFirstAcknowledgementOfAHelpRequestCounts() {
        String help = api.post("/api/v1/points/kiiminki/help", "demo-kiosk-kiiminki", Map.of("location", "kiosk"))
                .json()
                .get("id")
                .asText();
        String a1 = api.login("kiiminki-advisor1");
        String a2 = api.login("kiiminki-advisor2");
        assertThat(api.get("/api/v1/points/kiiminki/help", a1).json()).hasSize(1);
        Api.Resp first = api.post("/api/v1/help/" + help + "/acknowledge", a1, null);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("acknowledgedBy").asText()).isEqualTo("kiiminki-advisor1");
        Api.Resp second = api.post("/api/v1/help/" + help + "/acknowledge", a2, null);
        assertThat(second.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/points/kiiminki/help", a1).json()).isEmpty();
    }

    @Test
    void incidentsAreRecordedAndResolvedOnce() {
        String sup = api.login("supervisor");
        Api.Resp rec = api.post(
                "/api/v1/points/mikkeli/incidents",
                sup,
                Map.of("category", "THREAT", "severity", 3, "deskId", "mikkeli-2", "description", "shouting"),
                "inc-1");
        assertThat(rec.status()).isEqualTo(201);
        String id = rec.json().get("id").asText();
        assertThat(api.post(
                                "/api/v1/points/mikkeli/incidents",
                                sup,
                                Map.of(
                                        "category",
                                        "THREAT",
                                        "severity",
                                        3,
                                        "deskId",
                                        "mikkeli-2",
                                        "description",
                                        "shouting"),
                                "inc-1")
                        .json()
                        .get("id")
                        .asText())
                .isEqualTo(id);
        Api.Resp res = api.post("/api/v1/incidents/" + id + "/resolve", sup, Map.of("resolution", "calmed down"));
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.json().get("resolvedAt")).isNotNull();
        assertThat(api.post("/api/v1/incidents/" + id + "/resolve", sup, Map.of("resolution", "again"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void feedbackIsAnonymousLinkedToTheVisitAndStoredOncePerKey() {
        JsonNode t = api.issue("saarijarvi", "saarijarvi-te-tyonhaku");
        api.post("/api/v1/tickets/" + t.get("id").asText() + "/call", admin, Map.of("deskId", "saarijarvi-remote"));
        Map<String, Object> answer = Map.of(
                "rating", 5,
                "outcome", "HANDLED",
                "couldDoAlone", false,
                "notAloneReason", "NO_BANK_ID",
                "comment", "Kiitos!",
                "language", "fi",
                "trackingCode", t.get("trackingCode").asText());
        Api.Resp a = api.post("/api/v1/points/saarijarvi/feedback", "demo-feedback-saarijarvi", answer, "fb-1");
        Api.Resp b = api.post("/api/v1/points/saarijarvi/feedback", "demo-feedback-saarijarvi", answer, "fb-1");
        assertThat(a.status()).isEqualTo(201);
        assertThat(b.status()).isEqualTo(201);
        assertThat(b.json().get("id").asText()).isEqualTo(a.json().get("id").asText());
        assertThat(a.json().get("queueId").asText()).isEqualTo("saarijarvi-te");
        assertThat(a.json().get("authorityId").asText()).isEqualTo("te");
        assertThat(a.json().get("deskId").asText()).isEqualTo("saarijarvi-remote");
        assertThat(a.json().has("trackingCode")).isFalse();
        String sup = api.login("saarijarvi-supervisor");
        assertThat(api.get("/api/v1/points/saarijarvi/feedback", sup).json()).hasSize(1);
        Api.Resp other = api.post(
                "/api/v1/points/saarijarvi/feedback",
                "demo-feedback-saarijarvi",
                Map.of("rating", 2, "language", "sv"),
                "fb-2");
        assertThat(other.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/points/saarijarvi/feedback", sup).json()).hasSize(2);
    }

    @Test
    void appointmentsAreBookedChangedCancelledAndCheckedInWithinTheWindow() {
        String booking = "demo-booking-kiiminki";
        Api.Resp created = api.post(
                "/api/v1/points/kiiminki/appointments",
                booking,
                Map.of(
                        "authorityId",
                        "kela",
                        "startsAt",
                        Instant.now().plus(Duration.ofHours(3)).toString(),
                        "bookingCode",
                        "KELA-1234",
                        "specialNeeds",
                        List.of("HEARING")),
                "ap-1");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.json().get("queueId").asText()).isEqualTo("kiiminki-kela");
        Map<String, String> checkIn = Map.of("bookingCode", "kela-1234", "language", "en");
        Api.Resp early = api.post("/api/v1/points/kiiminki/check-in", "demo-kiosk-kiiminki", checkIn);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("type").asText()).endsWith("appointment-too-early");
        Api.Resp changed = api.put(
                "/api/v1/appointments/" + id,
                booking,
                Map.of(
                        "authorityId",
                        "kela",
                        "startsAt",
                        Instant.now().plus(Duration.ofMinutes(20)).toString(),
                        "specialNeeds",
                        List.of("HEARING")));
        assertThat(changed.status()).isEqualTo(200);
        Api.Resp in = api.post("/api/v1/points/kiiminki/check-in", "demo-kiosk-kiiminki", checkIn, "ci-1");
        assertThat(in.status()).as(in.toString()).isEqualTo(201);
        assertThat(in.json().get("appointmentId").asText()).isEqualTo(id);
        assertThat(in.json().get("number").asText()).startsWith("K");
        assertThat(in.json().get("specialNeeds").toString()).contains("HEARING");
        Api.Resp repeat = api.post("/api/v1/points/kiiminki/check-in", "demo-kiosk-kiiminki", checkIn);
        assertThat(repeat.json().get("id").asText())
                .isEqualTo(in.json().get("id").asText());
        assertThat(api.post("/api/v1/appointments/" + id + "/cancel", booking, null)
                        .status())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/points/kiiminki/check-in", "demo-kiosk-kiiminki", Map.of("bookingCode", "NOPE1"))
                        .status())
                .isEqualTo(404);
        // a second one is cancelled and then refused at the kiosk
        String other = api.post(
                        "/api/v1/points/kiiminki/appointments",
                        booking,
                        Map.of("authorityId", "vero", "startsAt", Instant.now().toString(), "bookingCode", "VERO-77"))
                .json()
                .get("id")
                .asText();
        assertThat(api.call("DELETE", "/api/v1/appointments/" + other, booking, null, Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/points/kiiminki/check-in", "demo-kiosk-kiiminki", Map.of("bookingCode", "VERO-77"))
                        .status())
                .isEqualTo(409);
        assertThat(api.get("/api/v1/points/kiiminki/appointments", admin).json().size())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void offlineNumbersAreReservedAndSyncedTicketsTakeTheirPlaceByIssueTime() {
        String kiosk = "demo-kiosk-pelkosenniemi";
        Api.Resp block = api.post(
                "/api/v1/points/pelkosenniemi/offline-blocks", kiosk, Map.of("kioskId", "kiosk-a", "size", 20));
        assertThat(block.status()).isEqualTo(201);
        JsonNode vero = null;
        for (JsonNode r : block.json().get("ranges")) {
            if (r.get("queueId").asText().equals("pelkosenniemi-vero")) {
                vero = r;
            }
        }
        assertThat(vero.get("prefix").asText()).isEqualTo("V");
        assertThat(vero.get("last").asInt() - vero.get("first").asInt() + 1).isEqualTo(20);
        Api.Resp same = api.post(
                "/api/v1/points/pelkosenniemi/offline-blocks", kiosk, Map.of("kioskId", "kiosk-a", "size", 20));
        assertThat(same.json().get("ranges")).isEqualTo(block.json().get("ranges"));
        Api.Resp otherKiosk = api.post(
                "/api/v1/points/pelkosenniemi/offline-blocks", kiosk, Map.of("kioskId", "kiosk-b", "size", 20));
        assertThat(otherKiosk.json().get("ranges").get(0).get("last").asInt())
                .isLessThan(block.json().get("ranges").get(0).get("first").asInt());

        JsonNode online = api.issue("pelkosenniemi", "pelkosenniemi-vero-verokortti");
        String offlineNumber = "V" + vero.get("first").asInt();
        Map<String, Object> sync = Map.of(
                "serviceId", "pelkosenniemi-vero-verokortti",
                "language", "fi",
                "kioskId", "kiosk-a",
                "offlineNumber", offlineNumber,
                // a kiosk clock a little behind ours: counted from when the block was reserved
                "offlineIssuedAt", clock.instant().minus(Duration.ofMinutes(2)).toString());
        Api.Resp synced = api.post("/api/v1/points/pelkosenniemi/tickets", kiosk, sync, "off-1");
        assertThat(synced.status()).as(synced.toString()).isEqualTo(201);
        assertThat(synced.json().get("number").asText()).isEqualTo(offlineNumber);
        assertThat(synced.json().get("peopleAhead").asInt()).isZero();
        assertThat(api.get("/api/v1/tickets/" + online.get("id").asText(), admin)
                        .json()
                        .get("peopleAhead")
                        .asInt())
                .isEqualTo(1);
        Api.Resp sameKey = api.post("/api/v1/points/pelkosenniemi/tickets", kiosk, sync, "off-1");
        assertThat(sameKey.json().get("id").asText())
                .isEqualTo(synced.json().get("id").asText());
        // the same kiosk id and number under another key is another citizen (two kiosks set up alike): never merged
        Api.Resp otherCitizen = api.post("/api/v1/points/pelkosenniemi/tickets", kiosk, sync, "off-1-other");
        assertThat(otherCitizen.status()).as(otherCitizen.toString()).isEqualTo(409);
        assertThat(online.get("number").asText()).isNotEqualTo(offlineNumber);
    }

    @Test
    void offlineSyncsAreCheckedAgainstTheKiosksBlockAndItsTime() {
        String kiosk = "demo-kiosk-saarijarvi";
        JsonNode block = api.post(
                        "/api/v1/points/saarijarvi/offline-blocks", kiosk, Map.of("kioskId", "kiosk-c", "size", 10))
                .json();
        JsonNode other = api.post(
                        "/api/v1/points/saarijarvi/offline-blocks", kiosk, Map.of("kioskId", "kiosk-d", "size", 10))
                .json();
        JsonNode range = block.get("ranges").get(0);
        String service = serviceOf(range);
        String prefix = range.get("prefix").asText();
        int first = range.get("first").asInt();
        java.util.function.BiFunction<String, Instant, Map<String, Object>> sync = (number, at) -> Map.of(
                "serviceId",
                service,
                "language",
                "fi",
                "kioskId",
                "kiosk-c",
                "offlineNumber",
                number,
                "offlineIssuedAt",
                at.toString());
        Instant now = clock.instant();
        // a number of another kiosk's block, or of no block, is refused
        int othersFirst = other.get("ranges").get(0).get("first").asInt();
        assertThat(api.post("/api/v1/points/saarijarvi/tickets", kiosk, sync.apply(prefix + othersFirst, now), "c-1")
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/points/saarijarvi/tickets", kiosk, sync.apply(prefix + (first - 1000), now), "c-2")
                        .status())
                .isEqualTo(400);
        // issued long before the block was reserved: refused
        assertThat(api.post(
                                "/api/v1/points/saarijarvi/tickets",
                                kiosk,
                                sync.apply(prefix + first, now.minus(Duration.ofHours(1))),
                                "c-3")
                        .status())
                .isEqualTo(400);
        // a kiosk clock ahead of ours: taken as now, not refused
        Api.Resp ahead = api.post(
                "/api/v1/points/saarijarvi/tickets",
                kiosk,
                sync.apply(prefix + first, now.plus(Duration.ofHours(1))),
                "c-4");
        assertThat(ahead.status()).as(ahead.toString()).isEqualTo(201);
        assertThat(Instant.parse(ahead.json().get("issuedAt").asText()))
                .isBefore(clock.instant().plusSeconds(1));

        // the kiosk timed out after we issued an online number, then printed an offline one under the same key
        Map<String, Object> plain = Map.of("serviceId", service, "language", "fi");
        Api.Resp onlineAnswer = api.post("/api/v1/points/saarijarvi/tickets", kiosk, plain, "c-5");
        assertThat(onlineAnswer.status()).isEqualTo(201);
        String printed = prefix + (first + 1);
        Api.Resp renumbered =
                api.post("/api/v1/points/saarijarvi/tickets", kiosk, sync.apply(printed, clock.instant()), "c-5");
        assertThat(renumbered.status()).as(renumbered.toString()).isEqualTo(201);
        assertThat(renumbered.json().get("id").asText())
                .isEqualTo(onlineAnswer.json().get("id").asText());
        assertThat(renumbered.json().get("number").asText()).isEqualTo(printed);
        assertThat(api.get("/api/v1/tickets/" + renumbered.json().get("id").asText(), admin)
                        .json()
                        .get("number")
                        .asText())
                .isEqualTo(printed);
        long updates = server.server()
                .database()
                .read(sql -> sql.longValue(
                        "SELECT COUNT(*) FROM events WHERE point_id = 'saarijarvi' AND type = 'ticket.updated'"
                                + " AND data LIKE ?",
                        "%" + printed + "%"));
        assertThat(updates).isEqualTo(1);
        // and the same again answers the same
        assertThat(api.post("/api/v1/points/saarijarvi/tickets", kiosk, sync.apply(printed, clock.instant()), "c-5")
                        .json()
                        .get("number")
                        .asText())
                .isEqualTo(printed);
    }

    private static String serviceOf(JsonNode range) {
        for (JsonNode s : api.get("/api/v1/points/saarijarvi/services", admin).json()) {
            if (s.get("queueId").asText().equals(range.get("queueId").asText())) {
                return s.get("id").asText();
            }
        }
        throw new AssertionError("no service in " + range);
    }

    @Test
    void statsAndBillingCountTheDaysWork() {
        String sup = api.login("supervisor");
        JsonNode t = api.issue("mikkeli", "mikkeli-kela-liitteet");
        String id = t.get("id").asText();
        api.post("/api/v1/tickets/" + id + "/call", sup, Map.of("deskId", "mikkeli-3"));
        api.post("/api/v1/tickets/" + id + "/start", sup, null);
        Api.Resp ev = api.post(
                "/api/v1/tickets/" + id + "/service-events", sup, Map.of("typeId", "documents", "count", 2), "se-1");
        assertThat(ev.status()).isEqualTo(201);
        api.post("/api/v1/tickets/" + id + "/service-events", sup, Map.of("typeId", "documents", "count", 2), "se-1");
        api.post(
                "/api/v1/tickets/" + id + "/finish",
                sup,
                Map.of(
                        "outcome",
                        "HANDLED",
                        "assessment",
                        5,
                        "serviceEvents",
                        List.of(Map.of("typeId", "short-advice"))));
        String today = LocalDate.now(ZoneId.of("Europe/Helsinki")).toString();
        JsonNode stats =
                api.get("/api/v1/points/mikkeli/stats/daily?day=" + today, sup).json();
        assertThat(stats.get("issued").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(stats.get("finished").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(stats.get("serviceEvents").get("documents").asInt()).isEqualTo(2);
        assertThat(stats.get("outcomes").get("HANDLED").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode bill = api.get(
                        "/api/v1/points/mikkeli/reports/billing?month=" + YearMonth.now(ZoneId.of("Europe/Helsinki")),
                        sup)
                .json();
        JsonNode kela = null;
        for (JsonNode a : bill.get("authorities")) {
            if (a.get("authorityId").asText().equals("kela")) {
                kela = a;
            }
        }
        assertThat(kela.get("eventCount").asInt()).isEqualTo(3);
        assertThat(kela.get("eventsCents").asLong()).isEqualTo(2 * 400 + 250);
        assertThat(kela.get("totalCents").asLong()).isEqualTo(45000 + 2 * 400 + 250);
        assertThat(api.get("/api/v1/points/mikkeli/reports/billing", api.login("advisor1"))
                        .status())
                .isEqualTo(403);
    }
}
