package fi.luukku.advisor.desk;

import fi.luukku.advisor.Session;
import fi.luukku.advisor.Texts;
import fi.luukku.advisor.drafts.DraftStore;
import fi.luukku.advisor.drafts.RecordedEvent;
import fi.luukku.advisor.drafts.VisitDraft;
import fi.luukku.advisor.live.Catalog;
import fi.luukku.advisor.live.LiveLink;
import fi.luukku.advisor.live.PointState;
import fi.luukku.advisor.service.Failures;
import fi.luukku.advisor.service.ServiceGateway;
import fi.luukku.core.api.FinishRequest;
import fi.luukku.core.api.QueueDto;
import fi.luukku.core.api.ServiceEventDto;
import fi.luukku.core.api.ServiceEventTypeDto;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.api.TriageDto;
import fi.luukku.core.concurrent.TaskRunner;
import fi.luukku.core.domain.Outcome;
import fi.luukku.core.domain.TicketStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk: the queues it serves, the waiting and parked tickets, the customer at hand and every action on
 * them (call next, call chosen, recall, start, no-show, park, finish), the service events of the visit and the
 * finish step. Refer and transfer live in {@code ReferralViewModel}, which uses this one's current ticket.
 */
public class DeskViewModel {
    private static final Logger log = LoggerFactory.getLogger(DeskViewModel.class);

    private final Session session;
    private final Texts texts;
    private final ServiceGateway gateway;
    private final TaskRunner runner;
    private final LiveLink link;
    private final PointState state;
    private final Catalog catalog;
    private final DraftStore drafts;
    private final Clock clock;
    private final TriageViewModel triage = new TriageViewModel();

    private final ReadOnlyObjectWrapper<TicketDto> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ObservableList<TicketDto> waiting = FXCollections.observableArrayList();
    private final ObservableList<TicketDto> parked = FXCollections.observableArrayList();
    private final ObservableList<QueueDto> deskQueues = FXCollections.observableArrayList();
    private final ObjectProperty<TicketDto> selectedWaiting = new SimpleObjectProperty<>(this, "selectedWaiting");
    private final ObservableList<RecordedEvent> events = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyStringWrapper previousNotes = new ReadOnlyStringWrapper(this, "previousNotes");
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>(this, "now");
    private final ReadOnlyBooleanWrapper finishOpen = new ReadOnlyBooleanWrapper(this, "finishOpen");
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>(this, "outcome");
    private final IntegerProperty assessment = new SimpleIntegerProperty(this, "assessment", 0);

    private boolean seenOnline;
    private boolean lostConnection;
    private final BooleanBinding canCallNext;
    private final BooleanBinding canCallChosen;
    private final BooleanBinding canRecall;
    private final BooleanBinding canStart;
    private final BooleanBinding canNoShow;
    private final BooleanBinding canPark;
    private final BooleanBinding canRefer;
    private final BooleanBinding canFinish;
    private final BooleanBinding canRecordEvent;

