package fi.luukku.display.board;

import static fi.luukku.display.testing.Fixtures.T0;
import static fi.luukku.display.testing.Fixtures.called;
import static fi.luukku.display.testing.Fixtures.event;
import static fi.luukku.display.testing.Fixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.domain.TicketStatus;
import fi.luukku.core.i18n.Language;
import fi.luukku.core.testing.MutableClock;
import fi.luukku.display.feed.LinkStatus;
import fi.luukku.display.testing.Boards;
import fi.luukku.display.testing.Fixtures;
import fi.luukku.display.testing.RecordingAnnouncer;
import fi.luukku.ui.testing.LayoutChecks;
import java.time.Duration;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DisplayViewTest {
    private final MutableClock clock = new MutableClock(T0);
    private final DisplayStore store = new DisplayStore(Fixtures.MAPPER, 24);
    private final RecordingAnnouncer announcer = new RecordingAnnouncer();
    private DisplayViewModel vm;
    private DisplayView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new DisplayViewModel(
                store,
                new CallSpotlight(Duration.ofSeconds(5), Duration.ofSeconds(2), 3),
                announcer,
                List.of(Language.FI),
                Duration.ofSeconds(8),
                Duration.ofSeconds(12),
                clock);
        view = new DisplayView(vm);
        stage.setScene(new Scene(view.root(), 1920, 1080));
        stage.show();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void fx(FxRobot robot, Runnable r) {
        robot.interact(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void beforeTheFirstSnapshotItSaysItIsConnecting(FxRobot robot) {
        assertThat(robot.lookup("#linkMark").queryAs(Label.class).isVisible()).isTrue();
        assertThat(text(robot, "#linkMark")).contains("Yhdistetään");
        assertThat(text(robot, "#spotDesk")).isEqualTo("Odota, kunnes numerosi näkyy näytöllä");
    }

    @Test
    void showsTheSnapshotAndThenEachNewCallAtOnce(FxRobot robot) {
        fx(robot, () -> {
            store.reload(Boards.busyMorning(), Boards.desks());
            store.link(LinkStatus.LIVE);
        });
        assertThat(text(robot, "#pointName")).isEqualTo("Mikkelin asiointipiste");
        assertThat(text(robot, "#spotNumber")).isEqualTo("K042");
        assertThat(text(robot, "#spotDesk")).isEqualTo("Palvelupiste 2");
        assertThat(robot.lookup("#linkMark").queryAs(Label.class).isVisible()).isFalse();
        assertThat(view.visibleTexts()).contains("A017", "P008", "Kela", "Poliisin lupapalvelut");

        fx(robot, () -> store.apply(called(121, "new", "K043", "d1", T0.plusSeconds(1))));
        assertThat(text(robot, "#spotNumber")).isEqualTo("K043");
        assertThat(text(robot, "#spotDesk")).isEqualTo("Palvelupiste 1");
        assertThat(announcer.numbers()).containsExactly("K043");

        // a second call right after: listed at once, spotlight after the hold time
        fx(robot, () -> store.apply(called(122, "new2", "A018", "d3", T0.plusSeconds(2))));
        assertThat(text(robot, "#spotNumber")).isEqualTo("K043");
        assertThat(view.visibleTexts()).contains("A018");
        fx(robot, () -> {
            clock.advance(Duration.ofSeconds(6));
            vm.tick();
        });
        assertThat(text(robot, "#spotNumber")).isEqualTo("A018");
        assertThat(text(robot, "#spotDesk")).isEqualTo("Etäpalveluhuone");
    }

    @Test
    void marksAppointmentsAndRecalls(FxRobot robot) {
        fx(robot, () -> store.reload(Fixtures.emptySnapshot(1), Fixtures.desks()));
        fx(
                robot,
                () -> store.apply(
                        event(2, "ticket.called", ticket("a", "A001", TicketStatus.CALLED, "d1", T0, 0, "appt"))));
        assertThat(robot.lookup("#spotBadge").queryAs(Label.class).isVisible()).isTrue();
        assertThat(text(robot, "#spotBadge")).isEqualTo("Ajanvaraus");
        fx(
                robot,
                () -> store.apply(
                        event(3, "ticket.recalled", ticket("a", "A001", TicketStatus.CALLED, "d1", T0, 1, "appt"))));
        assertThat(text(robot, "#spotBadge")).isEqualTo("Ajanvaraus · Kutsutaan uudelleen");
    }

    @Test
    void aBrokenLinkShowsADiscreetMarkAndKeepsTheLastState(FxRobot robot) {
        fx(robot, () -> {
            store.reload(Boards.busyMorning(), Boards.desks());
            store.link(LinkStatus.LIVE);
        });
        fx(robot, () -> store.link(LinkStatus.RECONNECTING));
        assertThat(robot.lookup("#linkMark").queryAs(Label.class).isVisible()).isTrue();
        assertThat(text(robot, "#linkMark")).contains("yhdistetään uudelleen");
        assertThat(text(robot, "#spotNumber")).isEqualTo("K042");
        fx(robot, () -> store.link(LinkStatus.LIVE));
        assertThat(robot.lookup("#linkMark").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void aQueuesWaitIsShownAsARangeAndMovesWithTheQueue(FxRobot robot) {
        fi.luukku.core.api.QueueDto q = Fixtures.queue("q-k", "K", 4, 900);
        fi.luukku.core.api.QueueDto wide = new fi.luukku.core.api.QueueDto(
                q.id(), q.pointId(), q.prefix(), q.name(), q.authorityId(), 4, 900, 0, 0, 1, 600, 1200, false);
        fi.luukku.core.api.SnapshotDto snap = Boards.busyMorning();
        fx(
                robot,
                () -> store.reload(
                        new fi.luukku.core.api.SnapshotDto(
                                snap.lastEventId(),
                                snap.point(),
                                List.of(wide),
                                List.of(),
                                snap.recentCalls(),
                                List.of(),
                                snap.infoMessages()),
                        Boards.desks()));
        assertThat(view.visibleTexts()).anySatisfy(t -> assertThat(t).contains("noin 10–20 min"));
        // a desk shared with another queue called someone: the service sends this queue's new estimate
        fi.luukku.core.api.QueueDto moved = new fi.luukku.core.api.QueueDto(
                q.id(), q.pointId(), q.prefix(), q.name(), q.authorityId(), 4, 1500, 0, 0, 1, 1200, 1800, false);
        fx(robot, () -> store.apply(event(snap.lastEventId() + 1, "queue.updated", moved)));
        assertThat(view.visibleTexts())
                .anySatisfy(t -> assertThat(t).contains("noin 20–30 min"))
                .noneSatisfy(t -> assertThat(t).contains("noin 10–20 min"));
    }

    @Test
    void theInfoLineShowsTheStaffMessage(FxRobot robot) {
        fx(robot, () -> store.reload(Boards.busyMorning(), Boards.desks()));
        assertThat(text(robot, "#info")).startsWith("Kelan etäpalvelu on tänään avoinna");
        fx(robot, () -> store.apply(event(121, "info.updated", List.of(Fixtures.info("x", "Suljemme klo 16", 1)))));
        assertThat(text(robot, "#info")).isEqualTo("Suljemme klo 16");
    }

    @Test
    void manyQueuesTurnPagesInsteadOfShrinkingTooSmallToRead(FxRobot robot) {
        java.util.List<fi.luukku.core.api.QueueDto> queues = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            String prefix = String.valueOf((char) ('A' + i));
            queues.add(Fixtures.queue("q" + i, prefix, i % 3 == 0 ? 4 : 0, 600));
        }
        fi.luukku.core.api.SnapshotDto snap = Boards.busyMorning();
        fx(
                robot,
                () -> store.reload(
                        new fi.luukku.core.api.SnapshotDto(
                                snap.lastEventId(),
                                snap.point(),
                                queues,
                                List.of(),
                                snap.recentCalls(),
                                List.of(),
                                snap.infoMessages()),
                        Boards.desks()));
        assertThat(robot.lookup("#queues")
                        .queryAs(javafx.scene.layout.GridPane.class)
                        .getChildren())
                .hasSize(6);
        assertThat(view.visibleTexts()).contains("Jonot  1/2", "Jono A", "Jono D", "Jono G"); // the busy ones first
        assertThat(LayoutChecks.smallestFontPx(stage.getScene())).isGreaterThanOrEqualTo(19);
        assertThat(LayoutChecks.cutOff(stage.getScene())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1920,1080,false", "3840,2160,false", "1080,1920,true", "1280,720,false", "1366,768,false"})
    void fitsEveryScreenWithNothingCutOff(int w, int h, boolean portrait, FxRobot robot) {
        fx(robot, () -> {
            stage.getScene().setRoot(new javafx.scene.layout.StackPane());
            stage.setScene(new Scene(view.root(), w, h));
            store.reload(Boards.busyMorning(), Boards.desks());
            store.link(LinkStatus.RECONNECTING);
        });
        assertThat(view.isPortrait()).isEqualTo(portrait);
        assertThat(LayoutChecks.cutOff(stage.getScene())).isEmpty();
        fx(
                robot,
                () -> store.apply(event(
                        121,
                        "ticket.called",
                        ticket("x", "K100", TicketStatus.CALLED, "d5", T0.plusSeconds(10), 2, "appt"))));
        assertThat(LayoutChecks.cutOff(stage.getScene())).isEmpty();
        assertThat(LayoutChecks.smallestFontPx(stage.getScene())).isGreaterThanOrEqualTo(16 * Math.min(w, h) / 1080.0);
        assertThat(text(robot, "#spotNumber")).isEqualTo("K100");
        javafx.geometry.Bounds b = robot.lookup("#spotNumber")
                .query()
                .localToScene(robot.lookup("#spotNumber").query().getLayoutBounds());
        // the number is big: at least a fifth of the shorter side of the screen
        assertThat(b.getHeight()).isGreaterThan(Math.min(w, h) / 5.0);
    }
}
