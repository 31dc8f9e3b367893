package fi.luukku.service.ticket;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.api.QueueDto;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.api.TriageDto;
import fi.luukku.core.domain.TicketStatus;
import fi.luukku.service.db.Sql;
import fi.luukku.service.error.NotFound;
import fi.luukku.service.point.Catalog;
import fi.luukku.service.queue.ServiceWaitEstimates;
import fi.luukku.service.queue.WaitEstimate;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Turns rows into the answers clients read: tickets with their place and estimate, queues with their load. */
public final class TicketAssembler {
    private final TicketRepository repository;
    private final StaffedDesks staffed;
    private final ServiceWaitEstimates waits;
    private final Catalog catalog;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Supplier<String> today;

    public TicketAssembler(
            TicketRepository repository,
            StaffedDesks staffed,
            ServiceWaitEstimates waits,
            Catalog catalog,
            ObjectMapper mapper,
            Clock clock,
            Supplier<String> today) {
        this.repository = repository;
        this.staffed = staffed;
        this.waits = waits;
        this.catalog = catalog;
        this.mapper = mapper;
        this.clock = clock;
        this.today = today;
    }

    public QueueDto queueDto(Sql sql, String queueId) throws SQLException {
        Catalog.Queue q = catalog.queue(queueId).orElseThrow(() -> new NotFound("queue", queueId));
        long now = clock.millis();
        TicketRepository.Waiting w = repository.waiting(sql, queueId, today.get(), now);
        long longest = w.count() == 0 ? 0 : Math.max(0, now - w.oldestIssuedAt());
        int desks = staffed.of(sql, queueId);
        WaitEstimate est =
                waits.forPoint(sql, q.pointId(), today.get()).newTicket().get(queueId);
        return new QueueDto(
                q.id(),
                q.pointId(),
                q.prefix(),
                q.name(),
                q.authorityId(),
                w.count(),
                est.seconds(),
                Math.max(0, longest / 1000),
                w.due(),
                desks,
                est.lowSeconds(),
                est.highSeconds(),
                est.noDeskOpen());
    }

    public List<QueueDto> queues(Sql sql, String pointId) throws SQLException {
        List<QueueDto> out = new ArrayList<>();
        for (Catalog.Queue q : catalog.queues(pointId)) {
            out.add(queueDto(sql, q.id()));
        }
        return out;
    }

    /** One ticket; a waiting one with the people ahead of it and its estimate. */
    public TicketDto toDto(Sql sql, TicketRow t) throws SQLException {
        if (t.status() != TicketStatus.WAITING) {
            return toDto(t, 0, 0);
        }
        int ahead = repository.countAhead(sql, t);
        return estimated(waits.forPoint(sql, t.pointId(), t.day()), toDto(t, ahead, 0));
    }

    /** The ticket with the look-ahead estimator's wait and range. */
    private static TicketDto estimated(ServiceWaitEstimates.Snapshot s, TicketDto dto) {
        WaitEstimate e = s.tickets().get(dto.id());
        return e == null ? dto : dto.withEstimate(e.seconds(), e.lowSeconds(), e.highSeconds(), e.noDeskOpen());
    }

    /** Many tickets in queue order; places are counted along the list. */
    public List<TicketDto> toDtos(Sql sql, List<TicketRow> rows) throws SQLException {
        Map<String, Integer> position = new HashMap<>();
        Map<String, ServiceWaitEstimates.Snapshot> estimates = new HashMap<>();
        List<TicketDto> out = new ArrayList<>();
        for (TicketRow t : rows) { // rows are ordered by sort_at
            if (t.status() == TicketStatus.WAITING) {
                int ahead = position.merge(t.queueId(), 1, Integer::sum) - 1;
                String key = t.pointId() + "/" + t.day();
                ServiceWaitEstimates.Snapshot s = estimates.get(key);
                if (s == null) {
                    s = waits.forPoint(sql, t.pointId(), t.day());
                    estimates.put(key, s);
                }
                out.add(estimated(s, toDto(t, ahead, 0)));
            } else {
                out.add(toDto(t, 0, 0));
            }
        }
        return out;
    }

    public TicketDto toDto(TicketRow t, int peopleAhead, long estimate) {
        TriageDto triage = null;
        if (t.triage() != null && !t.triage().isBlank()) {
            try {
                TriageDto stored = mapper.readValue(t.triage(), TriageDto.class);
                triage = new TriageDto(
                        stored.authorityId(),
                        stored.topic(),
                        stored.lifeEventId(),
                        stored.supportLevel(),
                        stored.specialNeeds(),
                        stored.channel(),
                        t.notes());
            } catch (IOException e) {
                triage = null;
            }
        }
        return new TicketDto(
                t.id(),
                t.number(),
                t.pointId(),
                t.queueId(),
                t.serviceId(),
                t.status(),
                t.deskId(),
                t.language(),
                t.specialNeeds(),
                t.interpreterLanguage(),
                Instant.ofEpochMilli(t.issuedAt()),
                t.calledAt() == null ? null : Instant.ofEpochMilli(t.calledAt()),
                t.startedAt() == null ? null : Instant.ofEpochMilli(t.startedAt()),
                t.finishedAt() == null ? null : Instant.ofEpochMilli(t.finishedAt()),
                t.recalls(),
                peopleAhead,
                estimate,
                t.trackingCode(),
                t.appointmentId(),
                t.priority(),
                t.plan(),
                triage,
                t.notes());
    }
}
