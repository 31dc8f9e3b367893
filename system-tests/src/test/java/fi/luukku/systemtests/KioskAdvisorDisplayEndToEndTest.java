package fi.luukku.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.advisor.Session;
import fi.luukku.advisor.Texts;
import fi.luukku.advisor.console.ConsoleViewModel;
import fi.luukku.advisor.drafts.MemoryDraftStore;
import fi.luukku.advisor.live.LiveLink;
import fi.luukku.advisor.live.PointState;
import fi.luukku.advisor.live.ScheduledDelayer;
import fi.luukku.advisor.login.LoginViewModel;
import fi.luukku.advisor.service.HttpServiceGateway;
import fi.luukku.advisor.service.SessionToken;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.device.printer.PrinterModel;
import fi.luukku.core.device.printer.SimulatedPrinter;
import fi.luukku.core.device.printer.TicketLayout;
import fi.luukku.core.i18n.Language;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.core.kiosk.CatalogCache;
import fi.luukku.core.kiosk.OfflineNumberStore;
import fi.luukku.core.kiosk.TicketIssuer;
import fi.luukku.core.outbox.DurableOutbox;
import fi.luukku.core.outbox.OutboxPump;
import fi.luukku.display.DisplayComposition;
import fi.luukku.display.DisplayOptions;
import fi.luukku.display.board.DisplayViewModel;
import fi.luukku.display.feed.DisplayFeed;
import fi.luukku.display.sound.Announcer;
import fi.luukku.kiosk.backend.ServiceKioskBackend;
import fi.luukku.kiosk.i18n.Messages;
import fi.luukku.kiosk.session.FeedbackLauncher;
import fi.luukku.kiosk.session.KioskSettings;
import fi.luukku.kiosk.session.Screen;
import fi.luukku.kiosk.session.TicketScreenData;
import fi.luukku.kiosk.shell.KioskViewModel;
import fi.luukku.service.testing.TestServer;
import fi.luukku.ui.FxTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One ticket the whole way, as issue 2 asks: a citizen takes it at the kiosk, an advisor calls it, the wall
 * display shows it. The service runs on a random port; the three apps are their real view models (and, for the
 * display, its real scene graph) on the JavaFX thread, talking real HTTP and server-sent events.
 */
class KioskAdvisorDisplayEndToEndTest {
    private static final String POINT = "mikkeli";
    private static final String DESK = "mikkeli-1";

    @TempDir
    Path data;

