package fi.luukku.service.queue;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.domain.TicketStatus;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** The look-ahead estimator on hand-built states, with fixed service times so that the answers are exact. */
class LookAheadEstimatorTest {
    static final long NOW = 1_800_000_000_000L;
    static final long MIN = 60_000L;
    static final QueueState.Period ALL_DAY = new QueueState.Period(NOW - 3600_000L, NOW + 8 * 3600_000L);

    /** Every service takes exactly five minutes. */
    static final ServiceTimes FIVE_MINUTES = new ServiceTimes() {
        @Override
        public double meanMillis(String serviceKey, long at) {
            return 5 * MIN;
        }

        @Override
        public long sample(String serviceKey, long at, RandomGenerator random) {
            return 5 * MIN;
        }

        @Override
        public long sampleRemaining(String serviceKey, long at, long elapsed, RandomGenerator random) {
            return Math.max(0, 5 * MIN - elapsed);
        }
    };

    final LookAheadEstimator lookAhead = new LookAheadEstimator(20, 0.2, 0.8, 1);
    final NaiveEstimator naive = new NaiveEstimator(q -> 5 * MIN);

    static QueueState.Waiting walkIn(String id, String queue, long sortAt) {
        return new QueueState.Waiting(
                new Candidate(id, id, queue, TicketStatus.WAITING, sortAt, sortAt, null, false, 0), queue);
    }

    static QueueState.Waiting prio(String id, String queue, long sortAt, int passedBy) {
        return new QueueState.Waiting(
                new Candidate(id, id, queue, TicketStatus.WAITING, sortAt, sortAt, null, true, passedBy), queue);
    }

    static QueueState.DeskState desk(String id, List<QueueState.Period> staffed, Object... queueLevels) {
        List<DeskView.Level> levels = new java.util.ArrayList<>();
        for (int i = 0; i < queueLevels.length; i += 2) {
            levels.add(new DeskView.Level((String) queueLevels[i], (Integer) queueLevels[i + 1]));
        }
        return new QueueState.DeskState(new DeskView(id, levels), staffed, null, null);
    }

    static QueueState state(List<QueueState.DeskState> desks, List<QueueState.Waiting> waiting, int cap) {
        return new QueueState(NOW, desks, waiting, List.of(), cap, FIVE_MINUTES, null);
    }

    static long minutes(Map<String, WaitEstimate> e, String id) {
        return Math.round(e.get(id).seconds() / 60.0);
    }

    @Test
    void aDeskSharedByTwoQueuesAtOneLevelServesThemInOneLine() {
        QueueState s = state(
                List.of(desk("d", List.of(ALL_DAY), "K", 1, "V", 1)),
                List.of(
                        walkIn("K1", "K", NOW - 4 * MIN),
                        walkIn("V1", "V", NOW - 3 * MIN),
                        walkIn("K2", "K", NOW - 2 * MIN),
                        walkIn("V2", "V", NOW - MIN)),
                2);
        Map<String, WaitEstimate> e = lookAhead.estimate(s);
        assertThat(minutes(e, "K1")).isZero();
        assertThat(minutes(e, "V1")).isEqualTo(5);
        assertThat(minutes(e, "K2")).isEqualTo(10);
        assertThat(minutes(e, "V2")).isEqualTo(15);
        // the naive rule counts the shared desk fully for each queue and sees one person ahead of V2
        assertThat(naive.estimate(s).get("V2").seconds()).isEqualTo(300);
    }

    @Test
    void aLowerLevelQueueWaitsForTheDesksFirstQueue() {
        QueueState s = state(
                List.of(desk("d", List.of(ALL_DAY), "K", 1, "A", 2)),
                List.of(walkIn("A1", "A", NOW - 10 * MIN), walkIn("K1", "K", NOW - MIN), walkIn("K2", "K", NOW)),
                2);
        Map<String, WaitEstimate> e = lookAhead.estimate(s);
        assertThat(minutes(e, "A1")).isEqualTo(10);
        assertThat(naive.estimate(s).get("A1").seconds()).isZero();
    }

    @Test
    void nobodyStaffedYetMeansAtLeastTheTimeUntilTheDeskOpensNeverZero() {
        QueueState.Period opensInTen = new QueueState.Period(NOW + 10 * MIN, NOW + 8 * 3600_000L);
        QueueState s = state(List.of(desk("d", List.of(opensInTen), "K", 1)), List.of(walkIn("K1", "K", NOW)), 2);
        WaitEstimate e = lookAhead.estimate(s).get("K1");
        assertThat(e.seconds()).isGreaterThanOrEqualTo(600);
        assertThat(e.lowSeconds()).isGreaterThanOrEqualTo(600);
        assertThat(e.noDeskOpen()).isTrue();
    }

