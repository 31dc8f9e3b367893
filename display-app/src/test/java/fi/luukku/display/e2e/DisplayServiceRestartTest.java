package fi.luukku.display.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.api.QueueDto;
import fi.luukku.core.api.SnapshotDto;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.core.live.CallEntry;
import fi.luukku.core.live.LiveState;
import fi.luukku.display.DisplayComposition;
import fi.luukku.display.DisplayOptions;
import fi.luukku.display.feed.DisplayFeed;
import fi.luukku.display.feed.LinkStatus;
import fi.luukku.display.testing.RecordingAnnouncer;
import fi.luukku.service.testing.TestServer;
import fi.luukku.ui.FxTaskRunner;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole way with the real service: a ticket called over HTTP reaches the board over the event stream; the
 * service is killed and restarted while the board runs; the board says it is reconnecting, keeps its last state,
 * reconnects by itself and is then exactly what the service says, including what happened while it was away.
 */
@ExtendWith(ApplicationExtension.class)
class DisplayServiceRestartTest {
    private TestServer server;
    private FxTaskRunner runner;
    private DisplayComposition display;
    private final RecordingAnnouncer announcer = new RecordingAnnouncer();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        if (display != null) {
            robot.interact(display::close);
        }
        if (runner != null) {
            runner.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private void startDisplay(FxRobot robot, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "--server",
                server.baseUrl(),
                "--point",
                "mikkeli",
                "--token",
                "demo-display-mikkeli",
                "--sound",
                "off",
                "--languages",
                "fi"));
        args.addAll(List.of(extra));
        DisplayOptions options = DisplayOptions.parse(args.toArray(String[]::new));
        runner = new FxTaskRunner("display-test");
        var client = new fi.luukku.core.api.LuukkuClient(
                server.baseUrl(),
                options::token,
                fi.luukku.core.api.LuukkuClient.defaultHttpClient(),
                JsonMapper.create());
        robot.interact(() -> {
            display = new DisplayComposition(
                    options,
                    client,
                    DisplayFeed.eventStreams(client, "mikkeli"),
                    runner,
                    (delay, action) -> {
                        PauseTransition p = new PauseTransition(Duration.millis(delay.toMillis()));
                        p.setOnFinished(e -> action.run());
                        p.play();
                    },
                    announcer,
                    Clock.systemUTC());
            stage.setScene(new Scene(display.root(), 1920, 1080));
            stage.show();
            display.start();
        });
    }

    private static void waitFor(int seconds, String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for: " + what, e);
        }
    }

    private <T> T onFx(FxRobot robot, Callable<T> c) {
        AtomicReference<T> r = new AtomicReference<>();
        robot.interact(() -> {
            try {
                r.set(c.call());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return r.get();
    }

    private LiveState shown(FxRobot robot) {
        return onFx(robot, () -> display.store().state());
    }

    private static List<String> board(LiveState s) {
        return s.recentCalls().stream()
                .map(c -> c.number() + "@" + c.deskId() + ":" + c.status())
                .toList();
    }

    private static Map<String, Integer> waiting(LiveState s) {
        Map<String, Integer> m = new TreeMap<>();
        for (QueueDto q : s.queues()) {
            m.put(q.id(), q.waiting());
        }
        return m;
    }

    /** What a display freshly started now would show. */
    private LiveState truth(LiveService live) {
        SnapshotDto snap = live.kiosk.snapshot("mikkeli");
        return LiveState.fromSnapshot(snap);
    }

    private boolean agrees(FxRobot robot, LiveService live) {
        LiveState truth = truth(live);
        LiveState shown = shown(robot);
        return board(shown).equals(board(truth)) && waiting(shown).equals(waiting(truth));
    }

    @Test
    void aCallReachesTheBoardAndTheBoardIsRightAgainAfterTheServiceWasKilledAndRestarted(FxRobot robot)
            throws Exception {
        server = TestServer.start();
        LiveService live = new LiveService(server.baseUrl());
        for (int i = 0; i < 4; i++) {
            live.issue();
        }
        startDisplay(robot, "--resync-after-seconds", "1"); // this outage lasts longer: reload, do not resume
        waitFor(
                10,
                "the board goes live",
                () -> onFx(robot, () -> display.board().linkProperty().get()) == LinkStatus.LIVE);

        TicketDto first = live.callNext().orElseThrow();
        waitFor(
                5,
                "the call on screen",
                () -> onFx(robot, () -> first.number()
                        .equals(robot.lookup("#spotNumber").queryAs(Label.class).getText())));
        assertThat(announcer.numbers()).containsExactly(first.number());
        assertThat(agrees(robot, live)).isTrue();

        // kill the service: the board keeps its state and says it is reconnecting
        server.stop();
        waitFor(
                10,
                "the reconnecting mark",
                () -> onFx(
                        robot,
                        () -> robot.lookup("#linkMark").queryAs(Label.class).isVisible()));
        assertThat(onFx(
                        robot,
                        () -> robot.lookup("#spotNumber").queryAs(Label.class).getText()))
                .isEqualTo(first.number());
        assertThat(onFx(robot, () -> display.board().linkProperty().get())).isEqualTo(LinkStatus.RECONNECTING);

        Thread.sleep(1500);

        // restart it and change things before the board is back
        server.restart();
        live = new LiveService(server.baseUrl());
        TicketDto second = live.callNext().orElseThrow();
        live.advisor.start(second.id());
        TicketDto third = live.callNext().orElseThrow();
        live.issue();

        LiveService l = live;
        waitFor(
                30,
                "the board live again",
                () -> onFx(robot, () -> display.board().linkProperty().get()) == LinkStatus.LIVE);
        waitFor(10, "the board equal to the service", () -> agrees(robot, l));
        assertThat(onFx(
                        robot,
                        () -> robot.lookup("#linkMark").queryAs(Label.class).isVisible()))
                .isFalse();
        assertThat(board(shown(robot))).first().asString().startsWith(third.number() + "@");
        waitFor(10, "the call made while away announced", () -> announcer
                .numbers()
                .contains(third.number()));
        // each call announced once; whether the second was still seen as a live event depends on whether the board
        // was back before the advisor called it (otherwise it was already being served at the reload: no chime)
        assertThat(announcer.numbers())
                .doesNotHaveDuplicates()
                .startsWith(first.number())
                .endsWith(third.number());
        assertThat(onFx(robot, () -> display.boardView().visibleTexts())).contains(third.number(), second.number());

        // and it goes on following the stream afterwards
        TicketDto fourth = live.callNext().orElseThrow();
        waitFor(5, "a call after the restart", () -> shown(robot).recentCalls().stream()
                .map(CallEntry::number)
                .anyMatch(fourth.number()::equals));
        assertThat(agrees(robot, live)).isTrue();
    }

    @Test
    void aShortBreakResumesFromTheLastEventIdWithoutAFullReload(FxRobot robot) throws Exception {
        server = TestServer.start();
        LiveService live = new LiveService(server.baseUrl());
        for (int i = 0; i < 3; i++) {
            live.issue();
        }
        startDisplay(robot, "--resync-after-seconds", "3600");
        waitFor(
                10,
                "live",
                () -> onFx(robot, () -> display.board().linkProperty().get()) == LinkStatus.LIVE);
        TicketDto first = live.callNext().orElseThrow();
        waitFor(5, "first call", () -> agrees(robot, live));

        server.restart();
        LiveService again = new LiveService(server.baseUrl());
        TicketDto second = again.callNext().orElseThrow();
        waitFor(
                30,
                "resumed and equal",
                () -> agrees(robot, again)
                        && onFx(robot, () -> display.board().linkProperty().get()) == LinkStatus.LIVE);
        // resumed, not reloaded: the call made while the board was away was folded as an event and announced
        waitFor(10, "the second call announced", () -> announcer.numbers().size() >= 2);
        assertThat(announcer.numbers()).containsExactly(first.number(), second.number());
    }
}
