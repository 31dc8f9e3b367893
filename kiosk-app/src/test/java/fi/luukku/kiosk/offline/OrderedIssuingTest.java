package fi.luukku.kiosk.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.api.IssueTicketRequest;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.api.OfflineBlockDto;
import fi.luukku.core.concurrent.TaskRunner;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.core.kiosk.IssuedTicket;
import fi.luukku.core.kiosk.OfflineNumberStore;
import fi.luukku.core.kiosk.TicketIssuer;
import fi.luukku.core.outbox.DurableOutbox;
import fi.luukku.core.outbox.OrderedOutbox;
import fi.luukku.core.outbox.OutboxItem;
import fi.luukku.core.outbox.OutboxPump;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk issues through one ordered lane (the {@link OrderedOutbox} its ticket deliverer uses): twenty offline
 * tickets handed in a row, run by a pool of worker threads, take their numbers and reach the outbox in the order
 * they were handed in, the newest last on disk; a restarted kiosk (new objects on the same directory) sends all
 * twenty, in that order, nothing lost, and goes on numbering after the newest.
 */
class OrderedIssuingTest {
    private static final String POINT = "mikkeli";
    private static final String QUEUE = "mikkeli-kela";
    private static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    @TempDir
    Path data;

    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private final ExecutorService ui = Executors.newSingleThreadExecutor();
    private final List<AutoCloseable> open = new ArrayList<>();

    /** Worker threads for the work, one "UI" thread for the answers: like the JavaFX runner, without JavaFX. */
    private final TaskRunner runner = new TaskRunner() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
            workers.execute(() -> {
                try {
                    T result = work.call();
                    ui.execute(() -> onSuccess.accept(result));
                } catch (Exception e) {
                    ui.execute(() -> onFailure.accept(e));
                }
            });
        }

        @Override
        public void onUi(Runnable action) {
            ui.execute(action);
        }
    };

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        workers.shutdownNow();
        ui.shutdownNow();
    }

    /** A kiosk whose service cannot be reached (nothing listens on port 9). */
    private TicketIssuer offlineIssuer(DurableOutbox outbox, OfflineNumberStore numbers) {
        ObjectMapper mapper = JsonMapper.create();
        LuukkuClient client = new LuukkuClient(
                "http://127.0.0.1:9", () -> "demo-kiosk-" + POINT, LuukkuClient.defaultHttpClient(), mapper);
        TicketIssuer issuer =
                new TicketIssuer(client, POINT, "kiosk-lobby-1", outbox, numbers, Clock.systemUTC(), ZONE, mapper, 50);
        issuer.setOnline(false);
        return issuer;
    }

    @Test
    void twentyIssuesInARowKeepTheirOrderOnDiskAndARestartSendsThemAllInOrder() throws Exception {
        LocalDate today = LocalDate.now(ZONE);
        DurableOutbox outbox = DurableOutbox.open(data, "kiosk-outbox", Clock.systemUTC());
        OfflineNumberStore numbers = OfflineNumberStore.open(data);
        numbers.save(
                new OfflineBlockDto("kiosk-lobby-1", today, List.of(new OfflineBlockDto.Range(QUEUE, "K", 500, 549))));
        TicketIssuer issuer = offlineIssuer(outbox, numbers);
        OrderedOutbox lane = new OrderedOutbox("kiosk-issuing", runner);

        List<String> keys = IntStream.range(0, 20).mapToObj(i -> "tap-" + i).toList();
        List<IssuedTicket> shown = Collections.synchronizedList(new ArrayList<>());
        List<Exception> failed = Collections.synchronizedList(new ArrayList<>());
        for (String key : keys) {
            lane.write(
                    () -> issuer.issue("mikkeli-kela-etuudet", QUEUE, "fi", List.of(), null, key),
                    shown::add,
                    failed::add);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> !lane.busy() && shown.size() + failed.size() == 20);

        List<String> expected =
                IntStream.range(0, 20).mapToObj(i -> "K" + (500 + i)).toList();
        assertThat(failed).isEmpty();
        assertThat(shown).extracting(IssuedTicket::number).containsExactlyElementsOf(expected);
        assertThat(shown).allMatch(IssuedTicket::offline);
        List<OutboxItem> stored = outbox.undelivered();
        assertThat(stored).extracting(OutboxItem::idempotencyKey).containsExactlyElementsOf(keys);
        assertThat(printed(stored)).containsExactlyElementsOf(expected);
        assertThat(numbers.remaining(QUEUE, today)).isEqualTo(30); // the newest taken is K519

        // the kiosk stops and starts again on the same directory
        outbox.close();
        numbers.close();
        DurableOutbox reopened = DurableOutbox.open(data, "kiosk-outbox", Clock.systemUTC());
        OfflineNumberStore numbersAgain = OfflineNumberStore.open(data);
        open.add(reopened);
        open.add(numbersAgain);
        assertThat(reopened.pendingCount()).isEqualTo(20);
        List<OutboxItem> sent = Collections.synchronizedList(new ArrayList<>());
        OutboxPump pump = new OutboxPump(
                reopened, sent::add, Clock.systemUTC(), Duration.ofHours(1), Duration.ofSeconds(1), n -> {});
        open.add(0, pump);
        pump.wake();
        await().atMost(Duration.ofSeconds(30)).until(() -> reopened.pendingCount() == 0);
        assertThat(sent).extracting(OutboxItem::idempotencyKey).containsExactlyElementsOf(keys);
        assertThat(printed(sent)).containsExactlyElementsOf(expected);

        // and numbering goes on after the newest ticket: nothing is handed out twice
        TicketIssuer restarted = offlineIssuer(reopened, numbersAgain);
        assertThat(restarted
                        .issue("mikkeli-kela-etuudet", QUEUE, "fi", List.of(), null, "tap-after-restart")
                        .number())
                .isEqualTo("K520");
    }

    private static List<String> printed(List<OutboxItem> items) throws Exception {
        ObjectMapper mapper = JsonMapper.create();
        List<String> out = new ArrayList<>();
        for (OutboxItem item : items) {
            out.add(mapper.readValue(item.payload(), IssueTicketRequest.class).offlineNumber());
        }
        return out;
    }
}
