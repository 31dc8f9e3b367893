package fi.luukku.display.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.luukku.display.DisplayApp;
import fi.luukku.display.DisplayOptions;
import fi.luukku.service.support.Api;
import fi.luukku.service.testing.TestServer;
import fi.luukku.ui.pairing.PairedDevice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The display without a token shows a pairing code; approved as a display it shows the board; revoked, its event
 * stream is closed and it is back at the pairing screen within seconds (no heartbeat needed for that here: the
 * heartbeat period is left long on purpose).
 */
@ExtendWith(ApplicationExtension.class)
class DisplayPairingTest {
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
    void pairsShowsTheBoardAndReturnsToPairingWhenRevoked(FxRobot robot) throws Exception {
        server = TestServer.start();
        Api api = new Api(server.baseUrl());
        String admin = api.post("/api/v1/auth/login", null, Map.of("username", "admin", "password", "demo"))
                .json()
                .path("token")
                .asText();
        DisplayOptions options = DisplayOptions.parse(new String[] {
            "--server",
            server.baseUrl(),
            "--point",
            "mikkeli",
            "--sound",
            "off",
            "--languages",
            "fi",
            "--data",
            data.toString(),
            "--size",
            "1280x720"
        });
        device = DisplayApp.pairedDevice(
                options, stage, new PairedDevice.Timing(Duration.ofMillis(200), Duration.ofMinutes(5)));
        robot.interact(device::start);
        String code = shownCode(robot);
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        ImageIO.write(
                SwingFXUtils.fromFXImage(shot[0], null),
                "png",
                target.resolve("pairing-display.png").toFile());
        String docs = System.getProperty("pairing.screenshots.dir");
        if (docs != null) {
            ImageIO.write(
                    SwingFXUtils.fromFXImage(shot[0], null),
                    "png",
                    Path.of(docs, "pairing-display.png").toFile());
        }

        Api.Resp approved = api.post(
                "/api/v1/admin/pairing/" + code + "/approve",
                admin,
                Map.of("point", "mikkeli", "role", "DISPLAY", "name", "hall-display"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> robot.lookup("#pointName").tryQuery().isPresent());

        Api.Resp revoked =
                api.call("DELETE", "/api/v1/points/mikkeli/devices/hall-display@mikkeli", admin, null, Map.of());
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
        assertThat(shownCode(robot)).isNotEqualTo(code);
        assertThat(robot.lookup("#pointName").tryQuery()).isEmpty();
    }
}
