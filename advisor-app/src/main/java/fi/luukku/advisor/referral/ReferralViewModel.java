package fi.luukku.advisor.referral;

import fi.luukku.advisor.Texts;
import fi.luukku.advisor.desk.DeskViewModel;
import fi.luukku.advisor.drafts.DraftStore;
import fi.luukku.advisor.drafts.TextKeeper;
import fi.luukku.advisor.live.Catalog;
import fi.luukku.advisor.live.LiveLink;
import fi.luukku.advisor.service.Failures;
import fi.luukku.advisor.service.ServiceGateway;
import fi.luukku.core.api.DirectoryEntryDto;
import fi.luukku.core.api.LocalizedText;
import fi.luukku.core.api.QueueDto;
import fi.luukku.core.api.ReferralDto;
import fi.luukku.core.api.ReferralRequest;
import fi.luukku.core.api.ServiceEventDto;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.api.TransferRequest;
import fi.luukku.core.api.TriageDto;
import fi.luukku.core.concurrent.TaskRunner;
import fi.luukku.core.domain.ReferralKind;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Sending the customer at hand onward: into another queue here (same number, optionally to the front), to a
 * remote-service room, to a booking with another authority, or to an external digital-support provider from
 * the point's directory. Saves the visit's triage and events first, then produces a slip in the customer's
 * language.
 */
public class ReferralViewModel {
    private final DeskViewModel desk;
    private final ServiceGateway gateway;
    private final TaskRunner runner;
    private final LiveLink link;
    private final Catalog catalog;
    private final Texts texts;
    private final Clock clock;
    private final String pointName;
    private final TextKeeper keeper;
    private boolean clearing;

    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ObjectProperty<ReferralKind> kind = new SimpleObjectProperty<>(this, "kind", ReferralKind.QUEUE);
    private final ObservableList<ReferralTarget> targets = FXCollections.observableArrayList();
    private final ObjectProperty<ReferralTarget> target = new SimpleObjectProperty<>(this, "target");
    private final BooleanProperty toFront = new SimpleBooleanProperty(this, "toFront");
    private final StringProperty instructions = new SimpleStringProperty(this, "instructions", "");
    private final ReadOnlyObjectWrapper<ReferralSlip> slip = new ReadOnlyObjectWrapper<>(this, "slip");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final BooleanBinding canConfirm;

    public ReferralViewModel(
            DeskViewModel desk,
            ServiceGateway gateway,
            TaskRunner runner,
            LiveLink link,
            Catalog catalog,
            Texts texts,
            Clock clock,
            String pointName,
            DraftStore drafts) {
        this.desk = desk;
        this.keeper = new TextKeeper(drafts, runner);
        this.gateway = gateway;
        this.runner = runner;
        this.link = link;
        this.catalog = catalog;
        this.texts = texts;
        this.clock = clock;
        this.pointName = pointName;
        kind.addListener((o, was, is) -> refreshTargets());
        // the instructions typed for a ticket are kept locally until the referral is sent or the ticket closes
        instructions.addListener((o, was, is) -> {
            TicketDto t = desk.current();
            if (!clearing && t != null) {
                keeper.keep(DraftStore.referralText(t.id()), is);
            }
        });
        canConfirm = Bindings.createBooleanBinding(
                () -> link.onlineProperty().get()
                        && !busy.get()
                        && target.get() != null
                        && desk.currentProperty().get() != null,
                link.onlineProperty(),
                busy,
                target,
                desk.currentProperty());
    }

    /** Opens the referral panel for the customer at hand (F7). */
    public void begin() {
        if (!desk.actions().canRefer().get()) {
            return;
        }
        error.set(null);
        slip.set(null);
        toFront.set(false);
        clearing = true;
        instructions.set("");
        clearing = false;
        TicketDto t = desk.current();
        if (t != null) {
            keeper.restore(DraftStore.referralText(t.id()), text -> {
                TicketDto now = desk.current();
                if (now != null && now.id().equals(t.id()) && instructions.get().isEmpty()) {
                    instructions.set(text);
                }
            });
        }
        refreshTargets();
        open.set(true);
    }

