package fi.luukku.advisor.desk;

import fi.luukku.advisor.Session;
import fi.luukku.advisor.Texts;
import fi.luukku.advisor.live.LiveLink;
import fi.luukku.advisor.live.PointState;
import fi.luukku.advisor.service.ServiceGateway;
import fi.luukku.core.api.AppointmentDto;
import fi.luukku.core.api.QueueDto;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.concurrent.TaskRunner;
import fi.luukku.core.domain.TicketStatus;
import fi.luukku.core.events.EventTypes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What waits for this desk: the queues it serves, the waiting tickets in calling order, its parked tickets, the
 * times of checked-in appointments, and the clock that waited times are shown against.
 */
public class QueueListsViewModel {
    private static final Logger log = LoggerFactory.getLogger(QueueListsViewModel.class);
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");

    private final Session session;
    private final Texts texts;
    private final PointState state;
    private final Clock clock;
    private final ObservableList<TicketDto> waiting = FXCollections.observableArrayList();
    private final ObservableList<TicketDto> parked = FXCollections.observableArrayList();
    private final ObservableList<QueueDto> deskQueues = FXCollections.observableArrayList();
    private final ObservableMap<String, Instant> appointmentTimes = FXCollections.observableHashMap();
    private final ObjectProperty<TicketDto> selectedWaiting = new SimpleObjectProperty<>(this, "selectedWaiting");
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>(this, "now");

    public QueueListsViewModel(
            Session session, Texts texts, ServiceGateway gateway, TaskRunner runner, LiveLink link, Clock clock) {
        this.session = session;
        this.texts = texts;
        this.state = link.state();
        this.clock = clock;
        this.now.set(clock.instant());
        state.tickets().addListener((MapChangeListener<String, TicketDto>) c -> refreshTickets());
        state.queues().addListener((javafx.collections.ListChangeListener<QueueDto>) c -> refreshQueues());
        Runnable loadAppointments = () -> runner.run(
                () -> gateway.appointments(session.pointId()),
                list -> list.forEach(this::noteAppointment),
                e -> log.info("appointment times not loaded: {}", e.getMessage()));
        state.loadedProperty().addListener((o, was, is) -> {
            if (is) {
                loadAppointments.run();
            }
        });
        link.onEvent(e -> {
            if (EventTypes.APPOINTMENT_CHECKED_IN.equals(e.type())) {
                AppointmentDto a = state.read(e, AppointmentDto.class);
                if (a != null) {
                    noteAppointment(a);
                }
            }
        });
        refreshQueues();
        refreshTickets();
        if (state.loadedProperty().get()) {
            loadAppointments.run();
        }
    }

    private void noteAppointment(AppointmentDto a) {
        if (a.ticketId() != null && a.startsAt() != null) {
            appointmentTimes.put(a.ticketId(), a.startsAt());
            refreshTickets();
        }
    }

    private List<String> myQueueIds() {
        List<String> ids = session.desk().queueIds();
        return ids == null ? List.of() : ids;
    }

    boolean servedHere(String queueId) {
        return myQueueIds().isEmpty() || myQueueIds().contains(queueId);
    }

    boolean isAtMyDesk(TicketDto t) {
        return Objects.equals(t.deskId(), session.deskId());
    }

    private void refreshQueues() {
        deskQueues.setAll(state.queues().stream()
                .filter(q -> servedHere(q.id()))
                .sorted(Comparator.comparing(QueueDto::prefix, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList());
    }

    /** Re-reads the lists from the live state. */
    public void refreshTickets() {
        List<TicketDto> w = state.tickets().values().stream()
                .filter(t -> t.status() == TicketStatus.WAITING && servedHere(t.queueId()))
                .sorted(Comparator.comparing(TicketDto::priority)
                        .reversed()
                        .thenComparing(t -> t.appointmentId() == null)
                        .thenComparing(TicketDto::issuedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        TicketDto selected = selectedWaiting.get();
        waiting.setAll(w);
        if (selected != null) {
            selectedWaiting.set(w.stream()
                    .filter(t -> t.id().equals(selected.id()))
                    .findFirst()
                    .orElse(null));
        }
        parked.setAll(state.tickets().values().stream()
                .filter(t -> t.status() == TicketStatus.PARKED && isAtMyDesk(t))
                .sorted(Comparator.comparing(TicketDto::number))
                .toList());
    }

    /** Moves the clock shown for waited times (the view ticks it each second). */
    public void tick() {
        now.set(clock.instant());
    }

    public Duration waited(TicketDto t) {
        if (t == null || t.issuedAt() == null) {
            return Duration.ZERO;
        }
        Instant until = t.calledAt() != null && t.status() != TicketStatus.WAITING ? t.calledAt() : now.get();
        Duration d = Duration.between(t.issuedAt(), until);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** The time of the ticket's appointment, when it is a checked-in appointment whose time is known. */
    public Optional<Instant> appointmentTime(TicketDto t) {
        return t == null ? Optional.empty() : Optional.ofNullable(appointmentTimes.get(t.id()));
    }

    /** The appointment time as the advisor reads it (HH:mm, local), or an empty text. */
    public String appointmentClock(TicketDto t) {
        return appointmentTime(t)
                .map(i -> HHMM.withZone(clock.getZone()).format(i))
                .orElse("");
    }

    /**
     * Why nobody was called while tickets wait: appointments whose time has not come (the service calls them
     * from their time on). Empty when no such appointment waits here.
     */
    public Optional<String> earlyAppointmentsNote() {
        Instant at = clock.instant();
        List<Instant> early = waiting.stream()
                .map(t -> appointmentTimes.get(t.id()))
                .filter(Objects::nonNull)
                .filter(i -> i.isAfter(at))
                .sorted()
                .toList();
        if (early.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(texts.format(
                early.size() == 1 ? "status.earlyAppointment" : "status.earlyAppointments",
                early.size(),
                HHMM.withZone(clock.getZone()).format(early.get(0))));
    }

    public ObservableList<TicketDto> waiting() {
        return waiting;
    }

    public ObservableList<TicketDto> parked() {
        return parked;
    }

    public ObservableList<QueueDto> deskQueues() {
        return deskQueues;
    }

    public ObjectProperty<TicketDto> selectedWaitingProperty() {
        return selectedWaiting;
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }
}
