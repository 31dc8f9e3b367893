package fi.luukku.core.events;

/** The event types of the stream. The data of ticket events is a TicketDto, of queue.updated a QueueDto. */
public final class EventTypes {
    private EventTypes() {}

    /** The point's catalogue (queues, desks, services, names, hours) changed: reload it, no restart. */
    public static final String CATALOG_UPDATED = "catalog.updated";

    public static final String TICKET_ISSUED = "ticket.issued";
    public static final String TICKET_CALLED = "ticket.called";
    public static final String TICKET_RECALLED = "ticket.recalled";
    public static final String TICKET_STARTED = "ticket.started";
    public static final String TICKET_PARKED = "ticket.parked";
    public static final String TICKET_UNPARKED = "ticket.unparked";
    public static final String TICKET_TRANSFERRED = "ticket.transferred";
    public static final String TICKET_FINISHED = "ticket.finished";
    public static final String TICKET_NO_SHOW = "ticket.no-show";
    public static final String TICKET_CANCELLED = "ticket.cancelled";
    /** A no-show taken back within five minutes: the ticket waits again at its old place. */
    public static final String TICKET_NO_SHOW_UNDONE = "ticket.no-show-undone";

    public static final String TICKET_UPDATED = "ticket.updated";
    public static final String QUEUE_UPDATED = "queue.updated";
    public static final String HELP_REQUESTED = "help.requested";
    public static final String HELP_ACKNOWLEDGED = "help.acknowledged";
    public static final String INCIDENT_RECORDED = "incident.recorded";
    public static final String INCIDENT_RESOLVED = "incident.resolved";
    public static final String APPOINTMENT_CHECKED_IN = "appointment.checked-in";
    public static final String INFO_UPDATED = "info.updated";
    public static final String PRINTER_STATUS = "device.printer-status";

    /** Sent when the stream cannot resume from the client's Last-Event-ID: reload the snapshot. */
    public static final String STREAM_RESET = "stream.reset";
}
