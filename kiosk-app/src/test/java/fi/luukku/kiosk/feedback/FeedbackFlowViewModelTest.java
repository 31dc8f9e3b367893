package fi.luukku.kiosk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.concurrent.CurrentThreadTaskRunner;
import fi.luukku.core.device.buttons.ButtonAnswer;
import fi.luukku.core.device.buttons.ButtonPress;
import fi.luukku.core.domain.FeedbackSource;
import fi.luukku.core.domain.Outcome;
import fi.luukku.core.i18n.CitizenLanguage;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.core.outbox.DurableOutbox;
import fi.luukku.core.outbox.OutboxItem;
import fi.luukku.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackFlowViewModelTest {
    @TempDir
    Path dir;

    private final ObjectMapper mapper = JsonMapper.create();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T08:00:00Z"));
    private final AtomicInteger wakes = new AtomicInteger();
    private DurableOutbox outbox;
    private FeedbackFlowViewModel flow;

    @BeforeEach
    void setUp() {
        outbox = DurableOutbox.open(dir, "fb", clock);
        flow = newFlow(FeedbackFlowViewModel.TERMINAL_STEPS, FeedbackSource.TERMINAL);
    }

    private FeedbackFlowViewModel newFlow(List<FeedbackStep> steps, FeedbackSource source) {
        return new FeedbackFlowViewModel(
                new FeedbackRecorder(outbox, mapper, wakes::incrementAndGet),
                new CurrentThreadTaskRunner(),
                clock,
                Duration.ofSeconds(45),
                steps,
                source,
                CitizenLanguage.FI);
    }

    @AfterEach
    void tearDown() {
        outbox.close();
    }

    private List<StoredFeedback> stored() throws Exception {
        List<StoredFeedback> out = new java.util.ArrayList<>();
        for (OutboxItem i : outbox.undelivered()) {
            out.add(mapper.readValue(i.payload(), StoredFeedback.class));
        }
        return out;
    }

    @Test
    void aFullAnswerIsStoredBeforeTheThankYouStep() throws Exception {
        assertThat(flow.step()).isEqualTo(FeedbackStep.START);
        flow.start(CitizenLanguage.SV);
        assertThat(flow.step()).isEqualTo(FeedbackStep.RATING);
        assertThat(flow.questionNumber()).isEqualTo(1);
        assertThat(flow.questionCount()).isEqualTo(5);
        flow.chooseRating(4);
        assertThat(flow.step()).isEqualTo(FeedbackStep.SAFETY);
        assertThat(flow.questionNumber()).isEqualTo(2);
        flow.choosePerceivedSafety(2);
        flow.chooseOutcome(Outcome.STARTED);
        flow.chooseAlone(false);
        assertThat(flow.step()).isEqualTo(FeedbackStep.ALONE); // asks why
        flow.chooseNotAloneReason(NotAloneReason.NO_IDENTIFICATION);
        assertThat(flow.step()).isEqualTo(FeedbackStep.COMMENT);
        assertThat(outbox.pendingCount()).isZero();
        flow.commentProperty().set("  Bra service  ");
        flow.sendComment();

        assertThat(flow.step()).isEqualTo(FeedbackStep.THANKS);
        assertThat(flow.answeredProperty().get()).isTrue();
        assertThat(wakes).hasValue(1);
        List<StoredFeedback> s = stored();
        assertThat(s).hasSize(1);
        var r = s.get(0).request();
        assertThat(r.rating()).isEqualTo(4);
        assertThat(r.perceivedSafety()).isEqualTo(2);
        assertThat(r.outcome()).isEqualTo("STARTED");
        assertThat(r.couldDoAlone()).isFalse();
        assertThat(r.notAloneReason()).isEqualTo("NO_IDENTIFICATION");
        assertThat(r.comment()).isEqualTo("Bra service");
        assertThat(r.language()).isEqualTo("sv");
        assertThat(r.source()).isEqualTo("TERMINAL");
        assertThat(r.trackingCode()).isNull();
        assertThat(r.answeredAt()).isEqualTo(clock.instant());
    }

    @Test
    void everyStepCanBeSkippedAndNothingIsStoredWhenNothingWasAnswered() {
        flow.start(CitizenLanguage.EN);
        flow.skip();
        flow.skip();
        flow.skip();
        flow.skip();
        flow.skip();
        assertThat(flow.step()).isEqualTo(FeedbackStep.THANKS);
        assertThat(flow.answeredProperty().get()).isFalse();
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void skippingAQuestionClearsItsAnswerButKeepsTheOthers() throws Exception {
        flow.start(CitizenLanguage.FI);
        flow.chooseRating(2);
        flow.skip(); // perceived safety not answered
        flow.chooseOutcome(Outcome.HANDLED);
        flow.back();
        flow.skip(); // outcome skipped after all
        flow.chooseAlone(true);
        flow.skip();
        var r = stored().get(0).request();
        assertThat(r.rating()).isEqualTo(2);
        assertThat(r.perceivedSafety()).isNull();
        assertThat(r.outcome()).isNull();
        assertThat(r.couldDoAlone()).isTrue();
        assertThat(r.comment()).isNull();
    }

    @Test
    void noWithoutAReasonIsStillANo() throws Exception {
        flow.start(CitizenLanguage.FI);
        flow.skip();
        flow.skip();
        flow.skip();
        flow.chooseAlone(false);
        flow.skip(); // skips the reason only
        assertThat(flow.step()).isEqualTo(FeedbackStep.COMMENT);
        flow.skip();
        var r = stored().get(0).request();
        assertThat(r.couldDoAlone()).isFalse();
        assertThat(r.notAloneReason()).isNull();
    }

    @Test
    void theCommentIsCappedAt500Characters() {
        flow.commentProperty().set("x".repeat(800));
        assertThat(flow.commentProperty().get()).hasSize(FeedbackFlowViewModel.MAX_COMMENT);
    }

    @Nested
    class Idle {
        @Test
        void aWalkAwayMidFlowKeepsWhatWasAnsweredAndStartsOver() throws Exception {
            flow.start(CitizenLanguage.EN);
            flow.chooseRating(5);
            clock.advance(Duration.ofSeconds(44));
            flow.tick();
            assertThat(flow.step()).isEqualTo(FeedbackStep.SAFETY);
            clock.advance(Duration.ofSeconds(2));
            flow.tick();
            assertThat(flow.step()).isEqualTo(FeedbackStep.START);
            assertThat(flow.language()).isEqualTo(CitizenLanguage.FI);
            assertThat(flow.ratingProperty().get()).isNull();
            assertThat(stored())
                    .singleElement()
                    .satisfies(s -> assertThat(s.request().rating()).isEqualTo(5));
        }

        @Test
        void anUntouchedQuestionJustReturnsToTheStart() {
            flow.start(CitizenLanguage.EN);
            clock.advance(Duration.ofSeconds(60));
            flow.tick();
            assertThat(flow.step()).isEqualTo(FeedbackStep.START);
            assertThat(outbox.pendingCount()).isZero();
        }

        @Test
        void theThankYouReturnsToTheStartAfterAFewSeconds() {
            flow.start(CitizenLanguage.EN);
            flow.chooseRating(3);
            flow.skip();
            flow.skip();
            flow.skip();
            flow.skip();
            assertThat(flow.step()).isEqualTo(FeedbackStep.THANKS);
            clock.advance(Duration.ofSeconds(7));
            flow.tick();
            assertThat(flow.step()).isEqualTo(FeedbackStep.START);
        }

        @Test
        void touchingTheScreenPostponesTheReset() {
            flow.start(CitizenLanguage.EN);
            clock.advance(Duration.ofSeconds(40));
            flow.userActivity();
            clock.advance(Duration.ofSeconds(40));
            flow.tick();
            assertThat(flow.step()).isEqualTo(FeedbackStep.RATING);
        }
    }

    @Nested
    class TicketScan {
        @Test
        void scanningTheTicketOnTheStartScreenLinksTheVisitAndStarts() throws Exception {
            assertThat(flow.scanned("http://localhost:8080/t/AbC123xyz")).isTrue();
            assertThat(flow.step()).isEqualTo(FeedbackStep.RATING);
            assertThat(flow.trackingCodeProperty().get()).isEqualTo("AbC123xyz");
            flow.chooseRating(5);
            flow.skip();
            flow.skip();
            flow.skip();
            flow.skip();
            assertThat(stored().get(0).request().trackingCode()).isEqualTo("AbC123xyz");
            clock.advance(Duration.ofSeconds(10));
            flow.tick();
            assertThat(flow.trackingCodeProperty().get()).isNull(); // the next customer starts unlinked
        }

        @Test
        void somethingElseScannedIsIgnored() {
            assertThat(flow.scanned("not a ticket at all!")).isFalse();
            assertThat(flow.step()).isEqualTo(FeedbackStep.START);
        }

        @Test
        void aScanWhileWritingTheCommentDoesNotEndUpInTheComment() {
            flow.start(CitizenLanguage.FI);
            flow.skip();
            flow.skip();
            flow.skip();
            flow.skip();
            flow.commentProperty().set("Hyvä palvelu" + "https://luukku.example/t/Q9w8e7r6");
            assertThat(flow.scanned("https://luukku.example/t/Q9w8e7r6")).isTrue();
            assertThat(flow.commentProperty().get()).isEqualTo("Hyvä palvelu");
            assertThat(flow.step()).isEqualTo(FeedbackStep.COMMENT);
        }
    }

    @Nested
    class Buttons {
        @Test
        void aButtonPressIsStoredWithItsDroppedCountAndThanksTheCustomer() throws Exception {
            flow.buttonPressed(new ButtonPress(ButtonAnswer.rating(1), 1, clock.instant(), 9, 2));
            assertThat(flow.step()).isEqualTo(FeedbackStep.THANKS);
            StoredFeedback s = stored().get(0);
            assertThat(s.request().rating()).isEqualTo(1);
            assertThat(s.request().source()).isEqualTo("BUTTONS");
            assertThat(s.request().language()).isEqualTo("fi");
            assertThat(s.droppedPresses()).isEqualTo(9);
            assertThat(s.bounces()).isEqualTo(2);
        }

        @Test
        void aButtonPressDuringSomeoneElsesSurveyDoesNotDisturbIt() throws Exception {
            flow.start(CitizenLanguage.EN);
            flow.chooseRating(4);
            flow.buttonPressed(new ButtonPress(ButtonAnswer.parse("outcome:handled"), 7, clock.instant(), 0, 0));
            assertThat(flow.step()).isEqualTo(FeedbackStep.SAFETY);
            assertThat(stored()).singleElement().satisfies(s -> {
                assertThat(s.request().outcome()).isEqualTo("HANDLED");
                assertThat(s.request().rating()).isNull();
            });
        }
    }

    @Test
    void onlyPerceivedSafetyIsStillAnAnswer() throws Exception {
        flow.start(CitizenLanguage.SV);
        flow.skip();
        flow.choosePerceivedSafety(5);
        flow.skip();
        flow.skip();
        flow.skip();
        assertThat(flow.answeredProperty().get()).isTrue();
        var r = stored().get(0).request();
        assertThat(r.rating()).isNull();
        assertThat(r.perceivedSafety()).isEqualTo(5);
    }

    @Test
    void aBoxPressOnTheSafetyStepIsItsOwnAnswerAsOnTheRatingStep() throws Exception {
        flow.start(CitizenLanguage.FI);
        flow.chooseRating(4);
        assertThat(flow.step()).isEqualTo(FeedbackStep.SAFETY);
        flow.buttonPressed(new ButtonPress(ButtonAnswer.rating(2), 2, clock.instant(), 0, 0));
        assertThat(flow.step()).isEqualTo(FeedbackStep.SAFETY); // the customer at the screen is not disturbed
        assertThat(stored()).singleElement().satisfies(s -> {
            assertThat(s.request().source()).isEqualTo("BUTTONS");
            assertThat(s.request().rating()).isEqualTo(2);
            assertThat(s.request().perceivedSafety()).isNull();
        });
        flow.choosePerceivedSafety(3);
        assertThat(flow.step()).isEqualTo(FeedbackStep.OUTCOME);
    }

    @Nested
    class Popup {
        @Test
        void thePopupAsksTwoQuestionsAndFinishes() throws Exception {
            FeedbackFlowViewModel popup = newFlow(FeedbackFlowViewModel.POPUP_STEPS, FeedbackSource.SELF_SERVICE_POPUP);
            assertThat(popup.step()).isEqualTo(FeedbackStep.RATING);
            assertThat(popup.canGoBack()).isFalse();
            popup.chooseRating(5);
            popup.chooseAlone(true);
            assertThat(popup.step()).isEqualTo(FeedbackStep.THANKS);
            assertThat(stored().get(0).request().source()).isEqualTo("SELF_SERVICE_POPUP");
            popup.finish();
            assertThat(popup.finishedProperty().get()).isTrue();
        }
    }

    /** A recorder whose disk can be made to fail. */
    static final class FlakyRecorder extends FeedbackRecorder {
        volatile boolean failing = true;
        int attempts;

        FlakyRecorder(DurableOutbox outbox, ObjectMapper mapper) {
            super(outbox, mapper, () -> {});
        }

        @Override
        public String record(StoredFeedback feedback) {
            attempts++;
            if (failing) {
                throw new IllegalStateException("disk full");
            }
            return super.record(feedback);
        }
    }

    @Test
    void aFailedSaveThanksTheCitizenKeepsTheAnswerAndStoresItOnceTheDiskIsBack() throws Exception {
        FlakyRecorder disk = new FlakyRecorder(outbox, mapper);
        FeedbackFlowViewModel f = new FeedbackFlowViewModel(
                disk,
                new CurrentThreadTaskRunner(),
                clock,
                Duration.ofSeconds(45),
                FeedbackFlowViewModel.TERMINAL_STEPS,
                FeedbackSource.TERMINAL,
                CitizenLanguage.FI);
        f.start(CitizenLanguage.SV);
        f.chooseRating(2);
        f.skip();
        f.chooseOutcome(Outcome.STARTED);
        f.chooseAlone(true);
        f.commentProperty().set("first");
        f.sendComment();
        assertThat(f.step()).isEqualTo(FeedbackStep.THANKS); // the citizen did nothing wrong
        assertThat(f.unsavedCountProperty().get()).isEqualTo(1);
        assertThat(f.saveFailedProperty().get()).isTrue();
        f.finish();

        // a second answer and a button press while the disk still fails queue behind it, in order
        f.start(CitizenLanguage.FI);
        f.chooseRating(5);
        f.skip();
        f.skip();
        f.skip();
        f.skip();
        f.buttonPressed(new ButtonPress(ButtonAnswer.rating(1), 1, clock.instant(), 0, 0));
        assertThat(f.unsavedCountProperty().get()).isEqualTo(3);

        // retried on the tick with backoff while the disk fails: nothing is dropped
        int before = disk.attempts;
        for (int i = 0; i < 600; i++) { // ten minutes of ticks
            clock.advance(Duration.ofSeconds(1));
            f.tick();
        }
        int retries = disk.attempts - before;
        assertThat(retries).isBetween(5, 30); // backs off (2, 4, .. 60 s), never gives up
        assertThat(f.unsavedCountProperty().get()).isEqualTo(3);
        assertThat(outbox.pendingCount()).isZero();

        disk.failing = false;
        clock.advance(FeedbackFlowViewModel.MAX_RETRY);
        f.tick();
        assertThat(f.unsavedCountProperty().get()).isZero();
        assertThat(f.saveFailedProperty().get()).isFalse();
        List<StoredFeedback> all = stored();
        assertThat(all).hasSize(3);
        assertThat(all.get(0).request().comment()).isEqualTo("first");
        assertThat(all.get(0).request().rating()).isEqualTo(2);
        assertThat(all.get(0).request().language()).isEqualTo("sv");
        assertThat(all.get(1).request().rating()).isEqualTo(5);
        assertThat(all.get(2).request().source()).isEqualTo("BUTTONS");

        // the next answer goes straight to disk again
        f.finish();
        f.start(CitizenLanguage.FI);
        f.chooseRating(4);
        f.skip();
        f.skip();
        f.skip();
        f.skip();
        assertThat(outbox.pendingCount()).isEqualTo(4);
        assertThat(f.unsavedCountProperty().get()).isZero();
    }

    @Test
    void whatTheDiskStillRefusesAtExitIsTriedOnceMore() throws Exception {
        FlakyRecorder disk = new FlakyRecorder(outbox, mapper);
        FeedbackFlowViewModel f = new FeedbackFlowViewModel(
                disk,
                new CurrentThreadTaskRunner(),
                clock,
                Duration.ofSeconds(45),
                FeedbackFlowViewModel.TERMINAL_STEPS,
                FeedbackSource.TERMINAL,
                CitizenLanguage.FI);
        f.start(CitizenLanguage.FI);
        f.chooseRating(1);
        f.skip();
        f.skip();
        f.skip();
        f.skip();
        assertThat(f.unsavedCountProperty().get()).isEqualTo(1);
        disk.failing = false;
        f.flushUnsavedOnExit(); // no waiting for the backoff
        assertThat(stored()).hasSize(1);
        assertThat(f.unsavedCountProperty().get()).isZero();
    }
}