    public void cancel() {
        open.set(false);
    }

    public void chooseKind(ReferralKind k) {
        kind.set(k);
        refreshTargets();
    }

    /** Chooses the n-th (1-based) kind, for the 1–4 keys in the panel. */
    public void chooseKindNumber(int n) {
        ReferralKind[] kinds = ReferralKind.values();
        if (n >= 1 && n <= kinds.length) {
            chooseKind(kinds[n - 1]);
        }
    }

    public void refreshTargets() {
        String lang = texts.language().code();
        TicketDto t = desk.current();
        List<ReferralTarget> list =
                switch (kind.get()) {
                    case QUEUE -> link.state().queues().stream()
                            .filter(q -> t == null || !q.id().equals(t.queueId()))
                            .map(q -> queueTarget(q, lang))
                            .toList();
                    case REMOTE_ROOM -> catalog.desks().stream()
                            .filter(d -> d.kind() != null
                                    && d.kind().toLowerCase(Locale.ROOT).contains("remote"))
                            .map(d -> new ReferralTarget(d.id(), d.name().in(lang), null, null, d.name()))
                            .toList();
                    case BOOKING -> catalog.authorities().stream()
                            .map(a -> new ReferralTarget(a.id(), a.name().in(lang), a.shortName(), null, a.name()))
                            .toList();
                    case EXTERNAL_PROVIDER -> providers().stream()
                            .map(e -> new ReferralTarget(e.id(), e.title().in(lang), contact(e), e.url(), e.title()))
                            .toList();
                };
        targets.setAll(list);
        target.set(list.isEmpty() ? null : list.get(0));
    }

    private static ReferralTarget queueTarget(QueueDto q, String lang) {
        LocalizedText title = LocalizedText.of(
                q.prefix() + " " + q.name().in("fi"),
                q.prefix() + " " + q.name().in("sv"),
                q.prefix() + " " + q.name().in("en"));
        return new ReferralTarget(q.id(), q.prefix() + " " + q.name().in(lang), null, null, title);
    }

    /** The point's digital-support providers; every directory entry when none is marked as one. */
    private List<DirectoryEntryDto> providers() {
        List<DirectoryEntryDto> marked = catalog.directory().stream()
                .filter(e -> e.kind() != null && isProviderKind(e.kind()))
                .toList();
        return marked.isEmpty() ? List.copyOf(catalog.directory()) : marked;
    }

    static boolean isProviderKind(String kind) {
        String k = kind.toLowerCase(Locale.ROOT);
        return k.contains("provider") || k.contains("support") || k.contains("digi");
    }

    private static String contact(DirectoryEntryDto e) {
        StringBuilder b = new StringBuilder();
        for (String part : new String[] {e.address(), e.phone(), e.email(), e.url()}) {
            if (part != null && !part.isBlank()) {
                if (b.length() > 0) {
                    b.append('\n');
                }
                b.append(part);
            }
        }
        return b.toString();
    }

