package fi.luukku.advisor.login;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.advisor.Session;
import fi.luukku.advisor.Texts;
import fi.luukku.advisor.service.SessionToken;
import fi.luukku.advisor.testing.FakeService;
import fi.luukku.core.i18n.Language;
import fi.luukku.ui.FxTaskRunner;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LoginViewTest {
    private final FakeService service =
            new FakeService(new FakeService.MutableClock(Instant.parse("2026-11-20T06:00:00Z")));
    private final AtomicReference<Session> session = new AtomicReference<>();
    private FxTaskRunner runner;

    @Start
    void start(Stage stage) {
        runner = new FxTaskRunner("login-test");
        LoginViewModel vm = new LoginViewModel(
                service, runner, new SessionToken(null), Texts.of(Language.FI), FakeService.POINT, session::set);
        stage.setScene(new Scene(new LoginView(vm, Texts.of(Language.FI)).root(), 800, 600));
        stage.show();
        vm.loadDesks();
        vm.preferDesk("desk-2");
    }

    @AfterEach
    void stop() {
        runner.close();
    }

    @Test
    void signsInWithTheKeyboard(FxRobot robot) throws Exception {
        robot.clickOn("#login-username").write("advisor1");
        robot.push(KeyCode.TAB);
        robot.write("demo");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> session.get() != null);
        assertThat(session.get().deskId()).isEqualTo("desk-2");
    }

    @Test
    void aWrongPasswordIsSaidInFinnish(FxRobot robot) throws Exception {
        robot.clickOn("#login-username").write("advisor1");
        robot.push(KeyCode.TAB);
        robot.write("wrong");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#login-error")
                .queryAs(Label.class)
                .getText()
                .isEmpty());
        assertThat(robot.lookup("#login-error").queryAs(Label.class).getText())
                .isEqualTo("Väärä käyttäjätunnus tai salasana.");
        assertThat(session.get()).isNull();
    }
}