    public DeskViewModel(
            Session session,
            Texts texts,
            ServiceGateway gateway,
            TaskRunner runner,
            LiveLink link,
            Catalog catalog,
            DraftStore drafts,
            Clock clock) {
        this.session = session;
        this.texts = texts;
        this.gateway = gateway;
        this.runner = runner;
        this.link = link;
        this.state = link.state();
        this.catalog = catalog;
        this.drafts = drafts;
        this.clock = clock;
        this.now.set(clock.instant());

        var online = link.onlineProperty();
        seenOnline = online.get();
        canCallNext = Bindings.createBooleanBinding(
                () -> online.get() && !busy.get() && current.get() == null, online, busy, current);
        canCallChosen = Bindings.createBooleanBinding(
                () -> online.get() && !busy.get() && current.get() == null && selectedWaiting.get() != null,
                online,
                busy,
                current,
                selectedWaiting);
        canRecall = statusIs(online, TicketStatus.CALLED);
        canStart = statusIs(online, TicketStatus.CALLED);
        canNoShow = statusIs(online, TicketStatus.CALLED);
        canPark = statusIs(online, TicketStatus.CALLED, TicketStatus.SERVING);
        canRefer = statusIs(online, TicketStatus.CALLED, TicketStatus.SERVING);
        canFinish = statusIs(online, TicketStatus.CALLED, TicketStatus.SERVING);
        // ticking an event needs no service: it is kept with the visit and sent at finish
        canRecordEvent = Bindings.createBooleanBinding(() -> current.get() != null, current);

        state.tickets().addListener((MapChangeListener<String, TicketDto>) this::ticketChanged);
        state.queues().addListener((javafx.collections.ListChangeListener<QueueDto>) c -> refreshQueues());
        state.loadedProperty().addListener((o, was, is) -> {
            if (is) {
                resumeOpenVisit();
            }
        });
        triage.onChange(this::keepDraft);
        events.addListener((javafx.collections.ListChangeListener<RecordedEvent>) c -> keepDraft());
        online.addListener((o, was, is) -> {
            if (!is && seenOnline) {
                lostConnection = true;
            } else if (is) {
                seenOnline = true;
                if (lostConnection) {
                    lostConnection = false;
                    message.set(texts.get("status.backOnline"));
                }
            }
        });
        refreshQueues();
        refreshTickets();
        if (state.loadedProperty().get()) {
            resumeOpenVisit();
        }
    }

    private BooleanBinding statusIs(javafx.beans.value.ObservableBooleanValue online, TicketStatus... statuses) {
        List<TicketStatus> allowed = List.of(statuses);
        return Bindings.createBooleanBinding(
                () -> online.get()
                        && !busy.get()
                        && current.get() != null
                        && allowed.contains(current.get().status()),
                online,
                busy,
                current);
    }

    // ---- live state --------------------------------------------------------------------------------

    private void ticketChanged(MapChangeListener.Change<? extends String, ? extends TicketDto> c) {
        TicketDto mine = current.get();
        if (mine != null && Objects.equals(c.getKey(), mine.id())) {
            if (c.wasAdded()) {
                TicketDto t = c.getValueAdded();
                if (isAtMyDesk(t) && (t.status() == TicketStatus.CALLED || t.status() == TicketStatus.SERVING)) {
                    current.set(t);
                } else {
                    release(t);
                }
            } else if (c.wasRemoved()) {
                release(c.getValueRemoved());
            }
        }
        refreshTickets();
    }

    private boolean isAtMyDesk(TicketDto t) {
        return Objects.equals(t.deskId(), session.deskId());
    }

    private void resumeOpenVisit() {
        if (current.get() != null) {
            return;
        }
        state.tickets().values().stream()
                .filter(this::isAtMyDesk)
                .filter(t -> t.status() == TicketStatus.CALLED || t.status() == TicketStatus.SERVING)
                .findFirst()
                .ifPresent(this::takeOver);
    }

    private List<String> myQueueIds() {
        List<String> ids = session.desk().queueIds();
        return ids == null ? List.of() : ids;
    }

    private boolean servedHere(String queueId) {
        return myQueueIds().isEmpty() || myQueueIds().contains(queueId);
    }