    @Test
    void nobodyStaffedAndNoOpeningKnownIsSaidSoNotAsZero() {
        QueueState s = state(List.of(desk("d", List.of(), "K", 1)), List.of(walkIn("K1", "K", NOW)), 2);
        assertThat(lookAhead.estimate(s).get("K1").noDeskOpen()).isTrue();
    }

    @Test
    void aDueAppointmentGoesFirstAndAnUpcomingOneIsCounted() {
        Candidate due = new Candidate("K9", "K9", "K", TicketStatus.WAITING, NOW - MIN, NOW - MIN, NOW, false, 0);
        Candidate soon = new Candidate("K8", "K8", "K", TicketStatus.WAITING, NOW, NOW, NOW + 6 * MIN, false, 0);
        QueueState s = state(
                List.of(desk("d", List.of(ALL_DAY), "K", 1)),
                List.of(
                        walkIn("K1", "K", NOW - 5 * MIN),
                        walkIn("K2", "K", NOW - 4 * MIN),
                        new QueueState.Waiting(due, "K"),
                        new QueueState.Waiting(soon, "K")),
                2);
        Map<String, WaitEstimate> e = lookAhead.estimate(s);
        assertThat(minutes(e, "K9")).isZero();
        assertThat(minutes(e, "K1")).isEqualTo(5);
        assertThat(minutes(e, "K8")).isEqualTo(10); // due at 6, the desk is free at 10
        assertThat(minutes(e, "K2")).isEqualTo(15);
    }

    @Test
    void aPriorityCustomerPassesUnderTheCapAndNotOverIt() {
        List<QueueState.DeskState> d = List.of(desk("d", List.of(ALL_DAY), "K", 1));
        Map<String, WaitEstimate> under =
                lookAhead.estimate(state(d, List.of(walkIn("N1", "K", NOW - 5 * MIN), prio("P1", "K", NOW, 0)), 2));
        assertThat(minutes(under, "P1")).isZero();
        assertThat(minutes(under, "N1")).isEqualTo(5);
        QueueState.Waiting passedTwice =
                new QueueState.Waiting(walkIn("N1", "K", NOW - 5 * MIN).ticket().withPassedBy(2), "K");
        Map<String, WaitEstimate> over = lookAhead.estimate(state(d, List.of(passedTwice, prio("P1", "K", NOW, 0)), 2));
        assertThat(minutes(over, "N1")).isZero();
        assertThat(minutes(over, "P1")).isEqualTo(5);
    }

    @Test
    void aBusyDeskFirstFinishesItsCustomerAndADeskClosingStopsCalling() {
        QueueState.DeskState busy = new QueueState.DeskState(
                new DeskView("d1", List.of(new DeskView.Level("K", 1))), List.of(ALL_DAY), NOW - 2 * MIN, "K");
        QueueState.DeskState closing = desk("d2", List.of(new QueueState.Period(NOW - 3600_000L, NOW + MIN)), "K", 1);
        QueueState s = state(
                List.of(busy, closing),
                List.of(walkIn("K1", "K", NOW - 3 * MIN), walkIn("K2", "K", NOW - 2 * MIN), walkIn("K3", "K", NOW)),
                2);
        Map<String, WaitEstimate> e = lookAhead.estimate(s);
        assertThat(minutes(e, "K1")).isZero(); // the closing desk takes it now
        assertThat(minutes(e, "K2")).isEqualTo(3); // d1 is free in three minutes
        assertThat(minutes(e, "K3")).isEqualTo(8); // d2 has closed by then
    }

