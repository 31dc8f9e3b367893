package fi.luukku.advisor.desk;

import fi.luukku.advisor.Session;
import fi.luukku.advisor.Texts;
import fi.luukku.advisor.drafts.DraftStore;
import fi.luukku.advisor.drafts.DraftWriter;
import fi.luukku.advisor.drafts.RecordedEvent;
import fi.luukku.advisor.drafts.VisitDraft;
import fi.luukku.advisor.live.Catalog;
import fi.luukku.advisor.live.LiveLink;
import fi.luukku.advisor.live.PointState;
import fi.luukku.advisor.service.Failures;
import fi.luukku.advisor.service.ServiceGateway;
import fi.luukku.core.api.FinishRequest;
import fi.luukku.core.api.ServiceEventDto;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.api.TriageDto;
import fi.luukku.core.concurrent.TaskRunner;
import fi.luukku.core.domain.Outcome;
import fi.luukku.core.domain.TicketStatus;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.MapChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The visit at hand and the desk's actions on it (call next, call chosen, recall, start, no-show, park, save
 * triage, finish), with the status line. What waits is {@link QueueListsViewModel}'s, the visit's events are
 * {@link ServiceEventsViewModel}'s, the finish dialog is {@link FinishViewModel}'s and the no-show question and
 * undo are {@link NoShowViewModel}'s. Refer and transfer live in {@code ReferralViewModel}.
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
    private final DraftWriter drafts;
    private final TriageViewModel triage = new TriageViewModel();
    private final QueueListsViewModel queues;
    private final ServiceEventsViewModel serviceEvents;
    private final FinishViewModel finish;
    private final NoShowViewModel noShows;

    private final ReadOnlyObjectWrapper<TicketDto> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final StatusLine status;
    private final ReadOnlyStringWrapper previousNotes = new ReadOnlyStringWrapper(this, "previousNotes");

    private final ActionStates can;

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
        this.drafts = new DraftWriter(drafts, runner);
        this.status = new StatusLine(texts, link.onlineProperty());
        this.queues = new QueueListsViewModel(session, texts, gateway, runner, link, clock);
        this.serviceEvents = new ServiceEventsViewModel(
                session,
                catalog,
                state,
                triage,
                clock,
                current,
                type -> status.showMessage(texts.format(
                        "status.eventRecorded", type.name().in(texts.language().code()))));
        this.noShows = new NoShowViewModel(
                texts, gateway, runner, link, clock, queues.nowProperty(), status::showMessage, status::showError);

        can = new ActionStates(link.onlineProperty(), busy, current, queues.selectedWaitingProperty());
        this.finish = new FinishViewModel(texts, can.canFinish(), status::showError, this::sendFinish);

        state.tickets().addListener((MapChangeListener<String, TicketDto>) this::ticketChanged);
        state.loadedProperty().addListener((o, was, is) -> {
            if (is) {
                resumeOpenVisit();
            }
        });
        triage.onChange(this::keepDraft);
        serviceEvents.events().addListener((javafx.collections.ListChangeListener<RecordedEvent>) c -> keepDraft());
        current.addListener((o, was, is) -> noShows.disarm());
        if (state.loadedProperty().get()) {
            resumeOpenVisit();
        }
    }

    // ---- live state --------------------------------------------------------------------------------

    private void ticketChanged(MapChangeListener.Change<? extends String, ? extends TicketDto> c) {
        TicketDto mine = current.get();
        if (mine != null && Objects.equals(c.getKey(), mine.id())) {
            if (c.wasAdded()) {
                TicketDto t = c.getValueAdded();
                if (queues.isAtMyDesk(t) && (t.status() == TicketStatus.CALLED || t.status() == TicketStatus.SERVING)) {
                    current.set(t);
                } else {
                    release(t);
                }
            } else if (c.wasRemoved()) {
                release(c.getValueRemoved());
            }
        }
    }

    private void resumeOpenVisit() {
        if (current.get() != null) {
            return;
        }
        state.tickets().values().stream()
                .filter(queues::isAtMyDesk)
                .filter(t -> t.status() == TicketStatus.CALLED || t.status() == TicketStatus.SERVING)
                .findFirst()
                .ifPresent(this::takeOver);
    }

    // ---- the visit at hand -------------------------------------------------------------------------

    private void takeOver(TicketDto t) {
        current.set(t);
        // what the previous desk handed over, as it was when the customer arrived here
        String handover = t.notes() != null && !t.notes().isBlank()
                ? t.notes()
                : t.triage() != null ? t.triage().notes() : null;
        previousNotes.set(handover == null || handover.isBlank() ? null : handover);
        finish.reset();
        VisitDraft draft = drafts.store().load(t.id()).orElse(null);
        if (draft != null) {
            triage.load(draft.triage(), t.specialNeeds(), draft.triageDirty());
            serviceEvents.events().setAll(draft.events());
        } else {
            triage.load(t.triage(), t.specialNeeds(), false);
            serviceEvents.events().clear();
        }
    }

    private void release(TicketDto last) {
        TicketDto mine = current.get();
        current.set(null);
        previousNotes.set(null);
        finish.reset();
        if (mine != null && !triage.isDirty() && serviceEvents.allSent()) {
            drafts.delete(mine.id());
        }
        triage.clear();
        serviceEvents.events().clear();
        if (last != null && last.status() == TicketStatus.PARKED) {
            status.showMessage(texts.format("status.parked", last.number()));
        }
    }

    private void keepDraft() {
        TicketDto t = current.get();
        if (t == null) {
            return;
        }
        drafts.save(new VisitDraft(t.id(), triage.toDto(), triage.isDirty(), List.copyOf(serviceEvents.events())));
    }

    // ---- actions -----------------------------------------------------------------------------------

    private void perform(String actionKey, Callable<TicketDto> work, Consumer<TicketDto> onDone) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        status.clear();
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
        status.showError(Failures.message(texts, actionKey, e));
    }

    public void callNext() {
        if (!can.canCallNext().get()) {
            return;
        }
        perform(
                "action.callNext",
                () -> gateway.callNext(session.pointId(), session.deskId()).orElse(null),
                t -> {
                    if (t == null) {
                        status.showMessage(queues.earlyAppointmentsNote().orElse(texts.get("status.nobodyWaiting")));
                    } else {
                        takeOver(t);
                        status.showMessage(texts.format("status.called", t.number()));
                    }
                });
    }

    public void callChosen() {
        TicketDto chosen = queues.selectedWaitingProperty().get();
        if (!can.canCallChosen().get() || chosen == null) {
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
            queues.selectedWaitingProperty().set(null);
            takeOver(called);
            status.showMessage(texts.format("status.called", called.number()));
        });
    }

    public void recall() {
        TicketDto t = current.get();
        if (!can.canRecall().get()) {
            return;
        }
        perform("action.recall", () -> gateway.recall(t.id()), r -> {
            if (r.status() == TicketStatus.CALLED) {
                current.set(r);
                status.showMessage(texts.format("status.recalled", r.number(), r.recalls()));
            } else {
                // the service turns a ticket into a no-show after its configured number of recalls
                forget(t.id());
                status.showMessage(texts.format("status.noShow", t.number()));
            }
        });
    }

    public void start() {
        TicketDto t = current.get();
        if (!can.canStart().get()) {
            return;
        }
        perform("action.start", () -> gateway.start(t.id()), s -> current.set(s));
    }

    /** No-show (F5): the first press asks, the second marks it; it can be taken back for five minutes. */
    public void noShow() {
        TicketDto t = current.get();
        if (!can.canNoShow().get() || !noShows.press(t)) {
            return;
        }
        perform("action.noShow", () -> gateway.noShow(t.id()), r -> {
            forget(t.id());
            noShows.marked(t);
        });
    }

    public void park() {
        TicketDto t = current.get();
        if (!can.canPark().get()) {
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
                    serviceEvents.events().clear();
                    status.showMessage(texts.format("status.parked", t.number()));
                    queues.refreshTickets();
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
            status.showMessage(texts.get("status.triageSaved"));
        });
    }

    private void sendFinish(Outcome outcome, int assessment) {
        TicketDto t = current.get();
        if (t == null) {
            return;
        }
        TriageDto dto = triage.toDto();
        boolean dirty = triage.isDirty();
        List<ServiceEventDto> unsent = serviceEvents.unsent();
        FinishRequest request = new FinishRequest(outcome.name(), assessment, unsent, dto.notes());
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
                    status.showMessage(texts.format("status.finished", t.number()));
                });
    }

    // ---- hand-over to a referral ----------------------------------------------------------------

    /** After a referral sent the visit's work: mark it saved. */
    public void visitWorkSent() {
        triage.markSaved();
        serviceEvents.markAllSent();
    }

    /** Drops the visit at hand after it left this desk by a referral, a transfer or no-show. */
    public void forget(String ticketId) {
        TicketDto mine = current.get();
        if (mine != null && mine.id().equals(ticketId)) {
            triage.markSaved();
            serviceEvents.markAllSent();
            release(null);
        }
        drafts.delete(ticketId);
        queues.refreshTickets();
    }

    /** The current ticket as the service last returned it (after a referral that keeps the customer here). */
    public void updateCurrent(TicketDto t) {
        state.applyTicket(t);
        TicketDto mine = current.get();
        if (mine != null
                && t != null
                && mine.id().equals(t.id())
                && queues.isAtMyDesk(t)
                && t.status().isOpen()) {
            current.set(t);
        }
    }

    // ---- properties --------------------------------------------------------------------------------

    public Session session() {
        return session;
    }

    public TriageViewModel triage() {
        return triage;
    }

    public QueueListsViewModel queues() {
        return queues;
    }

    public ServiceEventsViewModel serviceEvents() {
        return serviceEvents;
    }

    public FinishViewModel finish() {
        return finish;
    }

    public NoShowViewModel noShows() {
        return noShows;
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

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public StatusLine status() {
        return status;
    }

    /** Notes the previous desk handed over with the customer at hand (null when none). */
    public ReadOnlyStringProperty previousNotesProperty() {
        return previousNotes.getReadOnlyProperty();
    }

    public ActionStates actions() {
        return can;
    }
}
