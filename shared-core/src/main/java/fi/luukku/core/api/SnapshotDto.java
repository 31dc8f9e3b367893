package fi.luukku.core.api;

import java.util.List;

/**
 * A client's starting state: everything it needs to draw its screen, and the id of the last event folded
 * into it, to resume the event stream from.
 */
public record SnapshotDto(
        long lastEventId,
        PointDto point,
        List<QueueDto> queues,
        List<TicketDto> openTickets,
        List<TicketDto> recentCalls,
        List<HelpRequestDto> openHelpRequests,
        List<InfoMessageDto> infoMessages) {}
