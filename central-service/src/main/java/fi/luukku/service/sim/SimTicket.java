package fi.luukku.service.sim;

import fi.luukku.core.domain.TicketStatus;
import fi.luukku.service.queue.Candidate;
import java.util.ArrayList;
import java.util.List;

/** One simulated customer's ticket and the waits (one per queue it entered) with the estimates shown. */
final class SimTicket {
    final String id;
    final String number;
    final boolean priority;
    final boolean noShow;
    String service;
    String queue;
    TicketStatus status = TicketStatus.WAITING;
    long sortAt;
    long issuedAt;
    Long dueAt;
    int passedBy;
    Wait wait;
    Candidate candidate;

    /** One stay in a queue: when it began, when it was called, and each estimate shown meanwhile. */
    static final class Wait {
        final long start;
        final boolean scored;
        long calledAt = -1;
        final List<long[]> shown = new ArrayList<>(); // {shownAt, estimator index, estimate seconds}

        Wait(long start, boolean scored) {
            this.start = start;
            this.scored = scored;
        }
    }

    SimTicket(String id, String number, boolean priority, boolean noShow) {
        this.id = id;
        this.number = number;
        this.priority = priority;
        this.noShow = noShow;
    }

    /** Enters a queue as a waiting ticket. */
    void enter(String service, String queue, long at, Long dueAt, long sortAt, boolean scored) {
        this.service = service;
        this.queue = queue;
        this.status = TicketStatus.WAITING;
        this.issuedAt = at;
        this.sortAt = sortAt;
        this.dueAt = dueAt;
        this.passedBy = 0;
        this.wait = new Wait(at, scored);
        this.candidate = null;
    }

    Candidate candidate() {
        if (candidate == null) {
            candidate = new Candidate(id, number, queue, status, sortAt, issuedAt, dueAt, priority, passedBy);
        }
        return candidate;
    }

    void passed() {
        passedBy++;
        candidate = null;
    }
}