    @Test
    void uncertainTimesGiveARangeAroundTheMedian() {
        LearnedServiceTimes learned = new LearnedServiceTimes(java.time.ZoneId.of("Europe/Helsinki"), 5 * MIN);
        for (int i = 0; i < 40; i++) {
            learned.record("K", NOW - i * MIN, (2 + i % 9) * MIN);
        }
        List<QueueState.Waiting> w = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            w.add(walkIn("K" + i, "K", NOW - (10 - i) * MIN));
        }
        QueueState s = new QueueState(
                NOW, List.of(desk("d", List.of(ALL_DAY), "K", 1)), w, List.of(), 2, learned.snapshot(), null);
        WaitEstimate last = lookAhead.estimate(s).get("K5");
        assertThat(last.lowSeconds()).isLessThan(last.seconds());
        assertThat(last.highSeconds()).isGreaterThan(last.seconds());
        assertThat(lookAhead.estimate(s)).isEqualTo(lookAhead.estimate(s)); // the same state, the same answer
    }

    @Test
    void probesAskWhenATicketTakenNowWouldBeCalledWithoutDelayingEachOther() {
        String k = LookAheadEstimator.PROBE + "K";
        String v = LookAheadEstimator.PROBE + "V";
        QueueState s = state(
                List.of(desk("d", List.of(ALL_DAY), "K", 1, "V", 1)),
                List.of(walkIn("K1", "K", NOW - MIN), walkIn(k, "K", NOW), walkIn(v, "V", NOW)),
                2);
        Map<String, WaitEstimate> e = lookAhead.estimate(s);
        assertThat(minutes(e, k)).isEqualTo(5);
        assertThat(minutes(e, v)).isEqualTo(5);
        assertThat(minutes(e, "K1")).isZero();
    }

    static QueueState withHours(
            List<QueueState.DeskState> desks,
            List<QueueState.Waiting> waiting,
            Map<String, List<QueueState.Period>> h) {
        return new QueueState(NOW, desks, waiting, List.of(), 2, FIVE_MINUTES, null, h);
    }

    @Test
    void aTicketTakenTenMinutesBeforeItsQueueOpensWaitsAtLeastTenEvenWithAnAdvisorSignedIn() {
        QueueState.Period opensInTen = new QueueState.Period(NOW + 10 * MIN, NOW + 7 * 3600_000L);
        QueueState s = withHours(
                List.of(desk("d", List.of(ALL_DAY), "K", 1)),
                List.of(walkIn("K1", "K", NOW - 2 * MIN), walkIn("K2", "K", NOW)),
                Map.of("K", List.of(opensInTen)));
        Map<String, WaitEstimate> e = lookAhead.estimate(s);
        assertThat(minutes(e, "K1")).isEqualTo(10);
        assertThat(minutes(e, "K2")).isEqualTo(15);
        assertThat(e.get("K1").lowSeconds()).isGreaterThanOrEqualTo(600);
        assertThat(e.get("K1").noDeskOpen()).isTrue(); // shown as "…, not open yet", never as a plain short wait
        // the naive rule, which knows no hours, tells the first one it is called at once
        assertThat(naive.estimate(s).get("K1").seconds()).isZero();
    }

    @Test
    void aSharedDeskServesTheOpenQueueWhileTheOtherAuthorityIsStillClosed() {
        QueueState.Period kelaFromTen = new QueueState.Period(NOW + 20 * MIN, NOW + 3 * 3600_000L);
        QueueState.Period veroAllDay = new QueueState.Period(NOW - 3600_000L, NOW + 6 * 3600_000L);
        QueueState s = withHours(
                List.of(desk("d", List.of(ALL_DAY), "K", 1, "V", 2)),
                List.of(
                        walkIn("K1", "K", NOW - 5 * MIN),
                        walkIn("V1", "V", NOW - 4 * MIN),
                        walkIn("V2", "V", NOW - 3 * MIN)),
                Map.of("K", List.of(kelaFromTen), "V", List.of(veroAllDay)));
        Map<String, WaitEstimate> e = lookAhead.estimate(s);
        assertThat(minutes(e, "V1")).isZero(); // Kela is served first, but it is not open yet
        assertThat(minutes(e, "V2")).isEqualTo(5);
        assertThat(minutes(e, "K1")).isEqualTo(20);
        assertThat(e.get("V1").noDeskOpen()).isFalse();
    }

    @Test
    void overLunchNobodyCallsAndAfterTheLastClosingThoseInLineAreStillServed() {
        QueueState.Period morning = new QueueState.Period(NOW - 3 * 3600_000L, NOW - MIN);
        QueueState.Period afternoon = new QueueState.Period(NOW + 30 * MIN, NOW + 3 * 3600_000L);
        List<QueueState.DeskState> d = List.of(desk("d", List.of(ALL_DAY), "K", 1));
        List<QueueState.Waiting> w = List.of(walkIn("K1", "K", NOW - 2 * MIN));
        assertThat(minutes(lookAhead.estimate(withHours(d, w, Map.of("K", List.of(morning, afternoon)))), "K1"))
                .isEqualTo(30);
        assertThat(minutes(lookAhead.estimate(withHours(d, w, Map.of("K", List.of(morning)))), "K1"))
                .isZero();
    }

    @Test
    void nobodyStaffedBeforeOpeningWithAnOpeningOnlyLaterIsNeverZero() {
        QueueState.Period opens = new QueueState.Period(NOW + 10 * MIN, NOW + 7 * 3600_000L);
        QueueState s = withHours(
                List.of(desk("d", List.of(opens), "K", 1)),
                List.of(prio("P1", "K", NOW, 0)),
                Map.of("K", List.of(opens)));
        WaitEstimate e = lookAhead.estimate(s).get("P1");
        assertThat(e.seconds()).isEqualTo(600); // a priority customer first in line still waits for the opening
        assertThat(e.noDeskOpen()).isTrue();
    }
}
