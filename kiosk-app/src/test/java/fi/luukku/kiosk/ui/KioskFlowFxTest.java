package fi.luukku.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.concurrent.CurrentThreadTaskRunner;
import fi.luukku.kiosk.i18n.Messages;
import fi.luukku.kiosk.session.FeedbackLauncher;
import fi.luukku.kiosk.session.KioskSettings;
import fi.luukku.kiosk.session.Screen;
import fi.luukku.kiosk.shell.KioskShellView;
import fi.luukku.kiosk.shell.KioskViewModel;
import fi.luukku.kiosk.testing.FakeBackend;
import fi.luukku.kiosk.testing.RecordingPrinter;
import fi.luukku.ui.Theme;
import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Walks the kiosk's paths through the real screens, by touch (clicks) and by keyboard alone. */
@ExtendWith(ApplicationExtension.class)
class KioskFlowFxTest {
    final FakeBackend backend = new FakeBackend();
    final RecordingPrinter printer = new RecordingPrinter();
    KioskViewModel vm;

    @Start
    void start(Stage stage) {
        Theme.install(false);
        vm = new KioskViewModel(
                backend,
                printer,
                new CurrentThreadTaskRunner(),
                new Messages(),
                KioskSettings.defaults("kiosk-1"),
                Clock.systemUTC(),
                FeedbackLauncher.NONE,
                () -> {});
        KioskShellView view = new KioskShellView(vm);
        Scene scene = new Scene(view.createView(), 1280, 800);
        view.install(scene);
        stage.setScene(scene);
        stage.show();
        vm.loadCatalog();
    }

    /** Touches a control, scrolling it into view first as a citizen would on a small screen. */
    private static void tap(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        robot.interact(() -> {
            for (javafx.scene.Parent p = n.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane sp) {
                    javafx.geometry.Bounds b = sp.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                    double content = sp.getContent().getBoundsInLocal().getHeight();
                    double view = sp.getViewportBounds().getHeight();
                    if (content > view) {
                        sp.setVvalue(Math.max(0, Math.min(1, (b.getMaxY() - view + 20) / (content - view))));
                    }
                }
            }
        });
        robot.clickOn(query);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void languageThenOneTileIsThePrintedTicket(FxRobot robot) {
        tap(robot, "#lang-sv");
        assertThat(robot.lookup("#authority-police").queryButton().getText()).isEqualTo("Polisen – tillstånd");
        tap(robot, "#authority-police");
        assertThat(text(robot, "#ticket-number")).isEqualTo("P041");
        assertThat(text(robot, "#ticket-service")).isEqualTo("Pass och identitetskort");
        assertThat(robot.lookup("#ticket-qr").query().isVisible()).isTrue();
        assertThat(backend.issued).singleElement().satisfies(i -> {
            assertThat(i.language()).isEqualTo("sv");
            assertThat(i.needs()).isEmpty();
        });
        assertThat(printer.printed).hasSize(1);
        tap(robot, "#ticket-done");
        assertThat(vm.getScreen()).isEqualTo(Screen.START);
        assertThat(vm.getLanguage()).isEqualTo("fi");
    }

    @Test
    void theConfirmationShowsTheLikelyRangeOfTheWaitInTheCitizensLanguage(FxRobot robot) {
        backend.estimate = new long[] {900, 600, 1200}; // about 15 min, likely 10 to 20
        tap(robot, "#lang-uk");
        tap(robot, "#authority-police");
        assertThat(text(robot, "#ticket-number")).isEqualTo("P041");
        assertThat(robot.lookup(".label").queryAllAs(Label.class))
                .extracting(Label::getText)
                .anySatisfy(t -> assertThat(t).contains("близько 10–20 хв"));
        assertThat(printer.printed.get(0).details())
                .anySatisfy(d -> assertThat(d).contains("близько 10–20 хв"));
    }

