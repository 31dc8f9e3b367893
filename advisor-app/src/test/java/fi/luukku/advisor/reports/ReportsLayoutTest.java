package fi.luukku.advisor.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.luukku.core.i18n.Language;
import fi.luukku.ui.FxTaskRunner;
import fi.luukku.ui.Theme;
import fi.luukku.ui.testing.LayoutChecks;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reports workspace of an admin fits a 1366×768 desk screen in Finnish, Swedish and English with nothing cut
 * off on any tab (the shared {@link LayoutChecks}), and leaves screenshots {@code target/screenshots/reports-*.png}
 * (kept in docs/screenshots).
 */
class ReportsLayoutTest {
    private static final Path OUT = Path.of("target", "screenshots");
    private static RecordedActivity activity;
    private static FxTaskRunner runner;

    @BeforeAll
    static void setUp() throws Exception {
        activity = SharedReportsService.activity();
        runner = new FxTaskRunner("reports-layout");
        FxToolkit.registerPrimaryStage();
        fx(() -> Theme.install(false));
        Files.createDirectories(OUT);
    }

    @AfterAll
    static void tearDown() {
        runner.close();
    }

    private static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(r));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void fitsADeskScreenWithNothingCutOff(Language language) throws Exception {
        RecordedActivity.Staff staff = activity.signIn("admin", null);
        Stage[] stage = new Stage[1];
        ReportsWorkspace[] ws = new ReportsWorkspace[1];
        fx(() -> {
            ws[0] = new ReportsWorkspace(
                    staff.client(),
                    staff.session(),
                    language,
                    runner,
                    Clock.system(ZoneId.of("Europe/Helsinki")),
                    (n, d, e) -> Optional.empty());
            Scene scene = new Scene((Parent) ws[0].root(), 1366, 768);
            Theme.apply(scene);
            stage[0] = new Stage();
            stage[0].setScene(scene);
            stage[0].show();
            ws[0].start();
        });
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ws[0].viewModel().billingProperty().get() != null
                        && !ws[0].viewModel().loadingProperty().get());
        List<String> problems = new ArrayList<>();
        String[] tabs = {"overview", "waiting", "details", "events", "breakdown", "days", "billing"};
        for (int i = 0; i < tabs.length; i++) {
            int tab = i;
            fx(() -> {
                Scene scene = stage[0].getScene();
                scene.getRoot().lookup("#reports-tabs");
                ((TabPane) scene.getRoot().lookup("#reports-tabs"))
                        .getSelectionModel()
                        .select(tab);
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            });
            fx(() -> {
                Scene scene = stage[0].getScene();
                LayoutChecks.cutOff(scene).forEach(p -> problems.add(tabs[tab] + ": " + p));
                fi.luukku.ui.testing.ContrastChecks.lowContrast(scene, scene.snapshot(null))
                        .forEach(p -> problems.add(tabs[tab] + " contrast: " + p));
                if (tab == 0 || tab == 1 || tab == 2 || tab == 3 || tab == 6) {
                    write(scene, OUT.resolve("reports-" + tabs[tab] + "-" + language.code() + ".png"));
                }
            });
        }
        // the authority scope at the point, chosen as the scope list would (ADR 0028)
        String scope = ws[0].viewModel().scopes().stream()
                .map(s -> s.scope())
                .filter(s -> s.startsWith("point:" + RecordedActivity.POINT + "/authority:"))
                .filter(s -> ws[0].viewModel().metricsProperty().get().authorities().stream()
                        .anyMatch(a ->
                                s.endsWith(":" + a.id()) && a.figures().visits().issued() > 0))
                .findFirst()
                .orElseThrow();
        fx(() -> ws[0].viewModel().chooseScope(scope));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ws[0].viewModel().metricsProperty().get() != null
                        && ws[0].viewModel().metricsProperty().get().scope().equals(scope)
                        && !ws[0].viewModel().loadingProperty().get());
        for (int tab : new int[] {0, 4}) {
            fx(() -> {
                Scene scene = stage[0].getScene();
                ((TabPane) scene.getRoot().lookup("#reports-tabs"))
                        .getSelectionModel()
                        .select(tab);
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            });
            fx(() -> {
                Scene scene = stage[0].getScene();
                LayoutChecks.cutOff(scene).forEach(p -> problems.add("authority " + tabs[tab] + ": " + p));
                write(scene, OUT.resolve("reports-authority-" + tabs[tab] + "-" + language.code() + ".png"));
            });
        }
        fx(() -> stage[0].close());
        assertThat(problems).as("text cut off in %s at 1366x768", language).isEmpty();
    }

    private static void write(Scene scene, Path file) {
        BufferedImage img = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
        try {
            ImageIO.write(img, "png", file.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
