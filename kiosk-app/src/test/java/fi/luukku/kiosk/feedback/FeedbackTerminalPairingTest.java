package fi.luukku.kiosk.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.luukku.core.device.pairing.TokenStore;
import fi.luukku.service.support.Api;
import fi.luukku.service.testing.TestServer;
import fi.luukku.ui.pairing.PairedDevice;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The feedback terminal has no event stream: it pairs by code like the kiosk, and its heartbeat is what tells it
 * that its token was revoked (the service forgets the token at once, not after its cache ages).
 */
@ExtendWith(ApplicationExtension.class)
class FeedbackTerminalPairingTest {
    @TempDir
    Path data;

    private TestServer server;
    private PairedDevice device;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        if (device != null) {
            robot.interact(device::close);
        }
        if (server != null) {
            server.close();
        }
    }

    private static String shownCode(FxRobot robot) {
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#pairing-code")
                .tryQuery()
                .map(n -> ((Label) n).getText())
                .filter(t -> !t.isBlank())
                .isPresent());
        return robot.lookup("#pairing-code").queryAs(Label.class).getText();
    }

    @Test
    void pairsAnswersAndReturnsToPairingWithinSecondsOfRevocation(FxRobot robot) {
        server = TestServer.start();
        Api api = new Api(server.baseUrl());
        String admin = api.post("/api/v1/auth/login", null, Map.of("username", "admin", "password", "demo"))
                .json()
                .path("token")
                .asText();
        FeedbackOptions options = FeedbackOptions.parse(new String[] {
            "--server", server.baseUrl(), "--point", "mikkeli", "--buttons", "none", "--data", data.toString()
        });
        FeedbackTerminalApp app = new FeedbackTerminalApp();
        device = app.pairedDevice(
                options, stage, new PairedDevice.Timing(Duration.ofMillis(200), Duration.ofSeconds(1)));
        robot.interact(device::start);
        String code = shownCode(robot);

        Api.Resp approved = api.post(
                "/api/v1/admin/pairing/" + code + "/approve",
                admin,
                Map.of("point", "mikkeli", "role", "FEEDBACK_TERMINAL", "name", "exit-terminal"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> robot.lookup("#progress").tryQuery().isPresent());
        assertThat(data.resolve(TokenStore.FILE_NAME)).exists();
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/v1/points/mikkeli/devices/health", admin)
                .body()
                .contains("exit-terminal@mikkeli"));

        Api.Resp revoked =
                api.call("DELETE", "/api/v1/points/mikkeli/devices/exit-terminal@mikkeli", admin, null, Map.of());
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
        assertThat(shownCode(robot)).isNotEqualTo(code);
        assertThat(data.resolve(TokenStore.FILE_NAME)).doesNotExist();
    }
}