    @Test
    void specialSupportWithAnInterpreterLanguageTappedOnTheScreen(FxRobot robot) {
        tap(robot, "#lang-en");
        tap(robot, "#special-support");
        tap(robot, "#need-HEARING");
        tap(robot, "#need-INTERPRETER");
        tap(robot, "#interp-ti");
        assertThat(robot.lookup("#interp-ti").queryAs(ToggleButton.class).isSelected())
                .isTrue();
        tap(robot, "#interp-uk");
        assertThat(robot.lookup("#interp-ti").queryAs(ToggleButton.class).isSelected())
                .isFalse();
        assertThat(robot.lookup("#interp-uk").queryAs(ToggleButton.class).isSelected())
                .isTrue();
        tap(robot, "#needs-done");
        assertThat(text(robot, "#needs-summary")).contains("Hearing", "Українська");
        tap(robot, "#authority-police");
        assertThat(backend.issued).singleElement().satisfies(i -> {
            assertThat(i.needs()).containsExactly("INTERPRETER", "HEARING");
            assertThat(i.interpreter()).isEqualTo("uk");
        });
    }

    @Test
    void theNextCitizenSeesEveryScreenFromItsTop(FxRobot robot) {
        robot.interact(() ->
                robot.lookup("#screen-host").query().getScene().getWindow().setHeight(700));
        tap(robot, "#lang-fi");
        Node dontKnow = robot.lookup("#dont-know").query();
        javafx.geometry.Point2D where = robot.point(dontKnow).query();
        tap(robot, "#nav-back");
        tap(robot, "#lang-fi");
        tap(robot, "#special-support");
        tap(robot, "#need-INTERPRETER");
        tap(robot, "#interp-fi"); // the last interpreter language: the screen scrolls down to it
        ScrollPane needs = robot.lookup("#screen-needs .screen-scroll").queryAs(ScrollPane.class);
        assertThat(needs.getVvalue()).isGreaterThan(0);
        // the list scrolled, yet "Done" stays in the window (pinned below the list)
        Node done = robot.lookup("#needs-done").query();
        javafx.geometry.Bounds doneBounds = done.localToScene(done.getLayoutBounds());
        assertThat(doneBounds.getMaxY()).isLessThanOrEqualTo(done.getScene().getHeight());
        tap(robot, "#needs-done");
        assertThat(vm.getScreen()).isEqualTo(Screen.HOME);
        ScrollPane home = robot.lookup("#screen-home").queryAs(ScrollPane.class);
        tap(robot, "#life-to-finland"); // far down: scrolls the home screen
        assertThat(home.getVvalue()).isGreaterThan(0);
        tap(robot, "#ticket-done");

        tap(robot, "#lang-fi"); // the next citizen
        assertThat(home.getVvalue()).isZero();
        assertThat(vm.chosenNeeds()).isEmpty();
        // a tap where "I don't know" was shown for the first citizen is "I don't know" for the next
        robot.clickOn(where);
        assertThat(backend.issued)
                .extracting(FakeBackend.Issue::serviceId)
                .containsExactly("migri-residence", "advice-general");
        tap(robot, "#ticket-done");
        tap(robot, "#lang-fi");
        tap(robot, "#special-support");
        assertThat(robot.lookup("#screen-needs .screen-scroll")
                        .queryAs(ScrollPane.class)
                        .getVvalue())
                .isZero();
        assertThat(robot.lookup("#need-INTERPRETER").queryAs(ToggleButton.class).isSelected())
                .isFalse();
    }

    @Test
    void appointmentCheckInWithTheOnScreenKeyboard(FxRobot robot) {
        tap(robot, "#lang-en");
        tap(robot, "#appointment");
        for (String k : new String[] {"A", "B", "C", "1", "2", "3"}) {
            tap(robot, "#key-" + k);
        }
        assertThat(text(robot, "#appointment-code")).isEqualTo("ABC123");
        tap(robot, "#appointment-submit");
        assertThat(text(robot, "#ticket-number")).isEqualTo("P007");
        assertThat(backend.checkIns).containsExactly("ABC123");
    }

