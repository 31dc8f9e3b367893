package fi.luukku.kiosk.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.concurrent.CurrentThreadTaskRunner;
import fi.luukku.core.domain.TicketStatus;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.core.kiosk.CatalogCache;
import fi.luukku.core.kiosk.OfflineNumberStore;
import fi.luukku.core.kiosk.TicketIssuer;
import fi.luukku.core.outbox.DurableOutbox;
import fi.luukku.core.outbox.OutboxPump;
import fi.luukku.kiosk.backend.ServiceKioskBackend;
import fi.luukku.kiosk.i18n.Messages;
import fi.luukku.kiosk.session.FeedbackLauncher;
import fi.luukku.kiosk.session.KioskSettings;
import fi.luukku.kiosk.session.Screen;
import fi.luukku.kiosk.session.TicketScreenData;
import fi.luukku.kiosk.shell.KioskViewModel;
import fi.luukku.kiosk.testing.RecordingPrinter;
import fi.luukku.service.testing.TestServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service goes away: the kiosk keeps issuing from its reserved block, keeps them across its own restart,
 * and when the service is back the tickets are in the queue with their numbers, once each.
 */
class OfflineKioskTest {
    static final String POINT = "mikkeli";

    @TempDir
    Path data;

    TestServer server;
    final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** One kiosk process's worth of objects on the given data directory. */
    final class Kiosk {
        final LuukkuClient client = new LuukkuClient(
                server.baseUrl(), () -> "demo-kiosk-" + POINT, LuukkuClient.defaultHttpClient(), JsonMapper.create());
        final DurableOutbox outbox = DurableOutbox.open(data, "kiosk-outbox", Clock.systemUTC());
        final OfflineNumberStore numbers = OfflineNumberStore.open(data);
        final TicketIssuer issuer = new TicketIssuer(
                client,
                POINT,
                "kiosk-lobby-1",
                outbox,
                numbers,
                Clock.systemUTC(),
                ZoneId.of("Europe/Helsinki"),
                client.mapper(),
                20);
        final OutboxPump pump = new OutboxPump(
                outbox, issuer::deliver, Clock.systemUTC(), Duration.ofHours(1), Duration.ofSeconds(1), n -> {});
        final ServiceKioskBackend backend = new ServiceKioskBackend(
                client, POINT, "lobby", issuer, outbox, pump, new CatalogCache(data, client.mapper()));
        final RecordingPrinter printer = new RecordingPrinter();
        final KioskViewModel vm = new KioskViewModel(
                backend,
                printer,
                new CurrentThreadTaskRunner(),
                new Messages(),
                KioskSettings.defaults("kiosk-lobby-1"),
                Clock.systemUTC(),
                FeedbackLauncher.NONE,
                () -> {});

        Kiosk() {
            open.add(numbers);
            open.add(outbox);
            vm.loadCatalog();
        }

        TicketScreenData take(String authorityId) {
            vm.start().choose("fi");
            vm.home().chooseAuthority(authorityId);
            if (vm.getScreen() == Screen.HOME) {
                vm.home().chooseService(vm.home().services().get(0).id());
            }
            assertThat(vm.getScreen())
                    .as(String.valueOf(vm.errorProperty().get()))
                    .isEqualTo(Screen.TICKET);
            TicketScreenData t = vm.currentTicketProperty().get();
            vm.ticket().done();
            return t;
        }

        /** Ends this "process" without any goodbye: only what is on disk survives. */
        void kill() throws Exception {
            // no pump.close(): its shutdownNow() interrupts H2 mid-write; closing the stores waits for their
            // current statement (they are synchronized), like a process ending between two statements
            numbers.close();
            outbox.close();
            open.remove(numbers);
            open.remove(outbox);
        }
    }

    @Test
    void ticketsIssuedWhileTheServiceIsDownAreInTheQueueAfterItReturns() throws Exception {
        server = TestServer.start();
        Kiosk kiosk = new Kiosk();
        assertThat(kiosk.vm.getCatalog()).isNotNull();
        kiosk.backend.maintain(); // online: reserves this kiosk's offline block
        TicketScreenData online = kiosk.take("kela");
        assertThat(online.offline()).isFalse();
        // the point's public address from the service (V6 public_url), not the kiosk's internal one
        assertThat(online.qrUrl()).startsWith("https://luukku.example.fi/mikkeli/t/");

        server.stop();
        TicketScreenData a = kiosk.take("kela");
        TicketScreenData b = kiosk.take("poliisi");
        assertThat(a.offline()).isTrue();
        assertThat(b.offline()).isTrue();
        assertThat(a.details()).anyMatch(d -> d.contains("Odotusajan arvio ei ole nyt saatavilla"));
        assertThat(kiosk.printer.printed).hasSize(3);
        assertThat(kiosk.outbox.pendingCount()).isEqualTo(2);
        assertThat(kiosk.vm.onlineProperty().get()).isFalse();

        kiosk.kill();
        Kiosk again = new Kiosk(); // restarted while the service is still down: catalog and numbers from disk
        assertThat(again.vm.getCatalog()).isNotNull();
        TicketScreenData c = again.take("kela");
        assertThat(c.offline()).isTrue();
        assertThat(List.of(a.number(), c.number())).doesNotHaveDuplicates();
        assertThat(again.outbox.pendingCount()).isEqualTo(3);

        server.restart();
        // the pump may already be delivering on its own thread (woken by the last ticket): just let it finish
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    again.pump.drainOnce();
                    return again.outbox.pendingCount() == 0;
                });
        assertThat(again.outbox.pendingCount()).isZero();
        assertThat(again.outbox.rejectedCount()).isZero();
        List<TicketDto> open = again.client.openTickets(POINT);
        for (TicketScreenData t : List.of(online, a, b, c)) {
            assertThat(open)
                    .as("ticket %s in the queue", t.number())
                    .filteredOn(x -> x.number().equals(t.number()))
                    .singleElement()
                    .extracting(TicketDto::status)
                    .isEqualTo(TicketStatus.WAITING);
        }
        TicketScreenData after = again.take("kela");
        assertThat(after.offline()).isFalse();
        assertThat(List.of(online.number(), a.number(), c.number(), after.number()))
                .doesNotHaveDuplicates();
    }
}
