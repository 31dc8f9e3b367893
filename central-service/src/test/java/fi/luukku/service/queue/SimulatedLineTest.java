package fi.luukku.service.queue;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.domain.TicketStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * The look-ahead's line hands the call rule only a frontier of the waiting tickets; on random states (several
 * queues and levels, appointments, priority customers, tickets already passed up to and beyond the cap, in any
 * depth) it must pick exactly what the rule picks from everyone, and leave every ticket passed as often.
 */
class SimulatedLineTest {
    private static final List<String> QUEUES = List.of("A", "B", "C");

    @RepeatedTest(300)
    void theFrontierDecidesAsTheWholeLineDoes(RepetitionInfo info) {
        Random r = new Random(info.getCurrentRepetition());
        int cap = r.nextInt(4);
        long now = 1_000_000L;
        List<Candidate> reference = new ArrayList<>();
        SimulatedLine line = new SimulatedLine(cap);
        int n = 1 + r.nextInt(r.nextBoolean() ? 30 : 200);
        for (int i = 0; i < n; i++) {
            String q = QUEUES.get(r.nextInt(QUEUES.size()));
            long sortAt = now - r.nextInt(100_000);
            Long due = r.nextInt(12) == 0 ? now + r.nextInt(40_000) - 20_000 : null;
            Candidate c = new Candidate(
                    "t" + i,
                    q + i,
                    q,
                    TicketStatus.WAITING,
                    sortAt,
                    sortAt,
                    due,
                    r.nextInt(6) == 0,
                    r.nextInt(15) == 0 ? r.nextInt(5) : 0);
            reference.add(c);
            line.add(c);
        }
        for (int step = 0; step < n + 5; step++) {
            DeskView view = randomView(r);
            long t = now + step * 1000L;
            Optional<CallRule.Decision> whole = CallRule.pickNext(view, reference, t, cap);
            Optional<CallRule.Decision> front = CallRule.pickNext(view, line.frontier(view), t, cap);
            assertThat(front.map(d -> d.ticket().id()))
                    .isEqualTo(whole.map(d -> d.ticket().id()));
            if (whole.isEmpty()) {
                continue;
            }
            Candidate pick = whole.get().ticket();
            List<String> passed = whole.get().passed();
            reference.removeIf(c -> c.id().equals(pick.id()));
            reference.replaceAll(c -> passed.contains(c.id()) ? c.withPassedBy(c.passedBy() + 1) : c);
            line.take(front.get().ticket(), view);
            List<Candidate> sorted = new ArrayList<>(reference);
            sorted.sort(Candidate.QUEUE_ORDER);
            assertThat(line.all()).isEqualTo(sorted);
        }
    }

    private static DeskView randomView(Random r) {
        List<DeskView.Level> levels = new ArrayList<>();
        for (String q : QUEUES) {
            if (r.nextInt(3) > 0) {
                levels.add(new DeskView.Level(q, 1 + r.nextInt(2)));
            }
        }
        if (levels.isEmpty()) {
            levels.add(new DeskView.Level("A", 1));
        }
        return new DeskView("d", levels);
    }
}
