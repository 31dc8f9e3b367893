package fi.luukku.advisor.console;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.advisor.Texts;
import fi.luukku.advisor.drafts.MemoryDraftStore;
import fi.luukku.advisor.referral.SlipOutput;
import fi.luukku.advisor.testing.FakeService;
import fi.luukku.advisor.testing.TestConsole;
import fi.luukku.core.concurrent.CurrentThreadTaskRunner;
import fi.luukku.core.domain.Channel;
import fi.luukku.core.domain.SpecialNeed;
import fi.luukku.core.i18n.Language;
import fi.luukku.ui.Theme;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console of a busy desk fits the two common desk screens, 1366×768 and 1600×900, at normal and large text:
 * no control lies outside the window, none is squeezed below its minimum size, and no label or button text is
 * cut to an ellipsis. Also writes {@code target/screenshots/console-WxH[-large].png} (kept in docs/screenshots).
 */
class ConsoleLayoutTest {
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Path OUT = Path.of("target", "screenshots");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        fx(() -> Theme.install(false));
        Files.createDirectories(OUT);
    }

    private static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(r));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @ParameterizedTest(name = "{0}x{1} large text {2}")
    @CsvSource({"1366, 768, false", "1366, 768, true", "1600, 900, false", "1600, 900, true"})
    void theBusyConsoleFitsWithNothingCutOff(int width, int height, boolean large) throws Exception {
        List<String> problems = new ArrayList<>();
        Path file = OUT.resolve("console-" + width + "x" + height + (large ? "-large" : "") + ".png");
        Stage[] stage = new Stage[1];
        TestConsole[] console = new TestConsole[1];
        fx(() -> {
            try {
                console[0] = busyConsole();
                Parent root = view(console[0]);
                Scene scene = new Scene(root, width, height);
                Theme.apply(scene);
                Theme.setLargeText(scene, large);
                stage[0] = new Stage();
                stage[0].setScene(scene);
                stage[0].show();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        fx(() -> {
            Scene scene = stage[0].getScene();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            check(scene.getRoot(), scene.getWidth(), scene.getHeight(), problems);
            write(scene, file);
            // every text at least 4.5:1 against what is behind it, in the normal theme and in high contrast
            fi.luukku.ui.testing.ContrastChecks.lowContrast(scene, scene.snapshot(null))
                    .forEach(p -> problems.add("contrast: " + p));
            Theme.setHighContrast(scene, true);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            fi.luukku.ui.testing.ContrastChecks.lowContrast(scene, scene.snapshot(null))
                    .forEach(p -> problems.add("high contrast: " + p));
            Theme.setHighContrast(scene, false);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            // the transfer dialog of the same desk: it too fits (it scrolls down when the screen is low)
            console[0].vm.referral().begin();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            List<String> inDialog = new ArrayList<>();
            check(scene.getRoot().lookup("#referral-overlay"), scene.getWidth(), scene.getHeight(), inDialog);
            inDialog.forEach(p -> problems.add("transfer dialog: " + p));
            write(scene, OUT.resolve(file.getFileName().toString().replace(".png", "-transfer.png")));
            stage[0].close();
        });
        assertThat(problems)
                .as("controls cut off at %dx%d large=%s", width, height, large)
                .isEmpty();
        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(width);
    }

    private static void write(Scene scene, Path file) {
        BufferedImage img = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
        try {
            ImageIO.write(img, "png", file.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Walks the visible scene graph and notes every control that is outside the window, squeezed or ellipsized. */
    private static void check(Node node, double width, double height, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Control c && c.getId() != null) {
            Bounds b = c.localToScene(c.getLayoutBounds());
            boolean scrolls = inside(c, ScrollPane.class) || inside(c, ListView.class);
            if (b.getMinX() < -0.5 || b.getMaxX() > width + 0.5) {
                problems.add(c.getId() + " outside the window across: " + b);
            }
            if (!scrolls && (b.getMinY() < -0.5 || b.getMaxY() > height + 0.5)) {
                problems.add(c.getId() + " outside the window down: " + b);
            }
            if (c.getWidth() + 0.5 < c.minWidth(-1) && c.getWidth() > 0) {
                problems.add(c.getId() + " squeezed below its minimum width");
            }
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text t
                        && t.getText() != null
                        && !t.getText().equals(l.getText())
                        && t.getText().endsWith(l.getEllipsisString())) {
                    problems.add("text cut to \"" + t.getText() + "\" in " + describe(l));
                }
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                check(child, width, height, problems);
            }
        }
    }

    private static String describe(Node n) {
        return n.getId() != null ? "#" + n.getId() : n.getClass().getSimpleName() + " in " + describe(n.getParent());
    }

    private static boolean inside(Node n, Class<?> type) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (type.isInstance(p)) {
                return true;
            }
        }
        return false;
    }

    /** A desk at mid-morning: queues with people, a customer being served, triage and events filled in. */
    private static TestConsole busyConsole() {
        var clock = new FakeService.MutableClock(Instant.parse("2026-11-20T08:12:00Z"));
        FakeService service = new FakeService(clock);
        service.issue("q-neuvonta", "sv", List.of());
        clock.advance(Duration.ofMinutes(3));
        service.issue("q-neuvonta", "fi", List.of("HEARING"));
        clock.advance(Duration.ofMinutes(2));
        service.issue("q-kela", "fi", List.of("INTERPRETER"));
        service.checkInAppointment("q-kela", Instant.parse("2026-11-20T08:40:00Z"));
        service.issue("q-neuvonta", "sv", List.of("MOBILITY", "MORE_TIME"));
        clock.advance(Duration.ofMinutes(4));
        TestConsole console = new TestConsole(
                service,
                service.desks.get(0),
                clock,
                Language.FI,
                new CurrentThreadTaskRunner(),
                new MemoryDraftStore());
        console.start();
        var desk = console.vm.desk();
        desk.callNext();
        desk.start();
        var triage = desk.triage();
        triage.authorityIdProperty().set("kela");
        triage.topicProperty().set("Asumistuen hakemus verkossa");
        triage.setSupportLevel(3);
        triage.toggleNeed(SpecialNeed.MORE_TIME);
        triage.channelProperty().set(Channel.SELF_SERVICE_WITH_SUPPORT);
        triage.notesProperty().set("Ei pankkitunnuksia; ohjattu kirjaston digitukeen.");
        desk.serviceEvents().recordNumber(1);
        desk.serviceEvents().recordNumber(3);
        service.requestHelp("Aula, asiakaspääte 2");
        desk.queues().tick();
        return console;
    }

    private static Parent view(TestConsole console) throws IOException {
        ConsoleView view = new ConsoleView(
                console.vm,
                Texts.of(Language.FI),
                new SlipOutput(Files.createTempDirectory("slips"), HELSINKI, new CurrentThreadTaskRunner()),
                HELSINKI);
        return view.root();
    }
}