    private TestServer server;
    private final List<AutoCloseable> open = new ArrayList<>();
    private FxTaskRunner runner;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        server = TestServer.start();
        runner = new FxTaskRunner("e2e");
    }

    @AfterEach
    void stop() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            AutoCloseable c = open.get(i);
            try {
                onFx(() -> {
                    c.close();
                    return null;
                });
            } catch (RuntimeException e) {
                // keep closing the rest
            }
        }
        runner.close();
        server.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void aTicketTakenAtTheKioskAndCalledByTheAdvisorAppearsOnTheDisplay() throws Exception {
        DisplayComposition display = openDisplay();
        KioskViewModel kiosk = openKiosk();
        ConsoleViewModel console = signIn("advisor1");

        // the citizen: Finnish, then the Kela tile (two taps; a service choice only when Kela has several)
        onFx(() -> {
            kiosk.start().choose("fi");
            kiosk.home().chooseAuthority("kela");
            if (kiosk.getScreen() == Screen.HOME && !kiosk.home().services().isEmpty()) {
                kiosk.home().chooseService(kiosk.home().services().get(0).id());
            }
            return null;
        });
        await("the ticket screen", () -> onFx(() -> kiosk.getScreen() == Screen.TICKET));
        TicketScreenData ticket = onFx(() -> kiosk.currentTicketProperty().get());
        assertThat(ticket.offline()).isFalse();
        assertThat(ticket.number()).startsWith("K");

        // the advisor sees it arrive over the event stream, then presses Call next
        await(
                "the ticket in the advisor's queue",
                () -> onFx(() -> console.desk().queues().waiting().stream()
                        .anyMatch(t -> t.number().equals(ticket.number()))));
        long pressed = System.nanoTime();
        onFx(() -> {
            console.desk().callNext();
            return null;
        });
        await(
                "the advisor's current customer",
                () -> onFx(() -> {
                    TicketDto current = console.desk().current();
                    return current != null && current.number().equals(ticket.number());
                }));

        // the wall: the number large, with the desk, in the scene graph
        DisplayViewModel board = display.board();
        await(
                "the display's spotlight",
                () -> onFx(() ->
                        ticket.number().equals(board.spotlightProperty().get().number())));
        long shownMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - pressed);
        String desk = onFx(() -> board.spotlightProperty().get().desk());
        assertThat(desk).contains("1");
        assertThat(onFx(() -> labelsIn(display.root()))).contains(ticket.number());
        System.out.printf(
                "e2e: %s issued, called and on the display %d ms after Call next%n", ticket.number(), shownMillis);
    }

    private DisplayComposition openDisplay() throws Exception {
        DisplayOptions options = DisplayOptions.parse(new String[] {
            "--server",
            server.baseUrl(),
            "--point",
            POINT,
            "--token",
            "demo-display-" + POINT,
            "--data",
            data.resolve("display").toString(),
            "--sound",
            "off"
        });
        LuukkuClient client = new LuukkuClient(
                server.baseUrl(), () -> "demo-display-" + POINT, LuukkuClient.defaultHttpClient(), JsonMapper.create());
        DisplayComposition display = onFx(() -> {
            DisplayComposition d = new DisplayComposition(
                    options,
                    client,
                    DisplayFeed.eventStreams(client, POINT),
                    runner,
                    (delay, action) -> {
                        PauseTransition p = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
                        p.setOnFinished(e -> action.run());
                        p.play();
                    },
                    Announcer.silent(),
                    Clock.systemUTC());
            Stage stage = new Stage();
            stage.setScene(new Scene(d.root(), 1920, 1080));
            stage.show();
            d.start();
            return d;
        });
        open.add(display);
        await(
                "the display's first state",
                () -> onFx(() -> display.board().readyProperty().get()));
        return display;
    }

    private KioskViewModel openKiosk() throws Exception {
        Path dir = data.resolve("kiosk");
        LuukkuClient client = new LuukkuClient(
                server.baseUrl(), () -> "demo-kiosk-" + POINT, LuukkuClient.defaultHttpClient(), JsonMapper.create());
        DurableOutbox outbox = DurableOutbox.open(dir, "kiosk-outbox", Clock.systemUTC());
        OfflineNumberStore numbers = OfflineNumberStore.open(dir);
        TicketIssuer issuer = new TicketIssuer(
                client,
                POINT,
                "e2e-kiosk",
                outbox,
                numbers,
                Clock.systemUTC(),
                ZoneId.of("Europe/Helsinki"),
                client.mapper(),
                20);
        OutboxPump pump = new OutboxPump(
                outbox, issuer::deliver, Clock.systemUTC(), Duration.ofSeconds(5), Duration.ofSeconds(30), n -> {});
        open.add(outbox);
        open.add(numbers);
        open.add(pump);
        ServiceKioskBackend backend = new ServiceKioskBackend(
                client, POINT, "lobby", issuer, outbox, pump, new CatalogCache(dir, client.mapper()));
        KioskViewModel vm = onFx(() -> new KioskViewModel(
                backend,
                new SimulatedPrinter(new TicketLayout(PrinterModel.GENERIC_RASTER, null)),
                runner,
                new Messages(),
                KioskSettings.defaults("e2e-kiosk"),
                Clock.systemUTC(),
                FeedbackLauncher.NONE,
                () -> {}));
        onFx(() -> {
            vm.loadCatalog();
            return null;
        });
        await("the kiosk's catalogue", () -> onFx(() -> vm.getCatalog() != null));
        return vm;
    }

    private ConsoleViewModel signIn(String user) throws Exception {
        SessionToken token = new SessionToken(null);
        LuukkuClient client =
                new LuukkuClient(server.baseUrl(), token, LuukkuClient.defaultHttpClient(), JsonMapper.create());
        HttpServiceGateway gateway = new HttpServiceGateway(client, token);
        AtomicReference<Session> session = new AtomicReference<>();
        Texts texts = Texts.of(Language.FI);
        onFx(() -> {
            LoginViewModel login = new LoginViewModel(gateway, runner, token, texts, POINT, session::set);
            login.preferDesk(DESK);
            login.usernameProperty().set(user);
            login.passwordProperty().set("demo");
            login.login();
            return null;
        });
        await("signed in", () -> session.get() != null);
        ScheduledDelayer delayer = new ScheduledDelayer();
        open.add(delayer);
        ConsoleViewModel console = onFx(() -> {
            LiveLink link = new LiveLink(
                    gateway, runner, delayer, new PointState(JsonMapper.create()), POINT, Duration.ofMillis(200));
            ConsoleViewModel c = new ConsoleViewModel(
                    session.get(),
                    texts,
                    gateway,
                    runner,
                    link,
                    new MemoryDraftStore(),
                    () -> {},
                    Clock.systemUTC(),
                    "Mikkeli");
            c.start();
            return c;
        });
        open.add(console);
        await(
                "the console online",
                () -> onFx(() -> console.link().isOnline()
                        && console.link().state().loadedProperty().get()));
        return console;
    }

    private static List<String> labelsIn(Node root) {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Labeled l && node.isVisible()) {
            texts.add(l.getText());
        } else if (node instanceof javafx.scene.text.Text t && node.isVisible()) {
            texts.add(t.getText());
        }
        if (node instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("FX work failed", e);
        }
    }

    private static void await(String what, BooleanSupplier condition) {
        Awaitility.await(what)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20))
                .until(condition::getAsBoolean);
    }
}
