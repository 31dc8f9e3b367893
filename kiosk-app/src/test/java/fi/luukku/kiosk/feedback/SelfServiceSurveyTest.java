package fi.luukku.kiosk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.concurrent.CurrentThreadTaskRunner;
import fi.luukku.core.i18n.CitizenLanguage;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.core.outbox.DurableOutbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The pop-up the lobby kiosk opens after self-service. */
@ExtendWith(ApplicationExtension.class)
class SelfServiceSurveyTest {
    static {
        if (System.getProperty("headless.geometry") == null) { // only if the toolkit is not configured yet
            System.setProperty("headless.geometry", "1920x1080-32");
        }
    }

    private final ObjectMapper mapper = JsonMapper.create();
    private DurableOutbox outbox;
    private SelfServiceSurvey survey;
    private Stage owner;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("fb-popup");
        outbox = DurableOutbox.open(dir, "fb", Clock.systemUTC());
        survey = new SelfServiceSurvey(
                new FeedbackRecorder(outbox, mapper, () -> {}),
                new CurrentThreadTaskRunner(),
                Clock.systemUTC(),
                Duration.ofSeconds(30));
        var screen = javafx.stage.Screen.getPrimary().getBounds();
        stage.setScene(new Scene(new StackPane(), screen.getWidth(), screen.getHeight()));
        stage.show();
        owner = stage;
    }

    @AfterEach
    void tearDown() {
        outbox.close();
    }

    @Test
    void askesTwoQuestionsStoresTheAnswerAndClosesItself(FxRobot robot) throws Exception {
        AtomicReference<FeedbackFlowViewModel> flow = new AtomicReference<>();
        robot.interact(() -> flow.set(survey.show(owner, CitizenLanguage.SV)));
        assertThat(survey.isShowing()).isTrue();
        assertThat(robot.lookup(".fb-question").queryLabeled().getText())
                .isEqualTo(Messages.of(CitizenLanguage.SV).get("rating.question"));
        robot.clickOn("#rating-5");
        robot.clickOn("#alone-no");
        robot.clickOn("#reason-PREFER_PERSON");
        assertThat(robot.lookup("#thanks").queryLabeled().getText())
                .isEqualTo(Messages.of(CitizenLanguage.SV).get("thanks.title"));
        var r = mapper.readValue(outbox.undelivered().get(0).payload(), StoredFeedback.class)
                .request();
        assertThat(r.rating()).isEqualTo(5);
        assertThat(r.couldDoAlone()).isFalse();
        assertThat(r.notAloneReason()).isEqualTo("PREFER_PERSON");
        assertThat(r.source()).isEqualTo("SELF_SERVICE_POPUP");
        assertThat(r.language()).isEqualTo("sv");
        robot.clickOn("#done");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(survey.isShowing()).isFalse();
        assertThat(flow.get().finishedProperty().get()).isTrue();
    }
}
