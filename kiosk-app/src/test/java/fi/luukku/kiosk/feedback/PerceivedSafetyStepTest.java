package fi.luukku.kiosk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import fi.luukku.core.api.FeedbackDto;
import fi.luukku.core.api.LoginRequest;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.concurrent.CurrentThreadTaskRunner;
import fi.luukku.core.domain.FeedbackSource;
import fi.luukku.core.i18n.CitizenLanguage;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.service.testing.TestServer;
import fi.luukku.ui.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import okhttp3.Request;
import okhttp3.Response;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The perceived-safety question (issue 12) pressed on the real screen: its answer goes through the durable outbox
 * to the central service, which stores it as {@code perceivedSafety}.
 */
@ExtendWith(ApplicationExtension.class)
class PerceivedSafetyStepTest {
    static {
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "1920x1080-32");
        }
    }

    private TestServer server;
    private FeedbackBackend backend;
    private FeedbackFlowViewModel flow;

    @Start
    void start(Stage stage) throws Exception {
        server = TestServer.start();
        var mapper = JsonMapper.create();
        LuukkuClient terminal = new LuukkuClient(
                server.baseUrl(), () -> "demo-feedback-mikkeli", LuukkuClient.defaultHttpClient(), mapper);
        Path dir = Files.createTempDirectory("fb-safety");
        backend = FeedbackBackend.open(
                dir, terminal, "mikkeli", mapper, Clock.systemUTC(), Duration.ofSeconds(1), n -> {});
        flow = new FeedbackFlowViewModel(
                backend.recorder(),
                new CurrentThreadTaskRunner(),
                Clock.systemUTC(),
                Duration.ofSeconds(45),
                FeedbackFlowViewModel.TERMINAL_STEPS,
                FeedbackSource.TERMINAL,
                CitizenLanguage.FI);
        Scene scene = new Scene(new FeedbackView(flow, null, false), 1920, 1080);
        Theme.apply(scene);
        scene.getStylesheets().add(FeedbackTerminalApp.STYLESHEET);
        FeedbackTerminalApp.installInput(scene, flow);
        stage.setScene(scene);
        stage.show();
        backend.start();
    }

    @AfterEach
    void tearDown() {
        backend.close();
        server.close();
    }

    @Test
    void theSafetyAnswerPressedOnScreenReachesTheService(FxRobot robot) {
        Messages m = Messages.of(CitizenLanguage.SV);
        robot.clickOn("#lang-sv");
        robot.clickOn("#rating-4");
        assertThat(robot.lookup(".fb-question").queryLabeled().getText()).isEqualTo(m.get("safety.question"));
        Button fifth = robot.lookup("#safety-5").queryButton();
        assertThat(fifth.getText()).isEqualTo(m.get("safety.5"));
        assertThat(fifth.isFocused() || robot.lookup("#safety-1").queryButton().isFocused())
                .as("the first face has the keyboard focus")
                .isTrue();
        robot.clickOn("#safety-5");
        for (int i = 0; i < 3; i++) { // outcome, alone, comment
            robot.clickOn("#skip");
        }
        assertThat(robot.lookup("#thanks").queryLabeled().getText()).isEqualTo(m.get("thanks.title"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> storedAt(server.baseUrl()).size() == 1);
        FeedbackDto f = storedAt(server.baseUrl()).get(0);
        assertThat(f.perceivedSafety()).isEqualTo(5);
        assertThat(f.rating()).isEqualTo(4);
        assertThat(f.outcome()).isNull();
        assertThat(f.language()).isEqualTo("sv");
    }

    @Test
    void skippingTheSafetyQuestionSendsNoSafetyAnswer(FxRobot robot) {
        robot.clickOn("#lang-en");
        robot.clickOn("#rating-2");
        robot.clickOn("#skip"); // safety
        assertThat(flow.step()).isEqualTo(FeedbackStep.OUTCOME);
        robot.clickOn("#back");
        assertThat(flow.step()).isEqualTo(FeedbackStep.SAFETY);
        robot.clickOn("#skip");
        robot.clickOn("#skip");
        robot.clickOn("#skip");
        robot.clickOn("#skip");
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> storedAt(server.baseUrl()).size() == 1);
        FeedbackDto f = storedAt(server.baseUrl()).get(0);
        assertThat(f.rating()).isEqualTo(2);
        assertThat(f.perceivedSafety()).isNull();
    }

    private static List<FeedbackDto> storedAt(String url) {
        var mapper = JsonMapper.create();
        LuukkuClient anonymous = new LuukkuClient(url, () -> null, LuukkuClient.defaultHttpClient(), mapper);
        String token =
                anonymous.login(new LoginRequest("supervisor", "demo", null)).token();
        Request get = new Request.Builder()
                .url(url + "/api/v1/points/mikkeli/feedback")
                .header("Authorization", "Bearer " + token)
                .build();
        try (Response r = anonymous.httpClient().newCall(get).execute()) {
            if (!r.isSuccessful()) {
                throw new AssertionError("listing feedback failed: HTTP " + r.code());
            }
            return mapper.readValue(r.body().string(), new TypeReference<List<FeedbackDto>>() {});
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
