package fi.luukku.kiosk.feedback;

import fi.luukku.core.api.FeedbackRequest;
import fi.luukku.core.concurrent.TaskRunner;
import fi.luukku.core.device.buttons.ButtonAnswer;
import fi.luukku.core.device.buttons.ButtonPress;
import fi.luukku.core.domain.FeedbackSource;
import fi.luukku.core.domain.Outcome;
import fi.luukku.core.i18n.CitizenLanguage;
import fi.luukku.core.outbox.OrderedOutbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The whole survey: which step shows, the answers so far, the language, the optional link to the visit, and
 * storing the answer durably before the thank-you step. Every question can be skipped; when nobody touches
 * the screen for the idle time, what was answered is stored and the flow starts over. The step view models
 * are thin views onto this one.
 */
public class FeedbackFlowViewModel {
    public static final int MAX_COMMENT = 500;
    /** First wait before an answer that could not be written is tried again; doubles up to {@link #MAX_RETRY}. */
    static final Duration FIRST_RETRY = Duration.ofSeconds(2);

    static final Duration MAX_RETRY = Duration.ofSeconds(60);

    /** The exit terminal's steps. */
    public static final List<FeedbackStep> TERMINAL_STEPS = List.of(FeedbackStep.values());
    /** The short pop-up after self-service: satisfaction and "could you do this yourself". */
    public static final List<FeedbackStep> POPUP_STEPS =
            List.of(FeedbackStep.RATING, FeedbackStep.ALONE, FeedbackStep.THANKS);

    private final FeedbackRecorder recorder;
    /** Answers reach the outbox in the order they were given, never overtaking each other. */
    private final OrderedOutbox writes;

    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration thanksTimeout;
    private final List<FeedbackStep> steps;
    private final FeedbackSource source;
    private final CitizenLanguage defaultLanguage;

    private final ReadOnlyObjectWrapper<FeedbackStep> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ObjectProperty<CitizenLanguage> language = new SimpleObjectProperty<>(this, "language");
    private final ReadOnlyObjectWrapper<Integer> rating = new ReadOnlyObjectWrapper<>(this, "rating");
    private final ReadOnlyObjectWrapper<Integer> perceivedSafety = new ReadOnlyObjectWrapper<>(this, "perceivedSafety");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyObjectWrapper<Boolean> couldDoAlone = new ReadOnlyObjectWrapper<>(this, "couldDoAlone");
    private final ReadOnlyObjectWrapper<NotAloneReason> notAloneReason =
            new ReadOnlyObjectWrapper<>(this, "notAloneReason");
    private final StringProperty comment = new SimpleStringProperty(this, "comment", "");
    private final ReadOnlyStringWrapper trackingCode = new ReadOnlyStringWrapper(this, "trackingCode");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyBooleanWrapper answered = new ReadOnlyBooleanWrapper(this, "answered");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");

    private Instant lastActivity;
    private final UnsavedAnswers unsaved;

    public FeedbackFlowViewModel(
            FeedbackRecorder recorder,
            TaskRunner runner,
            Clock clock,
            Duration idleTimeout,
            List<FeedbackStep> steps,
            FeedbackSource source,
            CitizenLanguage defaultLanguage) {
        this.recorder = recorder;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.thanksTimeout = Duration.ofSeconds(Math.min(6, idleTimeout.getSeconds()));
        this.steps = List.copyOf(steps);
        this.source = source;
        this.defaultLanguage = defaultLanguage;
        this.lastActivity = clock.instant();
        this.writes = new OrderedOutbox(FeedbackBackend.OUTBOX_NAME, runner);
        this.unsaved = new UnsavedAnswers(recorder, writes, clock);
        comment.addListener((obs, old, now) -> {
            if (now == null) {
                comment.set("");
            } else if (now.length() > MAX_COMMENT) {
                comment.set(now.substring(0, MAX_COMMENT));
            }
        });
        clearAnswers();
        language.set(defaultLanguage);
        step.set(steps.get(0));
    }

