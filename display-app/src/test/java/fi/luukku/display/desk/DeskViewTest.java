package fi.luukku.display.desk;

import static fi.luukku.display.testing.Fixtures.T0;
import static fi.luukku.display.testing.Fixtures.called;
import static fi.luukku.display.testing.Fixtures.event;
import static fi.luukku.display.testing.Fixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.domain.TicketStatus;
import fi.luukku.core.i18n.Language;
import fi.luukku.core.testing.MutableClock;
import fi.luukku.display.board.DisplayStore;
import fi.luukku.display.feed.LinkStatus;
import fi.luukku.display.testing.Fixtures;
import fi.luukku.ui.testing.LayoutChecks;
import java.time.Duration;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DeskViewTest {
    private final DisplayStore store = new DisplayStore(Fixtures.MAPPER, 24);
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DeskViewModel vm =
                new DeskViewModel(store, "d3", List.of(Language.FI), Duration.ofSeconds(8), new MutableClock(T0));
        stage.setScene(new Scene(new DeskView(vm).root(), 800, 480));
        stage.show();
    }

    private Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    private void fx(FxRobot robot, Runnable r) {
        robot.interact(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsTheNumberCalledToThisDeskUntilTheVisitEnds(FxRobot robot) {
        fx(robot, () -> {
            store.reload(Fixtures.emptySnapshot(1), Fixtures.desks());
            store.link(LinkStatus.LIVE);
        });
        assertThat(label(robot, "#deskName").getText()).isEqualTo("Etäpalveluhuone");
        assertThat(label(robot, "#deskTitle").getText()).isEqualTo("Tervetuloa");
        assertThat(label(robot, "#deskNumber").isVisible()).isFalse();
        assertThat(label(robot, "#linkMark").isVisible()).isFalse();

        fx(robot, () -> store.apply(called(2, "a", "P012", "d3", T0)));
        fx(robot, () -> store.apply(called(3, "b", "K099", "d1", T0)));
        assertThat(label(robot, "#deskNumber").getText()).isEqualTo("P012");
        assertThat(label(robot, "#deskTitle").getText()).isEqualTo("Vuorossa");
        assertThat(LayoutChecks.cutOff(stage.getScene())).isEmpty();

        fx(robot, () -> store.apply(event(4, "ticket.finished", ticket("a", "P012", TicketStatus.FINISHED, "d3", T0))));
        assertThat(label(robot, "#deskNumber").isVisible()).isFalse();
    }

    @Test
    void saysWhenTheLinkIsDown(FxRobot robot) {
        fx(robot, () -> {
            store.reload(Fixtures.emptySnapshot(1), Fixtures.desks());
            store.link(LinkStatus.RECONNECTING);
        });
        assertThat(label(robot, "#linkMark").isVisible()).isTrue();
        assertThat(label(robot, "#linkMark").getText()).contains("yhdistetään uudelleen");
    }
}
