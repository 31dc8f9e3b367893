package fi.luukku.kiosk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.concurrent.CurrentThreadTaskRunner;
import fi.luukku.core.device.buttons.ButtonStats;
import fi.luukku.core.domain.FeedbackSource;
import fi.luukku.core.i18n.CitizenLanguage;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.core.outbox.DurableOutbox;
import fi.luukku.core.testing.MutableClock;
import fi.luukku.ui.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The terminal's screens driven like a customer would, headless, in every language. */
@ExtendWith(ApplicationExtension.class)
class FeedbackTerminalFlowTest {
    static {
        if (System.getProperty("headless.geometry") == null) { // only if the toolkit is not configured yet
            System.setProperty("headless.geometry", "1920x1080-32");
        }
    }

    private final ObjectMapper mapper = JsonMapper.create();
    private Path dir;
    private DurableOutbox outbox;
    private FeedbackFlowViewModel flow;
    private StaffViewModel staff;
    private final MutableClock staffClock = new MutableClock(java.time.Instant.parse("2026-11-22T08:00:00Z"));
    private final java.util.concurrent.atomic.AtomicInteger quits = new java.util.concurrent.atomic.AtomicInteger();

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("fb-flow");
        outbox = DurableOutbox.open(dir, "fb", Clock.systemUTC());
        FeedbackRecorder recorder = new FeedbackRecorder(outbox, mapper, () -> {});
        flow = new FeedbackFlowViewModel(
                recorder,
                new CurrentThreadTaskRunner(),
                Clock.systemUTC(),
                Duration.ofSeconds(45),
                FeedbackFlowViewModel.TERMINAL_STEPS,
                FeedbackSource.TERMINAL,
                CitizenLanguage.FI);
        staff = new StaffViewModel(
                recorder,
                new CurrentThreadTaskRunner(),
                "2468",
                () -> new ButtonStats(3, 9, 2, 1),
                staffClock,
                quits::incrementAndGet);
        var bounds = Screen.getPrimary().getBounds();
        Scene scene = new Scene(
                new FeedbackView(flow, staff, false),
                Math.min(1920, bounds.getWidth()),
                Math.min(1080, bounds.getHeight()));
        Theme.apply(scene);
        scene.getStylesheets().add(FeedbackTerminalApp.STYLESHEET);
        FeedbackTerminalApp.installInput(scene, flow);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown() {
        outbox.close();
    }

    /** Visible on screen: the node and every parent. */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private static String text(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        return ((Labeled) n).getText();
    }

