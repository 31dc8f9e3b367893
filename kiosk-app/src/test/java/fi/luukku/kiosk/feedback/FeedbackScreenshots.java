package fi.luukku.kiosk.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.concurrent.CurrentThreadTaskRunner;
import fi.luukku.core.device.buttons.ButtonStats;
import fi.luukku.core.domain.FeedbackSource;
import fi.luukku.core.domain.Outcome;
import fi.luukku.core.i18n.CitizenLanguage;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.core.outbox.DurableOutbox;
import fi.luukku.ui.Theme;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders every step in every language, landscape 1920×1080 and portrait 1080×1920, into {@code
 * docs/screenshots/feedback-*.png}. Runs only when asked: {@code -Dscreenshots=true}.
 */
class FeedbackScreenshots {
    @TempDir
    Path dir;

    private final ObjectMapper mapper = JsonMapper.create();

    @Test
    void renderEveryStep() throws Exception {
        assumeTrue(Boolean.getBoolean("screenshots"), "screenshots only on request (-Dscreenshots=true)");
        FxToolkit.registerPrimaryStage();
        Path out = Path.of(System.getProperty("screenshots.dir", "../docs/screenshots"));
        Files.createDirectories(out);
        int written = 0;
        try (DurableOutbox outbox = DurableOutbox.open(dir, "fb", Clock.systemUTC())) {
            FeedbackRecorder recorder = new FeedbackRecorder(outbox, mapper, () -> {});
            for (CitizenLanguage lang : CitizenLanguage.values()) {
                for (boolean portrait : List.of(false, true)) {
                    String suffix = lang.code() + "-" + (portrait ? "portrait" : "landscape") + ".png";
                    shot(out.resolve("feedback-1-start-" + suffix), recorder, portrait, lang, f -> {
                        f.languageProperty().set(lang);
                    });
                    shot(out.resolve("feedback-2-rating-" + suffix), recorder, portrait, lang, f -> f.start(lang));
                    shot(out.resolve("feedback-2b-safety-" + suffix), recorder, portrait, lang, f -> {
                        f.start(lang);
                        f.chooseRating(4);
                    });
                    shot(out.resolve("feedback-3-outcome-" + suffix), recorder, portrait, lang, f -> {
                        f.start(lang);
                        f.chooseRating(4);
                        f.choosePerceivedSafety(5);
                    });
                    shot(out.resolve("feedback-4-alone-" + suffix), recorder, portrait, lang, f -> {
                        f.scanned("http://localhost:8080/t/DEMO123456");
                        f.languageProperty().set(lang);
                        f.chooseRating(4);
                        f.choosePerceivedSafety(4);
                        f.chooseOutcome(Outcome.STARTED);
                        f.chooseAlone(false);
                    });
                    shot(out.resolve("feedback-5-comment-" + suffix), recorder, portrait, lang, f -> {
                        f.start(lang);
                        f.chooseRating(4);
                        f.choosePerceivedSafety(5);
                        f.chooseOutcome(Outcome.HANDLED);
                        f.chooseAlone(true);
                        f.commentProperty().set(sample(lang));
                    });
                    shot(out.resolve("feedback-6-thanks-" + suffix), recorder, portrait, lang, f -> {
                        f.start(lang);
                        f.chooseRating(5);
                        f.skip();
                        f.skip();
                        f.skip();
                        f.skip();
                    });
                    written += 7;
                }
                shotStaff(out.resolve("feedback-7-staff-" + lang.code() + "-landscape.png"), recorder, lang);
                shotPopup(out.resolve("feedback-8-popup-" + lang.code() + ".png"), recorder, lang);
                written += 2;
            }
        }
        assertThat(written).isEqualTo(16 * CitizenLanguage.values().length);
    }

    private static String sample(CitizenLanguage l) {
        return switch (l) {
            case FI -> "Sain hyvää apua Kela-asiaan, kiitos!";
            case SV -> "Jag fick bra hjälp med mitt FPA-ärende, tack!";
            case EN -> "I got good help with my Kela matter, thank you!";
            case RU -> "Мне хорошо помогли с делом в Kela, спасибо!";
            case ET -> "Sain Kela asjas head abi, aitäh!";
            case UK -> "Мені добре допомогли зі справою в Kela, дякую!";
            case SO -> "Caawimaad wanaagsan ayaan ka helay arrinta Kela, mahadsanid!";
            case AR -> "حصلت على مساعدة جيدة في موضوع Kela، شكراً!";
        };
    }

    private FeedbackFlowViewModel flow(FeedbackRecorder recorder, List<FeedbackStep> steps, CitizenLanguage lang) {
        return new FeedbackFlowViewModel(
                recorder,
                new CurrentThreadTaskRunner(),
                Clock.systemUTC(),
                Duration.ofSeconds(45),
                steps,
                steps.size() == FeedbackStep.values().length
                        ? FeedbackSource.TERMINAL
                        : FeedbackSource.SELF_SERVICE_POPUP,
                CitizenLanguage.FI);
    }

    private void shot(
            Path file,
            FeedbackRecorder recorder,
            boolean portrait,
            CitizenLanguage lang,
            Consumer<FeedbackFlowViewModel> to)
            throws Exception {
        FeedbackFlowViewModel f = flow(recorder, FeedbackFlowViewModel.TERMINAL_STEPS, lang);
        render(file, portrait ? 1080 : 1920, portrait ? 1920 : 1080, () -> {
            FeedbackView v = new FeedbackView(f, null, portrait);
            to.accept(f);
            return v;
        });
    }

    private void shotStaff(Path file, FeedbackRecorder recorder, CitizenLanguage lang) throws Exception {
        FeedbackFlowViewModel f = flow(recorder, FeedbackFlowViewModel.TERMINAL_STEPS, lang);
        StaffViewModel staff = new StaffViewModel(
                recorder,
                new CurrentThreadTaskRunner(),
                "1234",
                () -> new ButtonStats(42, 17, 5, 0),
                java.time.Clock.systemUTC(),
                () -> {});
        render(file, 1920, 1080, () -> {
            f.languageProperty().set(lang);
            FeedbackView v = new FeedbackView(f, staff, false);
            staff.open();
            for (int d : new int[] {1, 2, 3, 4}) {
                staff.digit(d);
            }
            staff.submitPin();
            return v;
        });
    }

    private void shotPopup(Path file, FeedbackRecorder recorder, CitizenLanguage lang) throws Exception {
        FeedbackFlowViewModel f = new FeedbackFlowViewModel(
                recorder,
                new CurrentThreadTaskRunner(),
                Clock.systemUTC(),
                Duration.ofSeconds(30),
                FeedbackFlowViewModel.POPUP_STEPS,
                FeedbackSource.SELF_SERVICE_POPUP,
                lang);
        render(file, 1600, 940, () -> new FeedbackView(f, null, false));
    }

    private static void render(Path file, int w, int h, java.util.function.Supplier<javafx.scene.Parent> root)
            throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            Scene scene = new Scene(root.get(), w, h);
            Theme.apply(scene);
            scene.getStylesheets().add(FeedbackTerminalApp.STYLESHEET);
            image.set(scene.snapshot(null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage img = image.get();
        BufferedImage b = new BufferedImage((int) img.getWidth(), (int) img.getHeight(), BufferedImage.TYPE_INT_RGB);
        PixelReader px = img.getPixelReader();
        for (int y = 0; y < b.getHeight(); y++) {
            for (int x = 0; x < b.getWidth(); x++) {
                b.setRGB(x, y, px.getArgb(x, y));
            }
        }
        ImageIO.write(b, "png", file.toFile());
    }
}
