package fi.luukku.advisor.management;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.advisor.Session;
import fi.luukku.advisor.workspace.StaffWorkspaces;
import fi.luukku.advisor.workspace.WorkspaceKind;
import fi.luukku.advisor.workspace.Workspaces;
import fi.luukku.core.api.AdminClient;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.domain.Role;
import fi.luukku.core.i18n.Language;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.service.support.Api;
import fi.luukku.service.testing.TestServer;
import fi.luukku.ui.FxTaskRunner;
import fi.luukku.ui.Theme;
import fi.luukku.ui.testing.LayoutChecks;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The management workspace against the real central service (in-process, demo data), driven through its controls
 * at 1366×768 as an administrator signed in without a desk: a point, a queue and a desk made through the generic
 * forms, a stale edit, a refused value shown at its field, a device paired by its code and then revoked. Also
 * writes {@code target/screenshots/management-*.png} (kept in docs/screenshots).
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ManagementWorkspaceTest {
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static TestServer server;
    private static Api api;
    private static String adminToken;
    private FxTaskRunner runner;
    private Workspaces workspaces;
    private Scene scene;

    @BeforeAll
    static void startService() throws Exception {
        server = TestServer.start();
        api = new Api(server.baseUrl());
        adminToken = api.login("admin");
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopService() {
        server.close();
    }

    @Start
    void start(Stage stage) {
        Theme.install(false);
        runner = new FxTaskRunner("management-test");
        LuukkuClient client = new LuukkuClient(
                server.baseUrl(), () -> adminToken, LuukkuClient.defaultHttpClient(), JsonMapper.create());
        StaffWorkspaces factory = new StaffWorkspaces(new AdminClient(client), runner, Language.EN, HELSINKI);
        Session admin = new Session("admin", "Admin", Role.ADMIN, "mikkeli", null, null);
        workspaces = factory.build(admin, null, () -> {});
        scene = new Scene((Parent) workspaces.root(), 1366, 768);
        Theme.apply(scene);
        workspaces.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        runner.close();
    }

    private AdminClient adminClient() {
        return new AdminClient(new LuukkuClient(
                server.baseUrl(), () -> adminToken, LuukkuClient.defaultHttpClient(), JsonMapper.create()));
    }

    private static void until(String what, Callable<Boolean> condition) {
        Awaitility.await(what)
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    WaitForAsyncUtils.waitForFxEvents();
                    return condition.call();
                });
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(c));
    }

    private void open(FxRobot robot, String section) throws Exception {
        until("the sections are listed", () -> robot.lookup(section).tryQuery().isPresent());
        // the list of sections is taller than the window: bring the section into view, then click it
        fx(() -> {
            @SuppressWarnings("unchecked")
            var nav = (javafx.scene.control.ListView<String>) scene.lookup("#management-nav");
            ManagementTexts texts = new ManagementTexts(Language.EN);
            for (int i = 0; i < nav.getItems().size(); i++) {
                if (section.equals(texts.getOr("section." + nav.getItems().get(i), ""))) {
                    nav.scrollTo(i);
                }
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn((Node) robot.lookup(section).match(Node::isVisible).query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Fills an input as a person would: clicks it, enters the text and leaves it with Tab. The text is set on the
     * focused control in one step (typing each key through the headless robot costs seconds per field); see
     * {@link #typeKeys} for keystrokes.
     */
    private static void type(FxRobot robot, String id, String text) {
        Node n = robot.lookup("#" + id).query();
        robot.clickOn(n);
        robot.interact(() -> {
            if (n instanceof javafx.scene.control.TextInputControl t) {
                t.setText(text);
            } else if (n instanceof javafx.scene.control.ComboBox<?> c) {
                c.getEditor().setText(text);
            }
        });
        robot.push(KeyCode.TAB);
    }

    /** Types key by key (slow headless: used for one field per test). */
    private static void typeKeys(FxRobot robot, String id, String text) {
        robot.clickOn("#" + id);
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write(text);
        robot.push(KeyCode.TAB);
    }

    private static String message(FxRobot robot) {
        String t = robot.lookup("#management-message").queryAs(Label.class).getText();
        return t == null ? "" : t;
    }

    private void save(FxRobot robot, String id) {
        robot.clickOn("#management-save");
        try {
            until("saved " + id, () -> message(robot).equals("Saved: " + id));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            StringBuilder marked = new StringBuilder();
            robot.lookup(n -> n.getStyleClass().contains("error")).queryAll().forEach(n -> marked.append(n.getId())
                    .append(": ")
                    .append(
                            n instanceof javafx.scene.control.Control c && c.getTooltip() != null
                                    ? c.getTooltip().getText()
                                    : "")
                    .append("; "));
            throw new AssertionError(
                    "not saved: " + message(robot) + " "
                            + robot.lookup("#management-errors")
                                    .queryAs(Label.class)
                                    .getText() + " " + marked,
                    e);
        }
    }

    @Test
    @Order(1)
    void aPointAQueueAndADeskAreCreatedThroughTheForms(FxRobot robot) throws Exception {
        assertThat(workspaces.available()).containsExactly(WorkspaceKind.MANAGEMENT, WorkspaceKind.REPORTS);
        open(robot, "Service points");
        robot.clickOn("#management-new");
        typeKeys(robot, "field-id", "tesoma");
        type(robot, "field-name-fi", "Tesoman palvelupiste");
        type(robot, "field-name-sv", "Tesoma servicepunkt");
        type(robot, "field-name-en", "Tesoma service point");
        type(robot, "field-municipality", "Tampere");
        type(robot, "field-address", "Tesomankatu 1");
        type(robot, "field-languages", "fi");
        type(robot, "field-timeZone", "Europe/Helsinki");
        type(robot, "field-authorities", "kela");
        save(robot, "tesoma");

        open(robot, "Queues");
        robot.clickOn("#management-new");
        type(robot, "field-id", "tesoma-kela");
        type(robot, "field-point", "tesoma");
        type(robot, "field-prefix", "K");
        type(robot, "field-authority", "kela");
        type(robot, "field-name-fi", "Kela");
        type(robot, "field-name-sv", "FPA");
        type(robot, "field-name-en", "Kela");
        save(robot, "tesoma-kela");

        open(robot, "Desks");
        robot.clickOn("#management-new");
        type(robot, "field-id", "tesoma-1");
        type(robot, "field-point", "tesoma");
        type(robot, "field-kind", "COUNTER");
        type(robot, "field-name-fi", "Luukku 1");
        type(robot, "field-name-sv", "Lucka 1");
        type(robot, "field-name-en", "Desk 1");
        type(robot, "field-queues", "tesoma-kela");
        save(robot, "tesoma-1");

        JsonNode desks = api.get("/api/v1/points/tesoma/desks", adminToken).json();
        assertThat(desks.toString()).contains("tesoma-1").contains("Luukku 1");
        assertThat(adminClient().get("desks", "tesoma-1").path("queues").toString())
                .contains("tesoma-kela");
        shoot("management-desks");
    }

    @Test
    @Order(2)
    void aStaleEditIsReloadedWithAClearMessage(FxRobot robot) throws Exception {
        open(robot, "Desks");
        until("the desks are listed", () -> robot.lookup(n -> n instanceof javafx.scene.control.ListCell<?> c
                        && c.getText() != null
                        && c.getText().startsWith("mikkeli-2 "))
                .tryQuery()
                .isPresent());
        robot.clickOn((Node) robot.lookup(n -> n instanceof javafx.scene.control.ListCell<?> c
                        && c.getText() != null
                        && c.getText().startsWith("mikkeli-2 "))
                .query());
        until("the form shows mikkeli-2", () -> robot.lookup("#field-id")
                .queryTextInputControl()
                .getText()
                .equals("mikkeli-2"));
        // meanwhile somebody else renames the desk
        AdminClient other = adminClient();
        ObjectNode current = other.get("desks", "mikkeli-2");
        ((ObjectNode) current.get("name")).put("en", "Renamed elsewhere");
        other.put("desks", "mikkeli-2", current);

        type(robot, "field-name-en", "My late change");
        robot.clickOn("#management-save");
        until("a stale message", () -> message(robot).contains("Someone else changed mikkeli-2"));
        until("the form shows the newer version", () -> robot.lookup("#field-name-en")
                .queryTextInputControl()
                .getText()
                .equals("Renamed elsewhere"));
    }

    @Test
    @Order(3)
    void aValueTheServiceRefusesIsShownAtItsField(FxRobot robot) throws Exception {
        open(robot, "Queues");
        robot.clickOn("#management-new");
        type(robot, "field-id", "tesoma-bad");
        type(robot, "field-point", "tesoma");
        typeKeys(robot, "field-prefix", "k9");
        type(robot, "field-authority", "kela");
        type(robot, "field-name-fi", "Huono");
        type(robot, "field-name-sv", "Dalig");
        type(robot, "field-name-en", "Bad");
        robot.clickOn("#management-save");
        Node prefix = robot.lookup("#field-prefix").query();
        until("the prefix is marked", () -> prefix.getStyleClass().contains("error"));
        assertThat(message(robot)).isEqualTo("Correct the marked fields.");
        Node name = robot.lookup("#field-name-fi").query();
        assertThat(name.getStyleClass()).doesNotContain("error");
        assertThat(api.get("/api/v1/admin/queues/tesoma-bad", adminToken).status())
                .isEqualTo(404);
        // what was typed is still there to correct
        assertThat(robot.lookup("#field-prefix").queryTextInputControl().getText())
                .isEqualTo("k9");

        // a required field left empty is marked before anything is sent
        robot.clickOn("#management-new");
        type(robot, "field-id", "tesoma-empty");
        robot.clickOn("#management-save");
        until(
                "the name is marked",
                () -> robot.lookup("#field-name-fi").query().getStyleClass().contains("error"));
        shoot("management-queues");
    }

    @Test
    @Order(4)
    void aDeviceIsPairedByItsCodeAndThenRevoked(FxRobot robot) throws Exception {
        JsonNode asked = api.post("/api/v1/pairing", null, Map.of("description", "lobby kiosk"))
                .json();
        String code = asked.path("code").asText();
        Map<String, String> secret = Map.of("secret", asked.path("secret").asText());
        open(robot, "Device pairing");
        until("the pending code is listed", () -> robot.lookup(code).tryQuery().isPresent());
        shoot("management-pairing");
        typeKeys(robot, "pairing-code", code);
        type(robot, "pairing-name", "lobby-kiosk");
        robot.clickOn("#pairing-approve");
        until("approved", () -> {
            String t = robot.lookup("#pairing-message").queryAs(Label.class).getText();
            return t != null && t.contains("Code " + code + " approved");
        });
        Api.Resp collected = api.post("/api/v1/pairing/" + code + "/poll", null, secret);
        assertThat(collected.status()).isEqualTo(200);
        String token = collected.json().path("token").asText();
        assertThat(adminClient().devices("mikkeli").toString()).contains("lobby-kiosk@mikkeli");

        open(robot, "Devices and health");
        until(
                "the new device is listed",
                () -> robot.lookup("lobby-kiosk@mikkeli").tryQuery().isPresent());
        shoot("management-devices");
        robot.clickOn("lobby-kiosk@mikkeli");
        robot.clickOn("#devices-revoke");
        until("revoked", () -> {
            String t = robot.lookup("#devices-message").queryAs(Label.class).getText();
            return t != null && t.startsWith("Token revoked");
        });
        assertThat(api.get("/api/v1/points/mikkeli/queues", token).status()).isEqualTo(401);
        assertThat(adminClient().devices("mikkeli").toString()).doesNotContain("lobby-kiosk");
    }

    @Test
    @Order(5)
    void everyScreenFitsAndTheKeyboardSwitchesWorkspaces(FxRobot robot) throws Exception {
        for (String[] s : new String[][] {
            {"Authorities", "authorities"},
            {"Service points", "points"},
            {"Services", "services"},
            {"Life events", "life-events"},
            {"Directory", "directory"},
            {"Opening hours", "opening-hours"},
            {"Service event types", "event-types"},
            {"Unit prices", "unit-prices"},
            {"Base fees", "fees"},
            {"Info messages", "info-messages"},
            {"Knowledge articles", "articles"},
            {"Staff accounts", "staff"},
            {"Audit log", "audit"}
        }) {
            open(robot, s[0]);
            until(
                    "the list of " + s[0] + " loads",
                    () -> fx(() -> {
                        var list = scene.lookup("#management-list");
                        var table = scene.lookup("#audit-table");
                        return (list != null && list.getPseudoClassStates().contains(KindView.LOADED))
                                || (table instanceof javafx.scene.control.TableView<?> t
                                        && !t.getItems().isEmpty());
                    }));
            shoot("management-" + s[1]);
            assertThat(fx(() -> LayoutChecks.cutOff(scene))).as(s[0]).isEmpty();
            assertThat(fx(() -> fi.luukku.ui.testing.ContrastChecks.lowContrast(scene, scene.snapshot(null))))
                    .as("contrast of " + s[0])
                    .isEmpty();
        }
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        until("reports", () -> workspaces.currentProperty().get() == WorkspaceKind.REPORTS);
        assertThat(robot.lookup("#workspace-placeholder").tryQuery()).isPresent();
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT1);
        until("management", () -> workspaces.currentProperty().get() == WorkspaceKind.MANAGEMENT);
    }

    private void shoot(String name) throws Exception {
        fx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            BufferedImage img = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
            ImageIO.write(img, "png", SHOTS.resolve(name + ".png").toFile());
            return null;
        });
    }
}
