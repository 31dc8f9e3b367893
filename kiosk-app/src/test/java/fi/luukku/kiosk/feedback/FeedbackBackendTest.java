package fi.luukku.kiosk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.api.FeedbackRequest;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The delivery loop on the shared pump: what waits, what is set aside, and a long backlog. */
class FeedbackBackendTest {
    @TempDir
    Path dir;

    private final ObjectMapper mapper = JsonMapper.create();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T08:00:00Z"));

    private static StoredFeedback answer(int i) {
        return StoredFeedback.of(
                new FeedbackRequest(1 + i % 5, null, null, null, "answer " + i, "fi", null, "TERMINAL", Instant.now()));
    }

    @Test
    void configurationErrorsKeepTheAnswerWaitingAndABacklogDrainsInOneRound() throws Exception {
        try (FakeFeedbackService service =
                        new FakeFeedbackService(FakeFeedbackService.freePort(), "demo-feedback-mikkeli").start();
                FeedbackBackend backend = FeedbackBackend.open(
                        dir,
                        new LuukkuClient(
                                service.url(), () -> "demo-feedback-mikkeli", LuukkuClient.defaultHttpClient(), mapper),
                        "mikkeli",
                        mapper,
                        clock,
                        Duration.ofSeconds(4),
                        n -> {})) {
            backend.recorder().record(answer(0));
            for (int status : new int[] {401, 403, 404, 405, 500, 503}) {
                service.forceStatus(status);
                clock.advance(Duration.ofMinutes(1)); // past any backoff
                backend.pump().drainOnce();
                assertThat(backend.recorder().pendingCount())
                        .as("after HTTP %d", status)
                        .isEqualTo(1);
                assertThat(backend.recorder().rejectedCount())
                        .as("after HTTP %d", status)
                        .isZero();
            }
            service.forceStatus(0);
            for (int i = 1; i < 130; i++) { // more than one batch of the pump
                backend.recorder().record(answer(i));
            }
            clock.advance(Duration.ofMinutes(1));
            backend.pump().drainOnce(); // one call sends every batch (recording also wakes the loop meanwhile)
            assertThat(backend.recorder().pendingCount()).isZero();
            assertThat(service.stored()).hasSize(130);
        }
    }
}