    @ParameterizedTest
    @EnumSource(CitizenLanguage.class)
    void aCustomerAnswersEverythingInTheirLanguage(CitizenLanguage language, FxRobot robot) throws Exception {
        Messages m = Messages.of(language);
        assertThat(robot.lookup("#lang-" + language.code()).queryButton().getText())
                .isEqualTo(language.nativeName());
        robot.clickOn("#lang-" + language.code());
        assertThat(robot.lookup(".fb-question").queryLabeled().getText()).isEqualTo(m.get("rating.question"));
        assertThat(text(robot, "#rating-1")).isEqualTo(m.get("rating.1"));
        assertThat(text(robot, "#rating-5")).isEqualTo(m.get("rating.5"));
        assertThat(text(robot, "#progress")).isEqualTo(m.get("progress", 1, 5));

        robot.clickOn("#rating-4");
        assertThat(robot.lookup(".fb-question").queryLabeled().getText()).isEqualTo(m.get("safety.question"));
        assertThat(text(robot, "#progress")).isEqualTo(m.get("progress", 2, 5));
        assertThat(text(robot, "#safety-1")).isEqualTo(m.get("safety.1"));
        assertThat(text(robot, "#safety-5")).isEqualTo(m.get("safety.5"));
        robot.clickOn("#safety-2");
        assertThat(robot.lookup(".fb-question").queryLabeled().getText()).isEqualTo(m.get("outcome.question"));
        assertThat(text(robot, "#outcome-STARTED")).isEqualTo(m.get("outcome.STARTED"));
        robot.clickOn("#outcome-STARTED");

        assertThat(robot.lookup(".fb-question").queryLabeled().getText()).isEqualTo(m.get("alone.question"));
        assertThat(shown(robot.lookup("#reason-LANGUAGE").query())).isFalse();
        robot.clickOn("#alone-no");
        assertThat(shown(robot.lookup("#reason-LANGUAGE").query())).isTrue();
        assertThat(text(robot, "#reason-LANGUAGE")).isEqualTo(m.get("reason.LANGUAGE"));
        robot.clickOn("#reason-LANGUAGE");

        assertThat(robot.lookup(".fb-question").queryLabeled().getText()).isEqualTo(m.get("comment.question"));
        assertThat(text(robot, "#privacy-note")).isEqualTo(m.get("comment.anonymous"));
        // each language's own keyboard: a letter only it has, then "k", space, "o" in its script
        String[] keys =
                switch (language) {
                    case FI, SV, ET -> new String[] {"ä", "k", "o"};
                    case EN, SO -> new String[] {"q", "k", "o"};
                    case RU -> new String[] {"ж", "к", "о"};
                    case UK -> new String[] {"ї", "к", "о"};
                    case AR -> new String[] {"ض", "ك", "و"};
                };
        String letter = keys[0];
        for (String k : new String[] {keys[0], keys[1], null, keys[2], keys[1]}) {
            if (k == null) {
                robot.clickOn("#osk-space");
            } else {
                robot.clickOn(robot.lookup(".osk-key")
                        .match((Button b) -> b.getText().equals(k))
                        .queryButton());
            }
        }
        assertThat(text(robot, "#osk-delete")).isEqualTo(m.get("keyboard.backspace"));
        robot.clickOn("#osk-delete");
        assertThat(robot.lookup("#comment").queryTextInputControl().getText())
                .isEqualTo(letter + keys[1] + " " + keys[2]);
        robot.clickOn("#send");

        assertThat(text(robot, "#thanks")).isEqualTo(m.get("thanks.title"));
        var items = outbox.undelivered();
        assertThat(items).hasSize(1);
        var r = mapper.readValue(items.get(0).payload(), StoredFeedback.class).request();
        assertThat(r.rating()).isEqualTo(4);
        assertThat(r.perceivedSafety()).isEqualTo(2);
        assertThat(r.outcome()).isEqualTo("STARTED");
        assertThat(r.couldDoAlone()).isFalse();
        assertThat(r.notAloneReason()).isEqualTo("LANGUAGE");
        assertThat(r.comment()).isEqualTo(letter + keys[1] + " " + keys[2]);
        assertThat(r.language()).isEqualTo(language.code());

        robot.clickOn("#done");
        assertThat(robot.lookup("#lang-fi").tryQuery()).isPresent();
    }

    @ParameterizedTest
    @EnumSource(CitizenLanguage.class)
    void everyQuestionCanBeSkipped(CitizenLanguage language, FxRobot robot) {
        Messages m = Messages.of(language);
        robot.clickOn("#lang-" + language.code());
        for (int i = 0; i < 5; i++) {
            assertThat(text(robot, "#skip")).isEqualTo(m.get("nav.skip") + " ›");
            robot.clickOn("#skip");
        }
        assertThat(text(robot, "#thanks")).isEqualTo(m.get("thanks.nothing"));
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void theKeyboardAloneIsEnough(FxRobot robot) throws Exception {
        robot.type(KeyCode.SPACE); // focus starts on the first language
        assertThat(flow.step()).isEqualTo(FeedbackStep.RATING);
        robot.write("5");
        assertThat(flow.step()).isEqualTo(FeedbackStep.SAFETY);
        robot.write("4"); // the safety question takes the same keys
        assertThat(flow.step()).isEqualTo(FeedbackStep.OUTCOME);
        robot.type(KeyCode.SPACE);
        assertThat(flow.step()).isEqualTo(FeedbackStep.ALONE);
        robot.type(KeyCode.ESCAPE); // back
        assertThat(flow.step()).isEqualTo(FeedbackStep.OUTCOME);
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.SPACE); // "yes"
        assertThat(flow.step()).isEqualTo(FeedbackStep.COMMENT);
        robot.write("Kiitos");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        assertThat(flow.step()).isEqualTo(FeedbackStep.THANKS);
        var r = mapper.readValue(outbox.undelivered().get(0).payload(), StoredFeedback.class)
                .request();
        assertThat(r.rating()).isEqualTo(5);
        assertThat(r.perceivedSafety()).isEqualTo(4);
        assertThat(r.outcome()).isEqualTo("HANDLED");
        assertThat(r.couldDoAlone()).isTrue();
        assertThat(r.comment()).isEqualTo("Kiitos");
    }

