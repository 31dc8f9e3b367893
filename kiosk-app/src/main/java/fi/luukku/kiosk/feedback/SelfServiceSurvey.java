package fi.luukku.kiosk.feedback;

import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.concurrent.TaskRunner;
import fi.luukku.core.config.ClientOptions;
import fi.luukku.core.domain.FeedbackSource;
import fi.luukku.core.i18n.CitizenLanguage;
import fi.luukku.ui.Theme;
import java.time.Clock;
import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * The short survey after self-service, as a pop-up over the lobby kiosk: "How satisfied were you?" (smileys)
 * and "Could you do this yourself next time?" (with the reasons after "no"), both skippable, then thanks. The
 * answer is stored durably in the same kind of outbox as the exit terminal's and sent with source {@code
 * SELF_SERVICE_POPUP}. The window closes itself after the thank-you, on "Done", or when left idle.
 *
 * <pre>
 * SelfServiceSurvey survey = new SelfServiceSurvey(options, client, taskRunner); // once, at start
 * survey.show(stage, CitizenLanguage.SV);                                               // after each self-service
 * survey.close();                                                                // at shutdown
 * </pre>
 */
public final class SelfServiceSurvey implements AutoCloseable {
    private final FeedbackRecorder recorder;
    private final TaskRunner runner;
    private final Clock clock;
    private final Duration idleTimeout;
    private final FeedbackBackend ownBackend;
    private Stage stage;
    /** Closed pop-ups whose answer the disk refused: still retried here until stored. */
    private final java.util.List<FeedbackFlowViewModel> leftovers = new java.util.ArrayList<>();

    private Timeline leftoverTicker;

    /** Opens its own feedback outbox under {@code options.dataDir()} and starts sending from it. */
    public SelfServiceSurvey(ClientOptions options, LuukkuClient client, TaskRunner runner) {
        this.ownBackend = FeedbackBackend.open(
                        options.dataDir(),
                        client,
                        options.point(),
                        client.mapper(),
                        Clock.systemUTC(),
                        Duration.ofMinutes(1),
                        n -> {})
                .start();
        this.recorder = ownBackend.recorder();
        this.runner = runner;
        this.clock = Clock.systemUTC();
        this.idleTimeout = Duration.ofSeconds(30);
    }

    /** Stores through a recorder the caller owns (tests, or an app that already has a feedback backend). */
    public SelfServiceSurvey(FeedbackRecorder recorder, TaskRunner runner, Clock clock, Duration idleTimeout) {
        this.ownBackend = null;
        this.recorder = recorder;
        this.runner = runner;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    /** Opens the survey over {@code owner} in the customer's language; returns at once (call on the FX thread). */
    public FeedbackFlowViewModel show(Window owner, CitizenLanguage language) {
        closeWindow();
        FeedbackFlowViewModel flow = new FeedbackFlowViewModel(
                recorder,
                runner,
                clock,
                idleTimeout,
                FeedbackFlowViewModel.POPUP_STEPS,
                FeedbackSource.SELF_SERVICE_POPUP,
                language);
        boolean portrait = owner != null && owner.getHeight() > owner.getWidth();
        FeedbackView view = new FeedbackView(flow, null, portrait);
        view.setStyle("-fx-border-color: #003580; -fx-border-width: 6px;"); // undecorated: frame it
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double w = Math.min(portrait ? 1000 : 1600, screen.getWidth() * 0.95);
        double h = Math.min(portrait ? 1500 : 940, screen.getHeight() * 0.95);
        if (owner != null) {
            w = Math.min(w, owner.getWidth() * 0.95);
            h = Math.min(h, owner.getHeight() * 0.95);
        }
        Scene scene = new Scene(view, w, h);
        Theme.apply(scene);
        scene.getStylesheets().add(FeedbackTerminalApp.STYLESHEET);
        fi.luukku.ui.CitizenFonts.apply(scene);
        FeedbackTerminalApp.installInput(scene, flow);
        Stage s = new Stage(StageStyle.UNDECORATED);
        s.setTitle(Messages.of(language).get("popup.title"));
        if (owner != null) {
            s.initOwner(owner);
            s.initModality(Modality.WINDOW_MODAL);
        }
        s.setScene(scene);
        Timeline ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> flow.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        flow.finishedProperty().addListener((o, was, done) -> {
            if (done) {
                ticker.stop();
                s.close();
            }
        });
        s.setOnHidden(e -> {
            ticker.stop();
            keepRetrying(flow);
        });
        flow.unsavedCountProperty().addListener((o, was, n) -> {
            if (n.intValue() > 0 && !s.isShowing()) { // a save that failed after the window closed
                keepRetrying(flow);
            }
        });
        stage = s;
        ticker.play();
        s.show();
        if (owner != null) {
            s.setX(owner.getX() + (owner.getWidth() - s.getWidth()) / 2);
            s.setY(owner.getY() + (owner.getHeight() - s.getHeight()) / 2);
        }
        return flow;
    }

    /** A closed pop-up with answers not yet on disk keeps being ticked (retried) until they are stored. */
    void keepRetrying(FeedbackFlowViewModel flow) {
        if (flow.unsavedCountProperty().get() == 0 || leftovers.contains(flow)) {
            return;
        }
        leftovers.add(flow);
        if (leftoverTicker == null) {
            leftoverTicker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> retryLeftovers()));
            leftoverTicker.setCycleCount(Animation.INDEFINITE);
        }
        leftoverTicker.play();
    }

    /** One retry round over the closed pop-ups' unsaved answers (the ticker calls it every second). */
    void retryLeftovers() {
        for (FeedbackFlowViewModel f : java.util.List.copyOf(leftovers)) {
            f.tick();
            if (f.unsavedCountProperty().get() == 0) {
                leftovers.remove(f);
            }
        }
        if (leftovers.isEmpty() && leftoverTicker != null) {
            leftoverTicker.stop();
        }
    }

    /** How many answers from closed pop-ups still wait for the disk. */
    public int unsavedCount() {
        return leftovers.stream().mapToInt(f -> f.unsavedCountProperty().get()).sum();
    }

    /** Whether the pop-up is open now. */
    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    private void closeWindow() {
        if (stage != null) {
            stage.close();
            stage = null;
        }
    }

    @Override
    public void close() {
        closeWindow();
        if (leftoverTicker != null) {
            leftoverTicker.stop();
        }
        for (FeedbackFlowViewModel f : leftovers) {
            f.flushUnsavedOnExit(); // one last try, else into the log
        }
        leftovers.clear();
        if (ownBackend != null) {
            ownBackend.close();
        }
    }
}