    private void refreshQueues() {
        deskQueues.setAll(state.queues().stream()
                .filter(q -> servedHere(q.id()))
                .sorted(Comparator.comparing(QueueDto::prefix, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList());
    }

    private void refreshTickets() {
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

    // ---- the visit at hand -------------------------------------------------------------------------

    private void takeOver(TicketDto t) {
        current.set(t);
        // what the previous desk handed over, as it was when the customer arrived here
        String handover = t.notes() != null && !t.notes().isBlank()
                ? t.notes()
                : t.triage() != null ? t.triage().notes() : null;
        previousNotes.set(handover == null || handover.isBlank() ? null : handover);
        finishOpen.set(false);
        outcome.set(null);
        assessment.set(0);
        VisitDraft draft = drafts.load(t.id()).orElse(null);
        if (draft != null) {
            triage.load(draft.triage(), t.specialNeeds(), draft.triageDirty());
            events.setAll(draft.events());
        } else {
            triage.load(t.triage(), t.specialNeeds(), false);
            events.clear();
        }
    }

    private void release(TicketDto last) {
        TicketDto mine = current.get();
        current.set(null);
        previousNotes.set(null);
        finishOpen.set(false);
        outcome.set(null);
        assessment.set(0);
        if (mine != null && !triage.isDirty() && events.stream().allMatch(RecordedEvent::sent)) {
            String id = mine.id();
            runner.run(
                    () -> {
                        drafts.delete(id);
                        return null;
                    },
                    ok -> {},
                    e -> log.warn("could not delete the draft of {}", id, e));
        }
        triage.clear();
        events.clear();
        if (last != null && last.status() == TicketStatus.PARKED) {
            message.set(texts.format("status.parked", last.number()));
        }
    }

    private void keepDraft() {
        TicketDto t = current.get();
        if (t == null) {
            return;
        }
        VisitDraft draft = new VisitDraft(t.id(), triage.toDto(), triage.isDirty(), List.copyOf(events));
        runner.run(
                () -> {
                    drafts.save(draft);
                    return null;
                },
                ok -> {},
                e -> log.warn("could not keep the draft of ticket {} locally", t.id(), e));
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

    // ---- actions -----------------------------------------------------------------------------------

    private void perform(String actionKey, Callable<TicketDto> work, Consumer<TicketDto> onDone) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set(null);
        message.set(null);
        runner.run(
                work,
                t -> {
                    busy.set(false);
                    link.reportSuccess();
                    onDone.accept(t);
                    state.applyTicket(t);
                },
                e -> {
                    busy.set(false);
                    fail(actionKey, e);
                });
    }

    private void fail(String actionKey, Exception e) {
        link.reportFailure(e);
        if (Failures.isUnreachable(e) || e instanceof fi.luukku.core.api.ApiException) {
            log.info("{} failed: {}", actionKey, e.getMessage());
        } else {
            log.warn("{} failed", actionKey, e);
        }
        error.set(Failures.message(texts, actionKey, e));
    }

    public void callNext() {
        if (!canCallNext.get()) {
            return;
        }
        perform(
                "action.callNext",
                () -> gateway.callNext(session.pointId(), session.deskId()).orElse(null),
                t -> {
                    if (t == null) {
                        message.set(texts.get("status.nobodyWaiting"));
                    } else {
                        takeOver(t);
                        message.set(texts.format("status.called", t.number()));
                    }
                });
    }

    public void callChosen() {
        TicketDto chosen = selectedWaiting.get();
        if (!canCallChosen.get() || chosen == null) {
            return;
        }
        callTicket(chosen);
    }

    /** Calls a parked ticket of this desk back. */
    public void resumeParked(TicketDto parkedTicket) {
        if (parkedTicket == null || current.get() != null || !link.isOnline()) {
            return;
        }
        callTicket(parkedTicket);
    }

    private void callTicket(TicketDto t) {
        perform("action.callChosen", () -> gateway.call(t.id(), session.deskId()), called -> {
            selectedWaiting.set(null);
            takeOver(called);
            message.set(texts.format("status.called", called.number()));
        });
    }

    public void recall() {
        TicketDto t = current.get();
        if (!canRecall.get()) {
            return;
        }
        perform("action.recall", () -> gateway.recall(t.id()), r -> {
            if (r.status() == TicketStatus.CALLED) {
                current.set(r);
                message.set(texts.format("status.recalled", r.number(), r.recalls()));
            } else {
                // the service turns a ticket into a no-show after its configured number of recalls
                forget(t.id());
                message.set(texts.format("status.noShow", t.number()));
            }
        });
    }

    public void start() {
        TicketDto t = current.get();
        if (!canStart.get()) {
            return;
        }
        perform("action.start", () -> gateway.start(t.id()), s -> current.set(s));
    }

    public void noShow() {
        TicketDto t = current.get();
        if (!canNoShow.get()) {
            return;
        }
        perform("action.noShow", () -> gateway.noShow(t.id()), r -> {
            forget(t.id());
            message.set(texts.format("status.noShow", t.number()));
        });
    }

    public void park() {
        TicketDto t = current.get();
        if (!canPark.get()) {
            return;
        }
        TriageDto draftTriage = triage.toDto();
        boolean dirty = triage.isDirty();
        perform(
                "action.park",
                () -> {
                    if (dirty) {
                        gateway.updateTriage(t.id(), draftTriage);
                    }
                    return gateway.park(t.id());
                },
                p -> {
                    triage.markSaved();
                    keepDraft();
                    current.set(null);
                    triage.clear();
                    events.clear();
                    message.set(texts.format("status.parked", t.number()));
                    refreshTickets();
                });
    }

    /** Saves the triage now (it is also saved before park, refer and finish). */
    public void saveTriage() {
        TicketDto t = current.get();
        if (t == null || !link.isOnline() || busy.get()) {
            return;
        }
        TriageDto dto = triage.toDto();
        perform("action.saveTriage", () -> gateway.updateTriage(t.id(), dto), saved -> {
            triage.markSaved();
            keepDraft();
            if (current.get() != null && current.get().id().equals(saved.id())) {
                current.set(saved);
            }
            message.set(texts.get("status.triageSaved"));
        });
    }

    // ---- service events ----------------------------------------------------------------------------

    /** Ticks one service event of a type: one click or one key, no dialog. */
    public void recordEvent(ServiceEventTypeDto type) {
        TicketDto t = current.get();
        if (t == null || type == null) {
            return;
        }
        events.add(new RecordedEvent(UUID.randomUUID().toString(), type.id(), authorityFor(t), clock.instant(), false));
        message.set(texts.format(
                "status.eventRecorded", type.name().in(texts.language().code())));
    }

    /**
     * Ticks the event type on key Ctrl+n: the type whose configured shortcut is {@code n}, or, when the point
     * configures no shortcuts, the n-th type in the configured order.
     */
    public void recordEventNumber(int n) {
        var types = catalog.eventTypes();
        for (int i = 0; i < types.size(); i++) {
            Integer key = shortcutOf(types.get(i), i);
            if (key != null && key == n) {
                recordEvent(types.get(i));
                return;
            }
        }
    }

    /** The digit 1–9 that records this type (its configured shortcut, else its position), or null. */
    public Integer shortcutOf(ServiceEventTypeDto type, int index) {
        boolean configured = catalog.eventTypes().stream().anyMatch(t -> digit(t.shortcut()) != null);
        if (configured) {
            return digit(type.shortcut());
        }
        return index < 9 ? index + 1 : null;
    }

    private static Integer digit(String shortcut) {
        if (shortcut == null) {
            return null;
        }
        String s = shortcut.trim();
        if (s.length() == 1 && s.charAt(0) >= '1' && s.charAt(0) <= '9') {
            return s.charAt(0) - '0';
        }
        return null;
    }

    /** Takes back the last event not yet sent. */
    public void undoLastEvent() {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (!events.get(i).sent()) {
                events.remove(i);
                return;
            }
        }
    }

    String authorityFor(TicketDto t) {
        if (triage.authorityIdProperty().get() != null) {
            return triage.authorityIdProperty().get();
        }
        if (t.serviceId() != null) {
            var s = catalog.service(t.serviceId());
            if (s.isPresent()) {
                return s.get().authorityId();
            }
        }
        return state.queues().stream()
                .filter(q -> q.id().equals(t.queueId()))
                .map(QueueDto::authorityId)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(session.authorityId());
    }

    /** The events not yet accepted by the service, in the shape the service takes them. */
    public List<ServiceEventDto> unsentEvents() {
        List<ServiceEventDto> out = new ArrayList<>();
        for (RecordedEvent e : events) {
            if (!e.sent()) {
                out.add(new ServiceEventDto(e.key(), e.typeId(), e.authorityId(), 1, e.recordedAt()));
            }
        }
        return out;
    }

    /**
     * Sends what the visit has gathered (a dirty triage, unsent events) on the calling background thread; used
     * before a referral moves the customer on.
     */
    public void sendVisitWork(String ticketId, TriageDto dto, boolean triageDirty, List<ServiceEventDto> unsent) {
        if (triageDirty) {
            gateway.updateTriage(ticketId, dto);
        }
        for (ServiceEventDto e : unsent) {
            gateway.recordServiceEvent(ticketId, e, e.id());
        }
    }

    /** After a referral sent the visit's work: mark it saved. */
    public void visitWorkSent() {
        triage.markSaved();
        events.replaceAll(RecordedEvent::asSent);
    }

    /** Drops the visit at hand after it left this desk by a referral, a transfer or no-show. */
    public void forget(String ticketId) {
        TicketDto mine = current.get();
        if (mine != null && mine.id().equals(ticketId)) {
            triage.markSaved();
            events.replaceAll(RecordedEvent::asSent);
            release(null);
        }
        runner.run(
                () -> {
                    drafts.delete(ticketId);
                    return null;
                },
                ok -> {},
                e -> log.warn("could not delete the draft of {}", ticketId, e));
        refreshTickets();
    }

    /** The current ticket as the service last returned it (after a referral that keeps the customer here). */
    public void updateCurrent(TicketDto t) {
        state.applyTicket(t);
        TicketDto mine = current.get();
        if (mine != null
                && t != null
                && mine.id().equals(t.id())
                && isAtMyDesk(t)
                && t.status().isOpen()) {
            current.set(t);
        }
    }

    // ---- finish ------------------------------------------------------------------------------------

    public void beginFinish() {
        if (!canFinish.get()) {
            return;
        }
        finishOpen.set(true);
        error.set(null);
    }

    public void cancelFinish() {
        finishOpen.set(false);
    }

    public void chooseOutcome(Outcome o) {
        outcome.set(o);
    }

    public void chooseAssessment(int value) {
        if (value >= 1 && value <= 5) {
            assessment.set(value);
        }
    }

    public void confirmFinish() {
        TicketDto t = current.get();
        if (t == null || !canFinish.get()) {
            return;
        }
        if (outcome.get() == null) {
            error.set(texts.get("finish.needOutcome"));
            return;
        }
        if (assessment.get() < 1) {
            error.set(texts.get("finish.needAssessment"));
            return;
        }
        TriageDto dto = triage.toDto();
        boolean dirty = triage.isDirty();
        List<ServiceEventDto> unsent = unsentEvents();
        FinishRequest request = new FinishRequest(outcome.get().name(), assessment.get(), unsent, dto.notes());
        perform(
                "action.finish",
                () -> {
                    if (dirty) {
                        gateway.updateTriage(t.id(), dto);
                    }
                    if (t.status() == TicketStatus.CALLED) {
                        gateway.start(t.id());
                    }
                    return gateway.finish(t.id(), request);
                },
                done -> {
                    forget(t.id());
                    message.set(texts.format("status.finished", t.number()));
                });
    }

    // ---- properties --------------------------------------------------------------------------------

    public Session session() {
        return session;
    }

    public TriageViewModel triage() {
        return triage;
    }

    public Catalog catalog() {
        return catalog;
    }

    public LiveLink link() {
        return link;
    }

    public ReadOnlyObjectProperty<TicketDto> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public TicketDto current() {
        return current.get();
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

    public ObservableList<RecordedEvent> events() {
        return events;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void showError(String text) {
        error.set(text);
    }

    public void showMessage(String text) {
        message.set(text);
    }

    /** Notes the previous desk handed over with the customer at hand (null when none). */
    public ReadOnlyStringProperty previousNotesProperty() {
        return previousNotes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finishOpenProperty() {
        return finishOpen.getReadOnlyProperty();
    }

    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    public IntegerProperty assessmentProperty() {
        return assessment;
    }

    public BooleanBinding canCallNext() {
        return canCallNext;
    }

    public BooleanBinding canCallChosen() {
        return canCallChosen;
    }

    public BooleanBinding canRecall() {
        return canRecall;
    }

    public BooleanBinding canStart() {
        return canStart;
    }

    public BooleanBinding canNoShow() {
        return canNoShow;
    }

    public BooleanBinding canPark() {
        return canPark;
    }

    public BooleanBinding canRefer() {
        return canRefer;
    }

    public BooleanBinding canFinish() {
        return canFinish;
    }

    public BooleanBinding canRecordEvent() {
        return canRecordEvent;
    }
}