    @Test
    void appointmentWithAWrongCodeExplainsAndStays(FxRobot robot) {
        tap(robot, "#lang-fi");
        tap(robot, "#appointment");
        tap(robot, "#key-X");
        tap(robot, "#key-Y");
        tap(robot, "#key-Z");
        tap(robot, "#appointment-submit");
        assertThat(vm.getScreen()).isEqualTo(Screen.APPOINTMENT);
        assertThat(text(robot, "#error-banner")).startsWith("Varaustunnusta ei löytynyt");
    }

    @Test
    void iDontKnowWhatINeedGoesToReception(FxRobot robot) {
        tap(robot, "#lang-en");
        tap(robot, "#dont-know");
        assertThat(text(robot, "#ticket-number")).startsWith("A");
        assertThat(backend.issued)
                .singleElement()
                .extracting(FakeBackend.Issue::serviceId)
                .isEqualTo("advice-general");
    }

    @Test
    void helpFromEveryScreen(FxRobot robot) {
        tap(robot, "#help");
        assertThat(robot.lookup("#help-banner").queryAs(Label.class).getText()).startsWith("Apu on tulossa");
        tap(robot, "#help-dismiss");
        tap(robot, "#lang-en");
        tap(robot, "#help");
        assertThat(text(robot, "#help-banner")).startsWith("Help is on its way");
        tap(robot, "#help-dismiss");
        tap(robot, "#special-support");
        tap(robot, "#help");
        tap(robot, "#help-dismiss");
        tap(robot, "#needs-done");
        tap(robot, "#authority-tax");
        tap(robot, "#help");
        assertThat(backend.helpSources).hasSize(3 + 1).containsOnly("kiosk:kiosk-1");
    }

    @Test
    void accessibilityTogglesAreAlwaysThere(FxRobot robot) {
        tap(robot, "#toggle-contrast");
        tap(robot, "#toggle-large-text");
        Node root = robot.lookup("#screen-host").query().getScene().getRoot();
        assertThat(root.getStyleClass()).contains(Theme.HIGH_CONTRAST, Theme.LARGE_TEXT);
        tap(robot, "#lang-fi");
        assertThat(robot.lookup("#toggle-contrast").query().isVisible()).isTrue();
        tap(robot, "#toggle-contrast");
        assertThat(root.getStyleClass()).doesNotContain(Theme.HIGH_CONTRAST);
    }

    @Test
    void walkInByKeyboardAlone(FxRobot robot) {
        tabTo(robot, "lang-en");
        robot.type(KeyCode.ENTER);
        assertThat(vm.getScreen()).isEqualTo(Screen.HOME);
        tabTo(robot, "authority-police");
        robot.type(KeyCode.ENTER);
        assertThat(vm.getScreen()).isEqualTo(Screen.TICKET);
        robot.type(KeyCode.ESCAPE);
        assertThat(vm.getScreen()).isEqualTo(Screen.START);
    }

    @Test
    void appointmentByKeyboardTyping(FxRobot robot) {
        tabTo(robot, "lang-en");
        robot.type(KeyCode.ENTER);
        tabTo(robot, "appointment");
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.A, KeyCode.B, KeyCode.C, KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3);
        robot.type(KeyCode.BACK_SPACE);
        robot.type(KeyCode.DIGIT3);
        robot.type(KeyCode.ENTER);
        assertThat(vm.getScreen()).isEqualTo(Screen.TICKET);
        assertThat(backend.checkIns).containsExactly("ABC123");
    }

    private void tabTo(FxRobot robot, String id) {
        for (int i = 0; i < 60; i++) {
            Node focus = robot.lookup("#screen-host").query().getScene().getFocusOwner();
            if (focus != null && id.equals(focus.getId())) {
                return;
            }
            robot.type(KeyCode.TAB);
        }
        throw new AssertionError("could not reach #" + id + " with the Tab key");
    }
}
