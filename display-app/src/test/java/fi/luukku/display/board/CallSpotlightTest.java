package fi.luukku.display.board;

import static fi.luukku.display.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.domain.TicketStatus;
import fi.luukku.core.live.CallEntry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallSpotlightTest {
    private final CallSpotlight spot = new CallSpotlight(Duration.ofSeconds(5), Duration.ofSeconds(2), 3);

    private static CallEntry call(String id) {
        return new CallEntry(id, "K" + id, "q-k", "d1", TicketStatus.CALLED, false, T0, 0);
    }

    private static Instant at(double seconds) {
        return T0.plusMillis((long) (seconds * 1000));
    }

    @Test
    void theFirstCallTakesTheSpotlightAtOnce() {
        assertThat(spot.offer(call("1"), at(0))).isTrue();
        assertThat(spot.current()).map(CallEntry::number).contains("K1");
    }

    @Test
    void aCallAfterTheHoldTimeTakesTheSpotlightAtOnce() {
        spot.offer(call("1"), at(0));
        assertThat(spot.offer(call("2"), at(5))).isTrue();
        assertThat(spot.current()).map(CallEntry::number).contains("K2");
    }

    @Test
    void aBurstIsShownOneByOneEachForTheHoldTime() {
        spot.offer(call("1"), at(0));
        assertThat(spot.offer(call("2"), at(0.1))).isFalse();
        assertThat(spot.offer(call("3"), at(0.2))).isFalse();
        assertThat(spot.advance(at(4.9))).isEmpty();
        assertThat(spot.advance(at(5))).map(CallEntry::number).contains("K2");
        assertThat(spot.advance(at(9.9))).isEmpty();
        assertThat(spot.advance(at(10))).map(CallEntry::number).contains("K3");
        assertThat(spot.pending()).isEmpty();
        // when nothing waits, the last call simply stays up
        assertThat(spot.advance(at(100))).isEmpty();
        assertThat(spot.current()).map(CallEntry::number).contains("K3");
    }

    @Test
    void aLongBurstShortensTheHoldSoTheSpotlightCatchesUp() {
        spot.offer(call("1"), at(0));
        for (int i = 2; i <= 6; i++) {
            spot.offer(call("" + i), at(0.1));
        }
        assertThat(spot.pending()).hasSize(5);
        assertThat(spot.advance(at(2))).map(CallEntry::number).contains("K2"); // 4 still waiting: busy hold
        assertThat(spot.advance(at(4))).map(CallEntry::number).contains("K3"); // 3 waiting: normal hold again
        assertThat(spot.advance(at(8.9))).isEmpty();
        assertThat(spot.advance(at(9))).map(CallEntry::number).contains("K4");
    }

    @Test
    void aRecallOfTheShownCallShowsItAgainAndARecallOfAWaitingOneKeepsItsPlace() {
        spot.offer(call("1"), at(0));
        long seq = spot.sequence();
        assertThat(spot.offer(call("1"), at(1))).isTrue();
        assertThat(spot.sequence()).isGreaterThan(seq);
        spot.offer(call("2"), at(1.5));
        spot.offer(call("3"), at(1.6));
        assertThat(spot.offer(call("2"), at(2))).isFalse();
        assertThat(spot.pending()).extracting(CallEntry::number).containsExactly("K2", "K3");
    }

    @Test
    void resetAndRemoveDropWaitingCalls() {
        spot.offer(call("1"), at(0));
        spot.offer(call("2"), at(1));
        spot.offer(call("3"), at(1));
        spot.remove("2");
        assertThat(spot.pending()).extracting(CallEntry::number).containsExactly("K3");
        spot.reset(call("9"));
        assertThat(spot.pending()).isEmpty();
        assertThat(spot.current()).map(CallEntry::number).contains("K9");
        // after a reset the next call does not have to wait
        assertThat(spot.offer(call("10"), at(1.2))).isTrue();
        spot.reset(null);
        assertThat(spot.current()).isEmpty();
    }
}
