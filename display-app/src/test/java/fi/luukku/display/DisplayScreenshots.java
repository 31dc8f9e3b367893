package fi.luukku.display;

import static fi.luukku.display.testing.Fixtures.T0;
import static fi.luukku.display.testing.Fixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.domain.TicketStatus;
import fi.luukku.core.i18n.Language;
import fi.luukku.core.testing.MutableClock;
import fi.luukku.display.board.CallSpotlight;
import fi.luukku.display.board.DisplayStore;
import fi.luukku.display.board.DisplayView;
import fi.luukku.display.board.DisplayViewModel;
import fi.luukku.display.desk.DeskView;
import fi.luukku.display.desk.DeskViewModel;
import fi.luukku.display.feed.LinkStatus;
import fi.luukku.display.testing.Boards;
import fi.luukku.display.testing.Fixtures;
import fi.luukku.display.testing.RecordingAnnouncer;
import fi.luukku.ui.testing.LayoutChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes the display's screenshots for the docs:
 * {@code ./mvnw -o -pl display-app test -Dtest=DisplayScreenshots -Dluukku.screenshots=../docs/screenshots}.
 */
@EnabledIfSystemProperty(named = "luukku.screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class DisplayScreenshots {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 100, 100));
        stage.show();
    }

    private static Path dir() throws IOException {
        Path d = Path.of(System.getProperty("luukku.screenshots"));
        Files.createDirectories(d);
        return d;
    }

    private void shoot(FxRobot robot, Parent root, int w, int h, String name) throws IOException {
        robot.interact(() -> stage.setScene(new Scene(root, w, h)));
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS); // let the call animation end
        robot.interact(() -> {});
        WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertThat(LayoutChecks.cutOff(stage.getScene())).as(name).isEmpty();
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = stage.getScene().snapshot(null));
        ImageIO.write(
                SwingFXUtils.fromFXImage(img[0], null),
                "png",
                dir().resolve(name + ".png").toFile());
    }

    private DisplayView board(List<Language> lang, boolean reconnecting) {
        MutableClock clock = new MutableClock(T0);
        DisplayStore store = new DisplayStore(Fixtures.MAPPER, 24);
        DisplayViewModel vm = new DisplayViewModel(
                store,
                CallSpotlight.standard(),
                new RecordingAnnouncer(),
                lang,
                Duration.ofSeconds(8),
                Duration.ofSeconds(12),
                clock);
        DisplayView view = new DisplayView(vm);
        store.reload(Boards.busyMorning(), Boards.desks());
        store.link(reconnecting ? LinkStatus.RECONNECTING : LinkStatus.LIVE);
        store.apply(Fixtures.event(
                121, "ticket.called", ticket("n1", "K043", TicketStatus.CALLED, "d4", T0.plusSeconds(5), 0, null)));
        vm.tick();
        return view;
    }

    @Test
    void lobbyBoards(FxRobot robot) throws IOException {
        DisplayView[] v = new DisplayView[1];
        robot.interact(() -> v[0] = board(List.of(Language.FI), false));
        shoot(robot, v[0].root(), 1920, 1080, "display-1920x1080");
        robot.interact(() -> v[0] = board(List.of(Language.SV), false));
        shoot(robot, v[0].root(), 3840, 2160, "display-3840x2160");
        robot.interact(() -> v[0] = board(List.of(Language.EN), true));
        shoot(robot, v[0].root(), 1080, 1920, "display-1080x1920-portrait");
        robot.interact(() -> v[0] = board(List.of(Language.EN), true));
        shoot(robot, v[0].root(), 1920, 1080, "display-reconnecting");
    }

    @Test
    void deskMode(FxRobot robot) throws IOException {
        DeskView[] v = new DeskView[1];
        robot.interact(() -> {
            DisplayStore store = new DisplayStore(Fixtures.MAPPER, 24);
            DeskViewModel vm =
                    new DeskViewModel(store, "d5", List.of(Language.FI), Duration.ofSeconds(8), new MutableClock(T0));
            v[0] = new DeskView(vm);
            store.reload(Boards.busyMorning(), Boards.desks());
            store.link(LinkStatus.LIVE);
            store.apply(Fixtures.event(
                    121, "ticket.called", ticket("n1", "M003", TicketStatus.CALLED, "d5", T0.plusSeconds(5))));
        });
        shoot(robot, v[0].root(), 800, 480, "display-desk-800x480");
    }
}
