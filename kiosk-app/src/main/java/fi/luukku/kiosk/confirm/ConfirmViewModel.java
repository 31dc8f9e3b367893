package fi.luukku.kiosk.confirm;

import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.api.QueueDto;
import fi.luukku.core.api.ServiceDto;
import fi.luukku.core.domain.SpecialNeed;
import fi.luukku.kiosk.shell.KioskViewModel;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Before printing: the service, people ahead and the estimated wait (or that it is not available now). */
public final class ConfirmViewModel {
    private final KioskViewModel kiosk;
    private final ReadOnlyStringWrapper service = new ReadOnlyStringWrapper(this, "service");
    private final ReadOnlyStringWrapper peopleAhead = new ReadOnlyStringWrapper(this, "peopleAhead");
    private final ReadOnlyStringWrapper estimatedWait = new ReadOnlyStringWrapper(this, "estimatedWait");
    private final ReadOnlyStringWrapper needsSummary = new ReadOnlyStringWrapper(this, "needsSummary");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private String idempotencyKey;
    private int generation;

    public ConfirmViewModel(KioskViewModel kiosk) {
        this.kiosk = kiosk;
        kiosk.languageProperty().addListener((o, a, b) -> describe(null));
    }

    public ReadOnlyStringProperty serviceProperty() {
        return service.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty peopleAheadProperty() {
        return peopleAhead.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty estimatedWaitProperty() {
        return estimatedWait.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty needsSummaryProperty() {
        return needsSummary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    private QueueDto lastQueue;
    private boolean lastKnown;

    /** Fetches the queue's current state for the chosen service. */
    public void refresh() {
        idempotencyKey = LuukkuClient.newKey(); // one key per confirmation: a retried print is the same ticket
        ServiceDto s = kiosk.getSelectedService();
        lastQueue = null;
        lastKnown = false;
        describe(null);
        if (s == null) {
            return;
        }
        loading.set(true);
        int mine = ++generation;
        kiosk.runner()
                .run(
                        () -> kiosk.backend().queue(s.queueId()),
                        q -> {
                            if (mine == generation) {
                                loading.set(false);
                                lastKnown = true;
                                describe(q);
                            }
                        },
                        e -> {
                            if (mine == generation) {
                                loading.set(false);
                                lastKnown = true;
                                describe(Optional.empty());
                            }
                        });
    }

    private void describe(Optional<QueueDto> fresh) {
        if (fresh != null) {
            lastQueue = fresh.orElse(null);
        }
        ServiceDto s = kiosk.getSelectedService();
        String lang = kiosk.getLanguage();
        service.set(s == null ? "" : s.name().in(lang));
        List<SpecialNeed> needs = kiosk.needs().chosen();
        needsSummary.set(
                needs.isEmpty()
                        ? ""
                        : kiosk.text(
                                "confirm.needs",
                                needs.stream()
                                        .map(n -> n == SpecialNeed.INTERPRETER
                                                        && kiosk.needs().getInterpreterLanguage() != null
                                                ? kiosk.text("need." + n.name()) + " ("
                                                        + kiosk.needs()
                                                                .interpreterLanguageName(kiosk.needs()
                                                                        .getInterpreterLanguage())
                                                        + ")"
                                                : kiosk.text("need." + n.name()))
                                        .collect(Collectors.joining(", "))));
        if (!lastKnown) {
            peopleAhead.set(kiosk.text("confirm.loading"));
            estimatedWait.set("");
        } else if (lastQueue == null) {
            peopleAhead.set(kiosk.text("wait.unavailable"));
            estimatedWait.set("");
        } else {
            peopleAhead.set(kiosk.text("ticket.peopleAhead", lastQueue.waiting()));
            estimatedWait.set(kiosk.text("ticket.wait", kiosk.waitText(lang, lastQueue.estimatedWaitSeconds())));
        }
    }

    /** Issues the ticket and prints it. */
    public void print() {
        kiosk.userActivity();
        ServiceDto s = kiosk.getSelectedService();
        if (s == null) {
            return;
        }
        String lang = kiosk.serviceLanguage();
        List<String> needs = kiosk.chosenNeeds();
        String interpreter = kiosk.needs().getInterpreterLanguage();
        String key = idempotencyKey != null ? idempotencyKey : LuukkuClient.newKey();
        kiosk.deliverTicket(() -> kiosk.backend().issue(s.id(), s.queueId(), lang, needs, interpreter, key));
    }

    public void back() {
        kiosk.userActivity();
        kiosk.back();
    }
}
