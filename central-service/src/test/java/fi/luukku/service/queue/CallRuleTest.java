package fi.luukku.service.queue;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.domain.TicketStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallRuleTest {
    static final long T0 = 1_000_000_000L;
    static final DeskView KELA_THEN_ADVICE =
            new DeskView("d1", List.of(new DeskView.Level("K", 1), new DeskView.Level("A", 2)));
    static final DeskView SHARED = new DeskView("d2", List.of(new DeskView.Level("K", 1), new DeskView.Level("V", 1)));

    static Candidate walkIn(String number, String queue, long sortAt) {
        return new Candidate(number, number, queue, TicketStatus.WAITING, sortAt, sortAt, null, false, 0);
    }

    static Candidate prio(String number, String queue, long sortAt) {
        return new Candidate(number, number, queue, TicketStatus.WAITING, sortAt, sortAt, null, true, 0);
    }

    static Candidate appointment(String number, String queue, long sortAt, long dueAt) {
        return new Candidate(number, number, queue, TicketStatus.WAITING, sortAt, sortAt, dueAt, false, 0);
    }

    static String pick(DeskView desk, List<Candidate> waiting, long now, int cap) {
        return CallRule.pickNext(desk, waiting, now, cap)
                .map(d -> d.ticket().number())
                .orElse(null);
    }

    @Nested
    class NamedCases {
        @Test
        void anEmptyQueueGivesNothing() {
            assertThat(CallRule.pickNext(KELA_THEN_ADVICE, List.of(), T0, 2)).isEmpty();
        }

        @Test
        void theLongestWaitingWalkInGoesFirst() {
            assertThat(pick(KELA_THEN_ADVICE, List.of(walkIn("K002", "K", T0 + 5), walkIn("K001", "K", T0)), T0 + 9, 2))
                    .isEqualTo("K001");
        }

        @Test
        void theDesksFirstLevelGoesBeforeOlderTicketsOfItsLowerLevel() {
            assertThat(pick(
                            KELA_THEN_ADVICE,
                            List.of(walkIn("A001", "A", T0), walkIn("K001", "K", T0 + 60_000)),
                            T0 + 90_000,
                            2))
                    .isEqualTo("K001");
        }

        @Test
        void aLowerLevelIsServedWhenTheFirstIsEmpty() {
            assertThat(pick(KELA_THEN_ADVICE, List.of(walkIn("A001", "A", T0)), T0 + 1, 2))
                    .isEqualTo("A001");
        }

        @Test
        void queuesAtOneLevelAreMergedByWaitingTime() {
            assertThat(pick(SHARED, List.of(walkIn("V001", "V", T0 + 3), walkIn("K001", "K", T0 + 1)), T0 + 9, 2))
                    .isEqualTo("K001");
        }

        @Test
        void aDueAppointmentGoesBeforeEveryLevel() {
            List<Candidate> w = List.of(walkIn("K001", "K", T0), appointment("A050", "A", T0 + 10, T0 + 500));
            assertThat(pick(KELA_THEN_ADVICE, w, T0 + 500, 2)).isEqualTo("A050");
            CallRule.Decision d =
                    CallRule.pickNext(KELA_THEN_ADVICE, w, T0 + 500, 2).orElseThrow();
            assertThat(d.reason()).isEqualTo(CallRule.Reason.APPOINTMENT_DUE);
        }

        @Test
        void anAppointmentNotYetDueWaitsForItsTime() {
            List<Candidate> w = List.of(appointment("K050", "K", T0, T0 + 600_000), walkIn("A001", "A", T0 + 1));
            assertThat(pick(KELA_THEN_ADVICE, w, T0 + 1000, 2)).isEqualTo("A001");
            assertThat(pick(KELA_THEN_ADVICE, List.of(w.get(0)), T0 + 1000, 2)).isNull();
        }

        @Test
        void theEarliestDueAppointmentGoesFirst() {
            List<Candidate> w =
                    List.of(appointment("K051", "K", T0, T0 + 200), appointment("K050", "K", T0 + 5, T0 + 100));
            assertThat(pick(KELA_THEN_ADVICE, w, T0 + 300, 2)).isEqualTo("K050");
        }

        @Test
        void parkedAndCalledTicketsAreNeverPicked() {
            Candidate parked = new Candidate("K001", "K001", "K", TicketStatus.PARKED, T0, T0, null, false, 0);
            Candidate called = new Candidate("K002", "K002", "K", TicketStatus.CALLED, T0, T0, null, false, 0);
            assertThat(pick(KELA_THEN_ADVICE, List.of(parked, called), T0 + 5, 2))
                    .isNull();
            assertThat(pick(KELA_THEN_ADVICE, List.of(parked, called, walkIn("K003", "K", T0 + 2)), T0 + 5, 2))
                    .isEqualTo("K003");
        }

        @Test
        void ticketsOfQueuesTheDeskDoesNotServeAreIgnored() {
            assertThat(pick(KELA_THEN_ADVICE, List.of(walkIn("X001", "X", T0)), T0 + 5, 2))
                    .isNull();
        }

        @Test
        void aPriorityCustomerPassesUntilTheCapThenTheOldestGoes() {
            List<Candidate> w = new ArrayList<>(List.of(
                    walkIn("V001", "V", T0),
                    prio("V002", "V", T0 + 1),
                    prio("V003", "V", T0 + 2),
                    prio("V004", "V", T0 + 3),
                    walkIn("V005", "V", T0 + 4)));
            DeskView desk = new DeskView("r", List.of(new DeskView.Level("V", 1)));
            assertThat(drain(desk, w, T0 + 10, 2)).containsExactly("V002", "V003", "V001", "V004", "V005");
        }

        @Test
        void theCapCountsPassesAcrossTheQueuesOfOneLevel() {
            List<Candidate> w = new ArrayList<>(List.of(
                    walkIn("K001", "K", T0),
                    prio("V001", "V", T0 + 1),
                    prio("V002", "V", T0 + 2),
                    prio("V003", "V", T0 + 3)));
            assertThat(drain(SHARED, w, T0 + 10, 2)).containsExactly("V001", "V002", "K001", "V003");
        }

        @Test
        void aCapOfZeroMeansPriorityNeverPasses() {
            List<Candidate> w = new ArrayList<>(List.of(walkIn("V001", "V", T0), prio("V002", "V", T0 + 1)));
            assertThat(drain(SHARED, w, T0 + 10, 0)).containsExactly("V001", "V002");
        }

        @Test
        void aPriorityCallRecordsWhomItPassed() {
            List<Candidate> w =
                    List.of(walkIn("K001", "K", T0), walkIn("V001", "V", T0 + 1), prio("V002", "V", T0 + 2));
            CallRule.Decision d = CallRule.pickNext(SHARED, w, T0 + 5, 2).orElseThrow();
            assertThat(d.ticket().number()).isEqualTo("V002");
            assertThat(d.reason()).isEqualTo(CallRule.Reason.PRIORITY);
            assertThat(d.passed()).containsExactlyInAnyOrder("K001", "V001");
        }

        @ParameterizedTest(name = "sortAt {0}/{1}, issuedAt {2}/{3}, numbers {4}/{5} → {6}")
        @CsvSource({
            "0,0,5,6,K002,K001,K002",
            "0,0,6,5,K001,K002,K002",
            "0,0,5,5,K002,K001,K001",
            "0,0,5,5,K1000,K999,K999",
            "1,0,0,9,K001,K002,K002",
        })
        void tiesAreBrokenBySortKeyThenIssueTimeThenNumber(
                long sortA, long sortB, long issA, long issB, String numA, String numB, String expected) {
            Candidate a =
                    new Candidate("id-" + numA, numA, "K", TicketStatus.WAITING, T0 + sortA, T0 + issA, null, false, 0);
            Candidate b =
                    new Candidate("id-" + numB, numB, "K", TicketStatus.WAITING, T0 + sortB, T0 + issB, null, false, 0);
            assertThat(pick(KELA_THEN_ADVICE, List.of(a, b), T0 + 100, 2)).isEqualTo(expected);
            assertThat(pick(KELA_THEN_ADVICE, List.of(b, a), T0 + 100, 2)).isEqualTo(expected);
        }
    }

    /** Calls until the desk gets nothing, applying each decision's passes as the service does. */
    static List<String> drain(DeskView desk, List<Candidate> waiting, long now, int cap) {
        List<Candidate> w = new ArrayList<>(waiting);
        List<String> order = new ArrayList<>();
        for (Optional<CallRule.Decision> d = CallRule.pickNext(desk, w, now, cap);
                d.isPresent();
                d = CallRule.pickNext(desk, w, now, cap)) {
            order.add(d.get().ticket().number());
            apply(w, d.get());
        }
        return order;
    }

    static void apply(List<Candidate> w, CallRule.Decision d) {
        w.removeIf(c -> c.id().equals(d.ticket().id()));
        for (int i = 0; i < w.size(); i++) {
            if (d.passed().contains(w.get(i).id())) {
                w.set(i, w.get(i).withPassedBy(w.get(i).passedBy() + 1));
            }
        }
    }

    @Nested
    class GeneratedStates {
        static final List<String> QUEUES = List.of("K", "V", "A", "X");

        /** The rule as the service's SQL version stated it, written plainly, to compare against. */
        Optional<Candidate> reference(DeskView desk, List<Candidate> all, long now, int cap) {
            Map<String, Integer> prio = new HashMap<>();
            desk.queues().forEach(l -> prio.put(l.queueId(), l.priority()));
            List<Candidate> waiting = all.stream()
                    .filter(c -> c.status() == TicketStatus.WAITING && prio.containsKey(c.queueId()))
                    .sorted(Candidate.QUEUE_ORDER)
                    .toList();
            Optional<Candidate> due = waiting.stream()
                    .filter(t -> t.dueAt() != null && t.dueAt() <= now)
                    .min(Comparator.comparingLong(Candidate::dueAt));
            if (due.isPresent()) {
                return due;
            }
            List<Candidate> walkIns =
                    waiting.stream().filter(t -> t.dueAt() == null).toList();
            if (walkIns.isEmpty()) {
                return Optional.empty();
            }
            int best =
                    walkIns.stream().mapToInt(t -> prio.get(t.queueId())).min().orElseThrow();
            List<Candidate> level =
                    walkIns.stream().filter(t -> prio.get(t.queueId()) == best).toList();
            Optional<Candidate> n = level.stream().filter(t -> !t.priority()).findFirst();
            Optional<Candidate> p = level.stream().filter(Candidate::priority).findFirst();
            if (p.isEmpty() || n.isEmpty()) {
                return p.isPresent() ? p : n;
            }
            if (p.get().sortAt() <= n.get().sortAt()) {
                return p;
            }
            boolean capped = level.stream()
                    .filter(t -> !t.priority() && t.sortAt() < p.get().sortAt())
                    .anyMatch(t -> t.passedBy() >= cap);
            return capped || cap == 0 ? n : p;
        }

        DeskView randomDesk(Random r) {
            List<DeskView.Level> levels = new ArrayList<>();
            for (String q : QUEUES.subList(0, 3)) {
                if (r.nextInt(4) > 0) {
                    levels.add(new DeskView.Level(q, 1 + r.nextInt(3)));
                }
            }
            return new DeskView("d", levels);
        }

        List<Candidate> randomWaiting(Random r, long now) {
            int n = r.nextInt(14);
            List<Candidate> out = new ArrayList<>();
            TicketStatus[] statuses = {
                TicketStatus.WAITING,
                TicketStatus.WAITING,
                TicketStatus.WAITING,
                TicketStatus.PARKED,
                TicketStatus.CALLED
            };
            for (int i = 0; i < n; i++) {
                String q = QUEUES.get(r.nextInt(QUEUES.size()));
                long sortAt = now - r.nextInt(8) * 1000L; // few distinct values: many ties
                long issuedAt = sortAt + r.nextInt(3);
                Long due = r.nextInt(5) == 0 ? now + (r.nextInt(5) - 2) * 1000L : null;
                out.add(new Candidate(
                        "id" + r.nextInt(1000) + "-" + i,
                        q + String.format("%03d", i + 1),
                        q,
                        statuses[r.nextInt(statuses.length)],
                        sortAt,
                        issuedAt,
                        due,
                        r.nextInt(4) == 0,
                        r.nextInt(4)));
            }
            return out;
        }

        @Test
        void agreesWithTheServicesRuleOnTwentyThousandGeneratedStates() {
            Random r = new Random(20261202);
            for (int i = 0; i < 20_000; i++) {
                DeskView desk = randomDesk(r);
                List<Candidate> w = randomWaiting(r, T0);
                int cap = r.nextInt(4);
                Optional<String> mine =
                        CallRule.pickNext(desk, w, T0, cap).map(d -> d.ticket().id());
                Optional<String> ref = reference(desk, w, T0, cap).map(Candidate::id);
                assertThat(mine)
                        .as("state %d: desk %s, cap %d, waiting %s", i, desk, cap, w)
                        .isEqualTo(ref);
            }
        }

        @Test
        void theAnswerDoesNotDependOnInputOrder() {
            Random r = new Random(7);
            for (int i = 0; i < 5_000; i++) {
                DeskView desk = randomDesk(r);
                List<Candidate> w = new ArrayList<>(randomWaiting(r, T0));
                int cap = r.nextInt(4);
                Optional<CallRule.Decision> first = CallRule.pickNext(desk, w, T0, cap);
                Collections.shuffle(w, r);
                Optional<CallRule.Decision> again = CallRule.pickNext(desk, w, T0, cap);
                assertThat(again.map(d -> d.ticket().id()))
                        .isEqualTo(first.map(d -> d.ticket().id()));
                assertThat(again.map(d -> List.copyOf(new java.util.TreeSet<>(d.passed()))))
                        .isEqualTo(first.map(d -> List.copyOf(new java.util.TreeSet<>(d.passed()))));
            }
        }

        @Test
        void thePickIsCallableAndNothingIsPickedOnlyWhenNothingIsCallable() {
            Random r = new Random(11);
            for (int i = 0; i < 5_000; i++) {
                DeskView desk = randomDesk(r);
                List<Candidate> w = randomWaiting(r, T0);
                List<String> served =
                        desk.queues().stream().map(DeskView.Level::queueId).toList();
                boolean callable = w.stream()
                        .anyMatch(c -> c.status() == TicketStatus.WAITING
                                && served.contains(c.queueId())
                                && (c.dueAt() == null || c.dueAt() <= T0));
                Optional<CallRule.Decision> d = CallRule.pickNext(desk, w, T0, 2);
                assertThat(d.isPresent()).isEqualTo(callable);
                d.ifPresent(x -> {
                    assertThat(x.ticket().status()).isEqualTo(TicketStatus.WAITING);
                    assertThat(served).contains(x.ticket().queueId());
                });
            }
        }

        @Test
        void drainingAQueueNeverLetsWalkInPriorityPassANormalTicketMoreThanTheCap() {
            Random r = new Random(3);
            for (int i = 0; i < 2_000; i++) {
                DeskView desk = randomDesk(r);
                int cap = r.nextInt(4);
                List<Candidate> w = new ArrayList<>(randomWaiting(r, T0).stream()
                        .map(c -> c.withPassedBy(0))
                        .toList());
                Map<String, Integer> passes = new HashMap<>();
                for (Optional<CallRule.Decision> d = CallRule.pickNext(desk, w, T0, cap);
                        d.isPresent();
                        d = CallRule.pickNext(desk, w, T0, cap)) {
                    if (d.get().reason() == CallRule.Reason.PRIORITY) { // a due appointment is not held by the cap
                        d.get().passed().forEach(id -> passes.merge(id, 1, Integer::sum));
                    }
                    apply(w, d.get());
                }
                assertThat(passes.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(Math.max(cap, 0)));
            }
        }
    }
}