    /** Sends the referral (Ctrl+Enter). */
    public void confirm() {
        TicketDto t = desk.current();
        ReferralTarget chosen = target.get();
        if (!canConfirm.get() || t == null || chosen == null) {
            return;
        }
        ReferralKind k = kind.get();
        TriageDto triageDto = desk.triage().toDto();
        boolean dirty = desk.triage().isDirty();
        List<ServiceEventDto> unsent = desk.serviceEvents().unsent();
        String typed = instructions.get() == null ? "" : instructions.get().trim();
        String customerLanguage = t.language() == null ? "fi" : t.language();
        boolean front = toFront.get();
        busy.set(true);
        error.set(null);
        runner.run(
                () -> {
                    if (dirty) {
                        gateway.updateTriage(t.id(), triageDto);
                    }
                    for (ServiceEventDto e : unsent) {
                        gateway.recordServiceEvent(t.id(), e, e.id());
                    }
                    if (k == ReferralKind.QUEUE) {
                        TicketDto moved =
                                gateway.transfer(t.id(), new TransferRequest(chosen.id(), front, triageDto.notes()));
                        return new Result(moved, null);
                    }
                    ReferralDto r = gateway.refer(
                            t.id(),
                            new ReferralRequest(
                                    k.name(),
                                    null,
                                    false,
                                    k == ReferralKind.REMOTE_ROOM ? chosen.id() : null,
                                    k == ReferralKind.BOOKING ? chosen.id() : null,
                                    k == ReferralKind.EXTERNAL_PROVIDER ? chosen.id() : null,
                                    typed,
                                    customerLanguage));
                    return new Result(null, r);
                },
                result -> {
                    busy.set(false);
                    link.reportSuccess();
                    desk.visitWorkSent();
                    keeper.forget(DraftStore.referralText(t.id()));
                    slip.set(buildSlip(t, k, chosen, typed, customerLanguage, result.referral()));
                    if (result.moved() != null) {
                        desk.forget(t.id());
                        link.state().applyTicket(result.moved());
                    }
                    desk.status()
                            .showMessage(texts.format(
                                    k == ReferralKind.QUEUE ? "status.transferred" : "status.referred",
                                    t.number(),
                                    chosen.name()));
                    if (k == ReferralKind.QUEUE) {
                        open.set(false); // a transfer needs no slip: the dialog closes and says where it went
                    }
                },
                e -> {
                    busy.set(false);
                    link.reportFailure(e);
                    error.set(Failures.message(texts, "action.refer", e));
                });
    }

    private record Result(TicketDto moved, ReferralDto referral) {}

    private ReferralSlip buildSlip(
            TicketDto t, ReferralKind k, ReferralTarget chosen, String typed, String language, ReferralDto r) {
        Texts customer = Texts.forCode(language);
        String qr = r != null && r.qrUrl() != null && !r.qrUrl().isBlank() ? r.qrUrl() : null;
        if (qr == null && k == ReferralKind.EXTERNAL_PROVIDER && chosen.url() != null) {
            qr = chosen.url();
        }
        if (qr == null && t.trackingCode() != null) {
            qr = gateway.trackingUrl(t.trackingCode());
        }
        String targetName = chosen.nameIn(customer.language().code());
        String serviceText = customer.format("slip.standard." + k.name(), t.number(), targetName);
        String slipInstructions = typed;
        if (r != null && r.slipText() != null && !r.slipText().isBlank()) {
            // the service writes the slip in the customer's language; its first line is the title and number,
            // which the slip's own layout already shows, and it includes the typed instructions
            String text = r.slipText().strip();
            int nl = text.indexOf('\n');
            serviceText = nl > 0 && text.substring(0, nl).contains(t.number()) ? text.substring(nl + 1) : text;
            if (!typed.isEmpty() && serviceText.contains(typed)) {
                slipInstructions = null;
            }
        }
        return new ReferralSlip(
                customer.language().code(),
                pointName,
                t.number(),
                k,
                targetName,
                chosen.detail(),
                slipInstructions,
                serviceText,
                qr,
                clock.instant());
    }

    /** Closes the panel after the slip was printed or saved. */
    public void done() {
        open.set(false);
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ObjectProperty<ReferralKind> kindProperty() {
        return kind;
    }

    public ObservableList<ReferralTarget> targets() {
        return targets;
    }

    public ObjectProperty<ReferralTarget> targetProperty() {
        return target;
    }

    public BooleanProperty toFrontProperty() {
        return toFront;
    }

    public StringProperty instructionsProperty() {
        return instructions;
    }

    public ReadOnlyObjectProperty<ReferralSlip> slipProperty() {
        return slip.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding canConfirm() {
        return canConfirm;
    }

    public boolean isOpen() {
        return open.get();
    }

    /** Selects the next or previous target (arrow keys). */
    public void moveTarget(int delta) {
        if (targets.isEmpty()) {
            return;
        }
        int i = targets.indexOf(target.get());
        int next = Math.max(0, Math.min(targets.size() - 1, i + delta));
        target.set(targets.get(next));
    }
}
