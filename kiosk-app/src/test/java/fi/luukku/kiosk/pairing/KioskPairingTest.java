package fi.luukku.kiosk.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import fi.luukku.core.device.pairing.TokenStore;
import fi.luukku.kiosk.KioskApp;
import fi.luukku.kiosk.KioskConfig;
import fi.luukku.service.support.Api;
import fi.luukku.service.testing.TestServer;
import fi.luukku.ui.pairing.PairedDevice;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
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
 * The kiosk's whole pairing life against the real service: started without a token it shows a code; an
 * administrator approves the code over the API; the kiosk stores its token, shows its start screen and sends
 * heartbeats with its printer's state; a restart uses the stored token; a revoked token brings the pairing
 * screen back and removes the stored token.
 */
@ExtendWith(ApplicationExtension.class)
class KioskPairingTest {
    private static final PairedDevice.Timing FAST =
            new PairedDevice.Timing(Duration.ofMillis(200), Duration.ofMillis(300));

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

    private PairedDevice kiosk(FxRobot robot, String... extra) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "--server", server.baseUrl(), "--point", "mikkeli", "--printer", "sim", "--data", data.toString()));
        args.addAll(java.util.List.of(extra));
        KioskConfig cfg = KioskConfig.parse(args.toArray(String[]::new));
        PairedDevice d = KioskApp.pairedDevice(cfg, stage, FAST);
        robot.interact(d::start);
        return d;
    }

    private static String shownCode(FxRobot robot) {
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#pairing-code")
                .tryQuery()
                .map(n -> ((Label) n).getText())
                .filter(t -> !t.isBlank())
                .isPresent());
        return robot.lookup("#pairing-code").queryAs(Label.class).getText();
    }

    private static void awaitStartScreen(FxRobot robot) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> robot.lookup("#screen-host").tryQuery().isPresent()
                        && robot.lookup("#pairing-code").tryQuery().isEmpty());
    }

    @Test
    void withoutTokenPairsByCodeStartsStoresReusesAndReturnsToPairingWhenRevoked(FxRobot robot) throws Exception {
        server = TestServer.start();
        Api api = new Api(server.baseUrl());
        String admin = api.post("/api/v1/auth/login", null, Map.of("username", "admin", "password", "demo"))
                .json()
                .path("token")
                .asText();

        device = kiosk(robot);
        String code = shownCode(robot);
        assertThat(code).matches("[A-Z0-9]{6}");
        assertThat(robot.lookup("#pairing-title-sv").tryQuery()).isPresent();
        assertThat(robot.lookup("#pairing-instruction-en").tryQuery()).isPresent();
        screenshot(robot, "pairing-kiosk.png");
        assertThat(api.get("/api/v1/admin/pairing", admin).body())
                .contains(code)
                .contains("kiosk at mikkeli");

        Api.Resp approved = api.post(
                "/api/v1/admin/pairing/" + code + "/approve",
                admin,
                Map.of("point", "mikkeli", "role", "KIOSK", "name", "lobby-kiosk"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        awaitStartScreen(robot);

        Path tokenFile = data.resolve(TokenStore.FILE_NAME);
        assertThat(tokenFile).exists();
        JsonNode stored = Api.MAPPER.readTree(tokenFile.toFile());
        assertThat(stored.path("name").asText()).isEqualTo("lobby-kiosk@mikkeli");
        assertThat(stored.path("token").asText()).isNotBlank();
        if (Files.getFileAttributeView(tokenFile, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile)))
                    .isEqualTo("rw-------");
        }

        // the heartbeat arrives with the simulated printer's state
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode health =
                    api.get("/api/v1/points/mikkeli/devices/health", admin).json();
            JsonNode mine = null;
            for (JsonNode n : health) {
                if (n.path("device").asText().equals("lobby-kiosk@mikkeli")) {
                    mine = n;
                }
            }
            assertThat(mine).as(health.toString()).isNotNull();
            assertThat(mine.path("printer").asText()).isEqualTo("OK");
            assertThat(mine.path("role").asText()).isEqualTo("KIOSK");
        });

        // a restart uses the stored token: straight to the start screen, no code
        robot.interact(device::close);
        device = kiosk(robot);
        awaitStartScreen(robot);

        // revoked: back to the pairing screen within seconds, the stored token gone
        Api.Resp revoked =
                api.call("DELETE", "/api/v1/points/mikkeli/devices/lobby-kiosk@mikkeli", admin, null, Map.of());
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
        String again = shownCode(robot);
        assertThat(again).isNotEqualTo(code);
        await().atMost(Duration.ofSeconds(5)).until(() -> !Files.exists(tokenFile));
    }

    @Test
    void aRotatedAwayTokenGivenOnTheCommandLineAlsoLeadsToPairingNeverToADemoToken(FxRobot robot) {
        server = TestServer.start();
        Api api = new Api(server.baseUrl());
        String admin = api.post("/api/v1/auth/login", null, Map.of("username", "admin", "password", "demo"))
                .json()
                .path("token")
                .asText();
        JsonNode created = api.post("/api/v1/points/mikkeli/devices", admin, Map.of("role", "KIOSK", "name", "given"))
                .json();
        device = kiosk(robot, "--token", created.path("token").asText());
        awaitStartScreen(robot);
        Api.Resp rotated = api.post("/api/v1/points/mikkeli/devices/given@mikkeli/rotate", admin, Map.of());
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        assertThat(rotated.json().path("token").asText())
                .isNotEqualTo(created.path("token").asText());
        assertThat(shownCode(robot)).matches("[A-Z0-9]{6}");
        assertThat(data.resolve(TokenStore.FILE_NAME)).doesNotExist();
    }

    private void screenshot(FxRobot robot, String name) throws Exception {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        WritableImage img = shot[0];
        BufferedImage out = new BufferedImage((int) img.getWidth(), (int) img.getHeight(), BufferedImage.TYPE_INT_RGB);
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        ImageIO.write(out, "png", target.resolve(name).toFile());
        String docs = System.getProperty("pairing.screenshots.dir");
        if (docs != null) {
            Files.createDirectories(Path.of(docs));
            ImageIO.write(out, "png", Path.of(docs, name).toFile());
        }
    }
}