    // ---- state -------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<FeedbackStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public FeedbackStep step() {
        return step.get();
    }

    public ObjectProperty<CitizenLanguage> languageProperty() {
        return language;
    }

    public CitizenLanguage language() {
        return language.get();
    }

    public ReadOnlyObjectProperty<Integer> ratingProperty() {
        return rating.getReadOnlyProperty();
    }

    /** The answer to "did you feel safe here?", 1..5, or null when not (yet) answered. */
    public ReadOnlyObjectProperty<Integer> perceivedSafetyProperty() {
        return perceivedSafety.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Boolean> couldDoAloneProperty() {
        return couldDoAlone.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<NotAloneReason> notAloneReasonProperty() {
        return notAloneReason.getReadOnlyProperty();
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public ReadOnlyStringProperty trackingCodeProperty() {
        return trackingCode.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /**
     * True while some answer could not yet be written to disk: for the staff panel, never shown to citizens.
     */
    public ReadOnlyBooleanProperty saveFailedProperty() {
        return unsaved.saveFailedProperty();
    }

    /** How many answers wait in memory because the local outbox could not store them yet (staff panel). */
    public ReadOnlyIntegerProperty unsavedCountProperty() {
        return unsaved.unsavedCountProperty();
    }

    /** The answers not yet on disk, oldest first (a copy). */
    public List<StoredFeedback> unsaved() {
        return unsaved.list();
    }

    /** Whether the thank-you step follows an answer that was stored (or only a visit with nothing answered). */
    public ReadOnlyBooleanProperty answeredProperty() {
        return answered.getReadOnlyProperty();
    }

    /** The pop-up variant is done and its window may close. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public List<FeedbackStep> steps() {
        return steps;
    }

    /** 1-based number of the current question, 0 outside the questions. */
    public int questionNumber() {
        return step.get().isQuestion() ? (int) questionSteps().indexOf(step.get()) + 1 : 0;
    }

    public int questionCount() {
        return questionSteps().size();
    }

    private List<FeedbackStep> questionSteps() {
        return steps.stream().filter(FeedbackStep::isQuestion).toList();
    }

    public boolean canGoBack() {
        return steps.indexOf(step.get()) > 0 && step.get() != FeedbackStep.THANKS;
    }

    // ---- commands ----------------------------------------------------------------------------------

    /** Something touched the screen, keyboard or button: postpones the idle reset. */
    public void userActivity() {
        lastActivity = clock.instant();
    }

    public void start(CitizenLanguage chosen) {
        userActivity();
        language.set(chosen);
        if (step.get() == FeedbackStep.START) {
            step.set(firstQuestion());
        }
    }

    /** A smiley tapped on the start screen: the survey starts in the point's first language with that rating. */
    public void startWithRating(int value) {
        start(defaultLanguage);
        chooseRating(value);
    }

    public void chooseRating(int value) {
        if (value < 1 || value > 5) {
            throw new IllegalArgumentException("rating must be 1..5");
        }
        userActivity();
        rating.set(value);
        advance();
    }

    public void choosePerceivedSafety(int value) {
        if (value < 1 || value > 5) {
            throw new IllegalArgumentException("perceived safety must be 1..5");
        }
        userActivity();
        perceivedSafety.set(value);
        advance();
    }

    public void chooseOutcome(Outcome value) {
        userActivity();
        outcome.set(value);
        advance();
    }

    /** "Yes" moves on; "no" stays to ask why (the reasons may be skipped too). */
    public void chooseAlone(boolean yes) {
        userActivity();
        couldDoAlone.set(yes);
        notAloneReason.set(null);
        if (yes) {
            advance();
        }
    }

    public void chooseNotAloneReason(NotAloneReason reason) {
        userActivity();
        couldDoAlone.set(Boolean.FALSE);
        notAloneReason.set(reason);
        advance();
    }

    public void sendComment() {
        userActivity();
        advance();
    }

    /** Skips the current question without an answer (after "no" on the alone question: skips the reason). */
    public void skip() {
        userActivity();
        switch (step.get()) {
            case RATING -> rating.set(null);
            case SAFETY -> perceivedSafety.set(null);
            case OUTCOME -> outcome.set(null);
            case ALONE -> {
                if (!Boolean.FALSE.equals(couldDoAlone.get())) {
                    couldDoAlone.set(null);
                }
                notAloneReason.set(null);
            }
            case COMMENT -> comment.set("");
            default -> {}
        }
        advance();
    }

    public void back() {
        userActivity();
        int i = steps.indexOf(step.get());
        if (i > 0 && step.get() != FeedbackStep.THANKS) {
            step.set(steps.get(i - 1));
        }
    }

    /** Leaves the thank-you step (or abandons the survey) and starts over. */
    public void finish() {
        reset();
    }

    /** Text from the scanner; returns whether it was a ticket. Links the answer to that visit. */
    public boolean scanned(String text) {
        var code = TrackingCodes.parse(text);
        if (code.isEmpty()) {
            return false;
        }
        userActivity();
        String typed = comment.get();
        if (step.get() == FeedbackStep.COMMENT && typed.endsWith(text)) {
            comment.set(typed.substring(0, typed.length() - text.length())); // the scanner typed into the box
        }
        trackingCode.set(code.get());
        if (step.get() == FeedbackStep.START || step.get() == FeedbackStep.THANKS) {
            clearAnswers();
            trackingCode.set(code.get());
            step.set(firstQuestion());
        }
        return true;
    }

    /** A counted press of the physical box: an answer of its own, stored at once. */
    public void buttonPressed(ButtonPress press) {
        StoredFeedback stored = fromButton(press, language.get());
        Runnable thank = () -> {
            if (step.get() == FeedbackStep.START || step.get() == FeedbackStep.THANKS) {
                userActivity();
                answered.set(true);
                step.set(FeedbackStep.THANKS);
            }
        };
        if (!unsaved.isEmpty()) { // keep the order: behind the answers still waiting for the disk
            unsaved.keep(stored, null);
            thank.run();
            return;
        }
        writes.write(() -> recorder.record(stored), key -> thank.run(), e -> {
            unsaved.keep(stored, e);
            thank.run();
        });
    }

    /** The answer a counted button press gives: source BUTTONS, with what the filter dropped kept beside it. */
    public static StoredFeedback fromButton(ButtonPress press, CitizenLanguage language) {
        ButtonAnswer a = press.answer();
        FeedbackRequest request = new FeedbackRequest(
                a.ratingValue(),
                a.kind() == ButtonAnswer.Kind.OUTCOME ? a.value() : null,
                a.kind() == ButtonAnswer.Kind.ALONE ? Boolean.valueOf(a.value().equals("YES")) : null,
                null,
                null,
                language.code(),
                null,
                FeedbackSource.BUTTONS.name(),
                press.pressedAt());
        return new StoredFeedback(request, press.droppedPresses(), press.bounces());
    }

    /**
     * Called about once a second by the view: returns to the start when nobody uses the terminal, and tries
     * again to store answers the disk refused.
     */
    public void tick() {
        unsaved.retry();
        FeedbackStep s = step.get();
        Duration idle = Duration.between(lastActivity, clock.instant());
        if (s == FeedbackStep.THANKS && idle.compareTo(thanksTimeout) >= 0) {
            reset();
        } else if (s.isQuestion() && idle.compareTo(idleTimeout) >= 0 && !saving.get()) {
            if (hasAnswers()) {
                store(this::reset); // the customer walked away: keep what they said
            } else {
                reset();
            }
        }
    }

    // ---- inner workings ----------------------------------------------------------------------------

    private void advance() {
        int i = steps.indexOf(step.get());
        FeedbackStep next = steps.get(Math.min(i + 1, steps.size() - 1));
        if (next == FeedbackStep.THANKS) {
            if (!hasAnswers()) {
                answered.set(false);
                step.set(FeedbackStep.THANKS);
                return;
            }
            store(() -> {
                answered.set(true);
                userActivity();
                step.set(FeedbackStep.THANKS);
            });
        } else {
            step.set(next);
        }
    }

    private void store(Runnable afterwards) {
        if (saving.get()) {
            return;
        }
        StoredFeedback stored = StoredFeedback.of(toRequest());
        if (!unsaved.isEmpty()) { // the disk is failing: queue behind the others, retried on the tick
            unsaved.keep(stored, null);
            afterwards.run();
            return;
        }
        saving.set(true);
        writes.write(
                () -> recorder.record(stored),
                key -> {
                    saving.set(false);
                    afterwards.run();
                },
                e -> {
                    saving.set(false);
                    unsaved.keep(stored, e);
                    afterwards.run(); // the citizen did nothing wrong; the answer waits in memory, staff see it
                });
    }

    /**
     * Last chance when the terminal stops: tries once more to store what waits in memory (blocking; call after
     * the UI stopped) and logs anything that still could not be written, so it can be typed in by hand.
     */
    public void flushUnsavedOnExit() {
        unsaved.flushOnExit();
    }

    public boolean hasAnswers() {
        return rating.get() != null
                || perceivedSafety.get() != null
                || outcome.get() != null
                || couldDoAlone.get() != null
                || !comment.get().isBlank();
    }

    /** The answer as it will be sent. */
    public FeedbackRequest toRequest() {
        String text = comment.get().strip();
        return new FeedbackRequest(
                rating.get(),
                outcome.get() == null ? null : outcome.get().name(),
                couldDoAlone.get(),
                notAloneReason.get() == null ? null : notAloneReason.get().name(),
                text.isEmpty() ? null : text,
                language.get().code(),
                trackingCode.get(),
                source.name(),
                clock.instant(),
                perceivedSafety.get());
    }

    private FeedbackStep firstQuestion() {
        return steps.stream().filter(FeedbackStep::isQuestion).findFirst().orElse(FeedbackStep.THANKS);
    }

    private void clearAnswers() {
        rating.set(null);
        perceivedSafety.set(null);
        outcome.set(null);
        couldDoAlone.set(null);
        notAloneReason.set(null);
        comment.set("");
        trackingCode.set(null);
        answered.set(false);
    }

    private void reset() {
        clearAnswers();
        language.set(defaultLanguage);
        lastActivity = clock.instant();
        if (steps.get(0) == FeedbackStep.START) {
            step.set(FeedbackStep.START);
        } else {
            finished.set(true);
        }
    }
}