    @Test
    void aScannedTicketLinksTheVisit(FxRobot robot) throws Exception {
        // a keyboard-wedge scanner types the ticket's URL within milliseconds, then Enter
        Scene scene = robot.lookup("#lang-fi").query().getScene();
        robot.interact(() -> {
            for (char c : "http://localhost:8080/t/Zx81Spec".toCharArray()) {
                Event.fireEvent(
                        scene.getFocusOwner(),
                        new KeyEvent(
                                KeyEvent.KEY_TYPED,
                                String.valueOf(c),
                                "",
                                KeyCode.UNDEFINED,
                                false,
                                false,
                                false,
                                false));
            }
            Event.fireEvent(
                    scene.getFocusOwner(),
                    new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            Event.fireEvent(
                    scene.getFocusOwner(),
                    new KeyEvent(KeyEvent.KEY_TYPED, "\r", "", KeyCode.UNDEFINED, false, false, false, false));
            Event.fireEvent(
                    scene.getFocusOwner(),
                    new KeyEvent(KeyEvent.KEY_RELEASED, "", "", KeyCode.ENTER, false, false, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flow.language()).isEqualTo(CitizenLanguage.FI);
        assertThat(flow.trackingCodeProperty().get()).isEqualTo("Zx81Spec");
        assertThat(flow.step()).isEqualTo(FeedbackStep.RATING);
        assertThat(shown(robot.lookup("#visit-linked").query())).isTrue();
        robot.clickOn("#rating-2");
        robot.clickOn("#skip");
        robot.clickOn("#skip");
        robot.clickOn("#skip");
        robot.clickOn("#skip");
        var r = mapper.readValue(outbox.undelivered().get(0).payload(), StoredFeedback.class)
                .request();
        assertThat(r.trackingCode()).isEqualTo("Zx81Spec");
    }

    @Test
    void staffSeeHowManyAnswersWaitOnlyWithThePin(FxRobot robot) {
        robot.clickOn("#lang-en");
        robot.clickOn("#rating-3");
        for (int i = 0; i < 4; i++) {
            robot.clickOn("#skip");
        }
        robot.clickOn("#done");
        robot.clickOn("#staff-corner");
        assertThat(shown(robot.lookup("#staff-pending").query())).isFalse();
        for (String k : List.of("#pin-1", "#pin-1", "#pin-1", "#pin-1", "#pin-ok")) {
            robot.clickOn(k);
        }
        assertThat(staff.wrongPinProperty().get()).isTrue();
        assertThat(shown(robot.lookup("#staff-pending").query())).isFalse();
        for (String k : List.of("#pin-2", "#pin-4", "#pin-6", "#pin-8", "#pin-ok")) {
            robot.clickOn(k);
        }
        assertThat(shown(robot.lookup("#staff-pending").query())).isTrue();
        assertThat(text(robot, "#staff-pending"))
                .isEqualTo(Messages.of(CitizenLanguage.FI).get("staff.pending", 1));
        assertThat(text(robot, "#staff-buttons")).contains("9");
        assertThat(shown(robot.lookup("#staff-unsaved").query())).isFalse(); // nothing waits in memory
        robot.clickOn("#staff-close");
        assertThat(shown(robot.lookup("#staff-pending").query())).isFalse();
        assertThat(quits.get()).isZero();
    }

    @Test
    void staffLeaveTheTerminalOnlyThroughThePinPanel(FxRobot robot) {
        robot.clickOn("#staff-corner");
        assertThat(shown(robot.lookup("#staff-quit").query())).isFalse();
        for (String k : List.of("#pin-2", "#pin-4", "#pin-6", "#pin-8", "#pin-ok")) {
            robot.clickOn(k);
        }
        robot.clickOn("#staff-quit");
        assertThat(quits.get()).isEqualTo(1);
    }

    @Test
    void fiveWrongPinsLockThePadForFiveMinutes(FxRobot robot) {
        robot.clickOn("#staff-corner");
        for (int t = 0; t < StaffViewModel.MAX_TRIES; t++) {
            for (String k : List.of("#pin-1", "#pin-1", "#pin-1", "#pin-1", "#pin-ok")) {
                robot.clickOn(k);
            }
        }
        assertThat(staff.lockedOutProperty().get()).isTrue();
        assertThat(shown(robot.lookup("#staff-locked-out").query())).isTrue();
        assertThat(robot.lookup("#pin-2").queryButton().isDisabled()).isTrue();
        robot.interact(() -> {
            for (int d : new int[] {2, 4, 6, 8}) {
                staff.digit(d); // even past the disabled pad, the right PIN is refused
            }
            staff.submitPin();
        });
        assertThat(staff.unlockedProperty().get()).isFalse();

        staffClock.advance(StaffViewModel.LOCKOUT);
        robot.interact(staff::tick);
        assertThat(robot.lookup("#pin-2").queryButton().isDisabled()).isFalse();
        for (String k : List.of("#pin-2", "#pin-4", "#pin-6", "#pin-8", "#pin-ok")) {
            robot.clickOn(k);
        }
        assertThat(staff.unlockedProperty().get()).isTrue();
    }
}
