package fi.luukku.display.board;

import static fi.luukku.display.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.i18n.Language;
import fi.luukku.core.testing.MutableClock;
import fi.luukku.display.desk.DeskView;
import fi.luukku.display.desk.DeskViewModel;
import fi.luukku.display.feed.LinkStatus;
import fi.luukku.display.testing.Boards;
import fi.luukku.display.testing.Fixtures;
import fi.luukku.display.testing.RecordingAnnouncer;
import fi.luukku.ui.testing.ContrastChecks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lobby board (live and reconnecting, landscape and portrait) and the desk display: every text at least 4.5:1
 * against what is drawn behind it, sampled from the rendered screen.
 */
@ExtendWith(ApplicationExtension.class)
class DisplayContrastTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 100, 100));
        stage.show();
    }

    private List<String> check(FxRobot robot, Parent root, int w, int h, String name) {
        List<String> problems = new ArrayList<>();
        robot.interact(() -> stage.setScene(new Scene(root, w, h)));
        WaitForAsyncUtils.waitForFxEvents();
        // a new call pops, blinks and flashes for three seconds; the texts are read once it has settled
        org.awaitility.Awaitility.await("the call animation settles")
                .atMost(java.time.Duration.ofSeconds(15))
                .until(() -> WaitForAsyncUtils.asyncFx(
                                () -> root.lookupAll(".flash").isEmpty())
                        .get());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Scene scene = stage.getScene();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            ContrastChecks.lowContrast(scene, scene.snapshot(null)).forEach(p -> problems.add(name + ": " + p));
        });
        return problems;
    }

    @Test
    void everyTextOnTheBoardAndTheDeskDisplayIsReadable(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        int[][] sizes = {{1920, 1080}, {1080, 1920}};
        for (int[] size : sizes) {
            for (LinkStatus link : List.of(LinkStatus.LIVE, LinkStatus.RECONNECTING)) {
                DisplayView[] view = new DisplayView[1];
                robot.interact(() -> {
                    DisplayStore store = new DisplayStore(Fixtures.MAPPER, 24);
                    DisplayViewModel vm = new DisplayViewModel(
                            store,
                            CallSpotlight.standard(),
                            new RecordingAnnouncer(),
                            List.of(Language.FI, Language.SV),
                            Duration.ofSeconds(8),
                            Duration.ofSeconds(12),
                            new MutableClock(T0));
                    view[0] = new DisplayView(vm);
                    store.reload(Boards.busyMorning(), Boards.desks());
                    store.link(link);
                    vm.tick();
                });
                problems.addAll(check(robot, view[0].root(), size[0], size[1], "board " + link + " " + size[0]));
            }
        }
        DeskView[] desk = new DeskView[1];
        robot.interact(() -> {
            DisplayStore store = new DisplayStore(Fixtures.MAPPER, 24);
            DeskViewModel vm =
                    new DeskViewModel(store, "d5", List.of(Language.FI), Duration.ofSeconds(8), new MutableClock(T0));
            desk[0] = new DeskView(vm);
            store.reload(Boards.busyMorning(), Boards.desks());
            store.link(LinkStatus.LIVE);
        });
        problems.addAll(check(robot, desk[0].root(), 800, 480, "desk"));
        assertThat(problems).isEmpty();
    }
}
