package fi.luukku.kiosk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.concurrent.CurrentThreadTaskRunner;
import fi.luukku.core.domain.FeedbackSource;
import fi.luukku.core.domain.Outcome;
import fi.luukku.core.i18n.CitizenLanguage;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.core.outbox.DurableOutbox;
import fi.luukku.ui.Theme;
import fi.luukku.ui.testing.ContrastChecks;
import fi.luukku.ui.testing.LayoutChecks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every step of the feedback terminal, in normal and (by tapping its own toggle) high contrast, left-to-right and
 * right-to-left: every text at least 4.5:1 against what is drawn behind it, and nothing cut off.
 */
class FeedbackContrastTest {
    @TempDir
    Path dir;

    @Test
    void everyStepIsReadableInNormalAndHighContrast() throws Exception {
        FxToolkit.registerPrimaryStage();
        Map<String, Consumer<FeedbackFlowViewModel>> steps = new LinkedHashMap<>();
        steps.put("start", f -> {});
        steps.put("rating", f -> f.start(f.language()));
        steps.put("safety", f -> {
            f.start(f.language());
            f.chooseRating(4);
        });
        steps.put("outcome", f -> {
            f.start(f.language());
            f.chooseRating(4);
            f.choosePerceivedSafety(4);
        });
        steps.put("alone", f -> {
            f.start(f.language());
            f.chooseRating(4);
            f.skip();
            f.chooseOutcome(Outcome.STARTED);
        });
        steps.put("comment", f -> {
            f.start(f.language());
            f.chooseRating(4);
            f.skip();
            f.chooseOutcome(Outcome.HANDLED);
            f.chooseAlone(true);
        });
        steps.put("thanks", f -> {
            f.start(f.language());
            f.chooseRating(5);
            f.skip();
            f.skip();
            f.skip();
            f.skip();
        });
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (DurableOutbox outbox = DurableOutbox.open(dir, "fb", Clock.systemUTC())) {
            FeedbackRecorder recorder = new FeedbackRecorder(outbox, JsonMapper.create(), () -> {});
            for (CitizenLanguage lang : List.of(CitizenLanguage.FI, CitizenLanguage.AR)) {
                for (var step : steps.entrySet()) {
                    for (boolean high : new boolean[] {false, true}) {
                        String name = step.getKey() + "-" + lang.code() + (high ? "-high-contrast" : "");
                        FeedbackFlowViewModel f = new FeedbackFlowViewModel(
                                recorder,
                                new CurrentThreadTaskRunner(),
                                Clock.systemUTC(),
                                Duration.ofSeconds(45),
                                FeedbackFlowViewModel.TERMINAL_STEPS,
                                FeedbackSource.TERMINAL,
                                lang);
                        List<String> found = new ArrayList<>();
                        FxToolkit.setupFixture(() -> {
                            f.languageProperty().set(lang);
                            FeedbackView view = new FeedbackView(f, null, false);
                            Scene scene = new Scene(view, 1920, 1080);
                            Theme.apply(scene);
                            scene.getStylesheets().add(FeedbackTerminalApp.STYLESHEET);
                            Stage stage = new Stage();
                            stage.setScene(scene);
                            stage.show();
                            step.getValue().accept(f);
                            if (high) {
                                ((ToggleButton) scene.lookup("#fb-contrast")).fire(); // the citizen's own tap
                            }
                            scene.getRoot().applyCss();
                            scene.getRoot().layout();
                            var snap = scene.snapshot(null);
                            LayoutChecks.cutOff(scene).forEach(p -> found.add(name + ": " + p));
                            ContrastChecks.lowContrast(scene, snap).forEach(p -> found.add(name + ": contrast " + p));
                            stage.close();
                        });
                        WaitForAsyncUtils.waitForFxEvents();
                        problems.addAll(found);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(2 * steps.size() * 2);
        assertThat(problems).isEmpty();
    }
}
