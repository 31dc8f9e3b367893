package fi.luukku.core.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.luukku.core.api.ApiException;
import fi.luukku.core.api.HelpRequestCreate;
import fi.luukku.core.api.HelpRequestDto;
import fi.luukku.core.api.IssueTicketRequest;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.api.OfflineBlockDto;
import fi.luukku.core.api.OfflineBlockRequest;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.domain.TicketStatus;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.core.outbox.DurableOutbox;
import fi.luukku.core.outbox.OutboxPump;
import fi.luukku.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TicketIssuerTest {
    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    final Clock clock = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    DurableOutbox outbox;
    OfflineNumberStore numbers;

    /** A service that is up or down at the test's command. */
    static class FakeClient extends LuukkuClient {
        boolean up = true;
        final List<IssueTicketRequest> issued = new ArrayList<>();
        final List<String> keys = new ArrayList<>();
        final List<HelpRequestCreate> help = new ArrayList<>();
        /** When set, the service answers every offline ticket with this number (it kept an online one). */
        String renumberTo;
        /** When set, the service refuses offline tickets with these numbers (409). */
        List<String> refuse = List.of();

        FakeClient() {
            super("http://127.0.0.1:9", () -> "t", LuukkuClient.defaultHttpClient(), JsonMapper.create());
        }

        private void check() {
            if (!up) {
                throw ApiException.unreachable(new java.io.IOException("connection refused"));
            }
        }

        @Override
        public TicketDto issueTicket(String pointId, IssueTicketRequest r, String key) {
            check();
            if (r.offlineNumber() != null && refuse.contains(r.offlineNumber())) {
                throw new ApiException(409, null, "number outside the kiosk's block", null);
            }
            issued.add(r);
            keys.add(key);
            String number = r.offlineNumber() != null
                    ? (renumberTo != null ? renumberTo : r.offlineNumber())
                    : "K00" + issued.size();
            return new TicketDto(
                    "id" + issued.size(),
                    number,
                    pointId,
                    "q-kela",
                    r.serviceId(),
                    TicketStatus.WAITING,
                    null,
                    r.language(),
                    r.specialNeeds(),
                    null,
                    Instant.now(),
                    null,
                    null,
                    null,
                    0,
                    2,
                    300,
                    "trk",
                    null,
                    false,
                    List.of(),
                    null,
                    null);
        }

        @Override
        public HelpRequestDto requestHelp(String pointId, HelpRequestCreate r, String key) {
            check();
            help.add(r);
            return new HelpRequestDto("h", pointId, r.source(), r.location(), r.language(), Instant.now(), null, null);
        }

        @Override
        public OfflineBlockDto reserveOfflineBlock(String pointId, OfflineBlockRequest r) {
            check();
            return new OfflineBlockDto(
                    r.kioskId(),
                    LocalDate.of(2026, 11, 22),
                    List.of(new OfflineBlockDto.Range("q-kela", "K", 900, 902)));
        }
    }

    final FakeClient client = new FakeClient();

    TicketIssuer issuer() {
        outbox = DurableOutbox.open(dir, "outbox", clock);
        numbers = OfflineNumberStore.open(dir);
        return new TicketIssuer(client, "mikkeli", "kiosk-1", outbox, numbers, clock, HELSINKI, JsonMapper.create(), 3);
    }

    @AfterEach
    void close() {
        if (outbox != null) {
            outbox.close();
        }
        if (numbers != null) {
            numbers.close();
        }
    }

    @Test
    void onlineTicketComesFromTheService() {
        IssuedTicket t = issuer().issue("s-kela", "q-kela", "fi", List.of(), null, "key-1");
        assertThat(t.offline()).isFalse();
        assertThat(t.number()).isEqualTo("K001");
        assertThat(t.peopleAhead()).isEqualTo(2);
        assertThat(client.issued.get(0).kioskId()).isEqualTo("kiosk-1");
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void offlineTicketsUseTheReservedBlockAndAreStoredBeforeReturning() {
        TicketIssuer issuer = issuer();
        issuer.refreshOfflineBlock(List.of("q-kela"));
        client.up = false;
        IssuedTicket a = issuer.issue("s-kela", "q-kela", "sv", List.of("HEARING"), null, "key-a");
        IssuedTicket b = issuer.issue("s-kela", "q-kela", "fi", List.of(), null, "key-b");
        assertThat(a.offline()).isTrue();
        assertThat(a.estimatedWaitSeconds()).isNull();
        assertThat(List.of(a.number(), b.number())).containsExactly("K900", "K901");
        assertThat(outbox.pendingCount()).isEqualTo(2);
        assertThat(issuer.online()).isFalse();

        client.up = true;
        OutboxPump pump =
                new OutboxPump(outbox, issuer::deliver, clock, Duration.ofHours(1), Duration.ofSeconds(1), n -> {});
        assertThat(pump.drainOnce()).isEqualTo(2);
        assertThat(client.issued).extracting(IssueTicketRequest::offlineNumber).containsExactly("K900", "K901");
        assertThat(client.keys).containsExactly("key-a", "key-b");
        assertThat(client.issued.get(0).specialNeeds()).containsExactly("HEARING");
        assertThat(client.issued.get(0).offlineIssuedAt()).isEqualTo(clock.instant());
        assertThat(issuer.online()).isTrue();
    }

    @Test
    void numbersSurviveARestartAndAreNeverReused() {
        TicketIssuer issuer = issuer();
        issuer.refreshOfflineBlock(List.of("q-kela"));
        client.up = false;
        assertThat(issuer.issue("s", "q-kela", "fi", List.of(), null, "k1").number())
                .isEqualTo("K900");
        close();
        TicketIssuer again = issuer();
        assertThat(again.issue("s", "q-kela", "fi", List.of(), null, "k2").number())
                .isEqualTo("K901");
        assertThat(again.issue("s", "q-kela", "fi", List.of(), null, "k3").number())
                .isEqualTo("K902");
        assertThatThrownBy(() -> again.issue("s", "q-kela", "fi", List.of(), null, "k4"))
                .isInstanceOf(NoOfflineNumbersException.class);
        assertThat(outbox.pendingCount()).isEqualTo(3);
    }

    @Test
    void refusalByTheServiceIsNotTurnedIntoAnOfflineTicket() {
        TicketIssuer issuer = new TicketIssuer(
                new FakeClient() {
                    @Override
                    public TicketDto issueTicket(String pointId, IssueTicketRequest r, String key) {
                        throw new ApiException(400, null, "bad service", null);
                    }
                },
                "mikkeli",
                "kiosk-1",
                outbox = DurableOutbox.open(dir, "o", clock),
                numbers = OfflineNumberStore.open(dir),
                clock,
                HELSINKI,
                JsonMapper.create(),
                3);
        assertThatThrownBy(() -> issuer.issue("x", "q", "fi", List.of(), null, "k"))
                .isInstanceOf(ApiException.class);
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void helpWhileOfflineWaitsInTheOutbox() {
        TicketIssuer issuer = issuer();
        client.up = false;
        assertThat(issuer.requestHelp("printer:kiosk-1", "lobby", "fi", "h1")).isFalse();
        client.up = true;
        new OutboxPump(outbox, issuer::deliver, clock, Duration.ofHours(1), Duration.ofSeconds(1), n -> {}).drainOnce();
        assertThat(client.help).extracting(HelpRequestCreate::source).containsExactly("printer:kiosk-1");
    }

    @Test
    void aTicketTheQueueHoldsUnderAnotherNumberAlertsTheAdvisorsWithBothNumbers() {
        TicketIssuer issuer = issuer();
        issuer.refreshOfflineBlock(List.of("q-kela"));
        client.up = false;
        assertThat(issuer.issue("s-kela", "q-kela", "fi", List.of(), null, "key-a")
                        .number())
                .isEqualTo("K900");
        client.up = true;
        client.renumberTo = "K042";
        new OutboxPump(outbox, issuer::deliver, clock, Duration.ofHours(1), Duration.ofSeconds(1), n -> {}).drainOnce();
        assertThat(client.help).hasSize(1);
        assertThat(client.help.get(0).source()).isEqualTo("kiosk-sync:kiosk-1");
        assertThat(client.help.get(0).location()).contains("K900").contains("K042");
    }

    @Test
    void aTicketSyncedUnderItsPrintedNumberRaisesNoAlert() {
        TicketIssuer issuer = issuer();
        issuer.refreshOfflineBlock(List.of("q-kela"));
        client.up = false;
        issuer.issue("s-kela", "q-kela", "fi", List.of(), null, "key-a");
        client.up = true;
        new OutboxPump(outbox, issuer::deliver, clock, Duration.ofHours(1), Duration.ofSeconds(1), n -> {}).drainOnce();
        assertThat(client.help).isEmpty();
    }

    @Test
    void refusedOfflineTicketsAreListedAndAlertedOnceEach() {
        TicketIssuer issuer = issuer();
        issuer.refreshOfflineBlock(List.of("q-kela"));
        client.up = false;
        issuer.issue("s-kela", "q-kela", "fi", List.of(), null, "key-a");
        issuer.issue("s-kela", "q-kela", "fi", List.of(), null, "key-b");
        issuer.issue("s-kela", "q-kela", "fi", List.of(), null, "key-c");
        client.up = true;
        client.refuse = List.of("K900", "K902");
        OutboxPump pump =
                new OutboxPump(outbox, issuer::deliver, clock, Duration.ofHours(1), Duration.ofSeconds(1), n -> {});
        pump.drainOnce();
        assertThat(outbox.rejectedCount()).isEqualTo(2);
        assertThat(issuer.rejectedNumbers()).containsExactlyInAnyOrder("K900", "K902");
        assertThat(client.help).extracting(HelpRequestCreate::source).containsOnly("kiosk-sync:kiosk-1");
        assertThat(client.help)
                .extracting(HelpRequestCreate::location)
                .hasSize(2)
                .anySatisfy(l -> assertThat(l).contains("K900"))
                .anySatisfy(l -> assertThat(l).contains("K902"));
        // a second delivery attempt of the same entry does not alert again
        assertThatThrownBy(() -> issuer.deliver(new fi.luukku.core.outbox.OutboxItem(
                        99,
                        TicketIssuer.KIND_TICKET,
                        "key-a",
                        outbox.find("key-a").orElseThrow().payload(),
                        clock.instant(),
                        1)))
                .isInstanceOf(ApiException.class);
        assertThat(client.help).hasSize(2);
        // and the list survives a restart
        close();
        assertThat(issuer().rejectedNumbers()).containsExactlyInAnyOrder("K900", "K902");
    }

    @Test
    void theNextDayWithTheServiceDownIssuesFromTheEmergencyRange() {
        MutableClock moving = new MutableClock(Instant.parse("2026-11-22T08:00:00Z"));
        outbox = DurableOutbox.open(dir, "outbox", moving);
        numbers = OfflineNumberStore.open(dir);
        TicketIssuer issuer = new TicketIssuer(
                client,
                "mikkeli",
                "kiosk-1",
                outbox,
                numbers,
                moving,
                HELSINKI,
                JsonMapper.create(),
                3,
                EmergencyRange.parse("901-903"));
        issuer.refreshOfflineBlock(List.of("q-kela")); // today's block: K900-K902
        client.up = false;
        moving.advance(Duration.ofDays(1)); // next morning, the service still down
        assertThat(issuer.issue("s", "q-kela", "fi", List.of(), null, "d2-1").number())
                .isEqualTo("K901");
        assertThat(issuer.issue("s", "q-kela", "fi", List.of(), null, "d2-2").number())
                .isEqualTo("K902");
        assertThat(issuer.issue("s", "q-kela", "fi", List.of(), null, "d2-3").number())
                .isEqualTo("K903");
        assertThatThrownBy(() -> issuer.issue("s", "q-kela", "fi", List.of(), null, "d2-4"))
                .isInstanceOf(NoOfflineNumbersException.class);
        assertThat(outbox.pendingCount()).isEqualTo(3);
    }

    @Test
    void withoutAnEmergencyRangeTheNextDayCannotIssueOffline() {
        MutableClock moving = new MutableClock(Instant.parse("2026-11-22T08:00:00Z"));
        outbox = DurableOutbox.open(dir, "outbox", moving);
        numbers = OfflineNumberStore.open(dir);
        TicketIssuer issuer = new TicketIssuer(
                client, "mikkeli", "kiosk-1", outbox, numbers, moving, HELSINKI, JsonMapper.create(), 3);
        issuer.refreshOfflineBlock(List.of("q-kela"));
        client.up = false;
        moving.advance(Duration.ofDays(1));
        assertThatThrownBy(() -> issuer.issue("s", "q-kela", "fi", List.of(), null, "d2-1"))
                .isInstanceOf(NoOfflineNumbersException.class);
    }

    @Test
    void emergencyNumbersSkipTheReservedBlockOfTheSameDay() {
        TicketIssuer issuer = new TicketIssuer(
                client,
                "mikkeli",
                "kiosk-1",
                outbox = DurableOutbox.open(dir, "outbox", clock),
                numbers = OfflineNumberStore.open(dir),
                clock,
                HELSINKI,
                JsonMapper.create(),
                3,
                EmergencyRange.parse("901-905"));
        issuer.knowQueuePrefix("q-kela", "K");
        issuer.refreshOfflineBlock(List.of("q-kela")); // K900-K902 reserved today
        client.up = false;
        List<String> got = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            got.add(issuer.issue("s", "q-kela", "fi", List.of(), null, "k" + i).number());
        }
        assertThat(got).containsExactly("K900", "K901", "K902", "K903", "K904", "K905");
    }
}
