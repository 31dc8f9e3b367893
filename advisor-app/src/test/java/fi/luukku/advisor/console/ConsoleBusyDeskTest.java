package fi.luukku.advisor.console;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.advisor.Texts;
import fi.luukku.advisor.drafts.MemoryDraftStore;
import fi.luukku.advisor.referral.SlipOutput;
import fi.luukku.advisor.testing.FakeService;
import fi.luukku.advisor.testing.TestConsole;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.concurrent.CurrentThreadTaskRunner;
import fi.luukku.core.domain.TicketStatus;
import fi.luukku.core.i18n.Language;
import fi.luukku.ui.Theme;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The busy-desk fixes of the console, each through the real key or control (issue 15, item 6). */
@ExtendWith(ApplicationExtension.class)
class ConsoleBusyDeskTest {
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final FakeService.MutableClock clock = new FakeService.MutableClock(Instant.parse("2026-11-20T08:00:00Z"));
    private final FakeService service = new FakeService(clock);
    private TestConsole console;

    @Start
    void start(Stage stage) throws Exception {
        console = new TestConsole(
                service,
                service.desks.get(0),
                clock,
                Language.EN,
                new CurrentThreadTaskRunner(),
                new MemoryDraftStore());
        ConsoleView view = new ConsoleView(
                console.vm,
                Texts.of(Language.EN),
                new SlipOutput(Files.createTempDirectory("slips"), HELSINKI, new CurrentThreadTaskRunner()),
                HELSINKI);
        Scene scene = new Scene(view.root(), 1366, 768);
        Theme.apply(scene);
        view.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
        console.vm.start();
    }

    private static <T> T fx(Callable<T> action) {
        try {
            T result = WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(action));
            WaitForAsyncUtils.waitForFxEvents();
            return result;
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    private static void key(FxRobot robot, KeyCode... codes) {
        robot.push(codes);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TicketDto callOne(FxRobot robot) {
        TicketDto t = fx(() -> service.issue("q-kela", "fi", List.of()));
        key(robot, KeyCode.F2);
        assertThat(console.vm.desk().current().id()).isEqualTo(t.id());
        return t;
    }

    @Test
    void transferFocusGoesTargetInstructionsFrontAndTypingNeverTogglesTheJump(FxRobot robot) {
        TicketDto t = callOne(robot);
        key(robot, KeyCode.F7);
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = robot.lookup("#referral-targets").query();
        assertThat(focused.isFocused()).isTrue();
        key(robot, KeyCode.DOWN); // a target
        key(robot, KeyCode.TAB);
        assertThat(robot.lookup("#referral-instructions").query().isFocused()).isTrue();
        robot.write("Ask for Anna at desk 3 f ");
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox front = robot.lookup("#referral-to-front").queryAs(CheckBox.class);
        assertThat(front.isSelected()).isFalse();
        assertThat(console.vm.referral().instructionsProperty().get()).isEqualTo("Ask for Anna at desk 3 f ");
        key(robot, KeyCode.TAB);
        assertThat(front.isFocused()).isTrue();

        key(robot, KeyCode.CONTROL, KeyCode.ENTER); // send
        assertThat(console.vm.referral().isOpen()).isFalse();
        assertThat(robot.lookup("#referral-overlay").query().isVisible()).isFalse();
        assertThat(service.ticketById(t.id()).status()).isEqualTo(TicketStatus.WAITING);
        NotificationPane pane = robot.lookup("#notification-pane").queryAs(NotificationPane.class);
        assertThat(pane.isShowing()).isTrue();
        assertThat(robot.lookup("#notification-message").queryAs(Label.class).getText())
                .startsWith(t.number() + " transferred to");
    }

    @Test
    void noShowNeedsASecondPressAndItsUndoButtonPutsTheTicketBack(FxRobot robot) {
        TicketDto first = callOne(robot);
        fx(() -> service.issue("q-kela", "fi", List.of()));
        key(robot, KeyCode.F5);
        assertThat(service.ticketById(first.id()).status()).isEqualTo(TicketStatus.CALLED);
        assertThat(robot.lookup("#btn-no-show").queryButton().getText()).startsWith("Confirm no-show");
        assertThat(robot.lookup("#notification-message").queryAs(Label.class).getText())
                .contains("again to confirm");
        key(robot, KeyCode.F5);
        assertThat(service.ticketById(first.id()).status()).isEqualTo(TicketStatus.NO_SHOW);

        Button undo = robot.lookup("#btn-undo-no-show").queryButton();
        assertThat(undo.isVisible()).isTrue();
        fx(() -> {
            clock.advance(Duration.ofMinutes(4));
            return null;
        });
        robot.clickOn(undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(service.ticketById(first.id()).status()).isEqualTo(TicketStatus.WAITING);
        @SuppressWarnings("unchecked")
        ListView<TicketDto> waiting = robot.lookup("#waiting-list").queryAs(ListView.class);
        assertThat(waiting.getItems().get(0).id()).isEqualTo(first.id());
    }

    @Test
    void undoNoShowByItsKey(FxRobot robot) {
        TicketDto t = callOne(robot);
        key(robot, KeyCode.F5);
        key(robot, KeyCode.F5);
        key(robot, KeyCode.SHIFT, KeyCode.F5);
        assertThat(service.ticketById(t.id()).status()).isEqualTo(TicketStatus.WAITING);
    }

    @Test
    void callNextExplainsEarlyAppointmentsAndTheListShowsTheirTimes(FxRobot robot) {
        fx(() -> service.checkInAppointment("q-kela", Instant.parse("2026-11-20T08:40:00Z")));
        fx(() -> service.checkInAppointment("q-neuvonta", Instant.parse("2026-11-20T09:15:00Z")));
        robot.clickOn("#btn-call-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(console.vm.desk().current()).isNull();
        assertThat(robot.lookup("#console-message").queryAs(Label.class).getText())
                .isEqualTo("2 appointments not yet due, next at 10:40");
        assertThat(robot.lookup("#notification-message").queryAs(Label.class).getText())
                .isEqualTo("2 appointments not yet due, next at 10:40");
        assertThat(robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                        .map(c -> c.getText() == null ? "" : c.getText()))
                .anyMatch(s -> s.contains("appointment 10:40"))
                .anyMatch(s -> s.contains("appointment 11:15"));
    }

    @Test
    void errorsShowAsARedNotification(FxRobot robot) {
        callOne(robot);
        service.failNext(409, "somebody else");
        key(robot, KeyCode.F4);
        NotificationPane pane = robot.lookup("#notification-pane").queryAs(NotificationPane.class);
        assertThat(pane.isShowing()).isTrue();
        assertThat(pane.getStyleClass()).contains("error");
        assertThat(robot.lookup("#notification-error").queryAs(Label.class).getText())
                .startsWith("Start:");
    }
}
