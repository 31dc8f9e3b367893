package fi.luukku.advisor.help;

import fi.luukku.advisor.Texts;
import fi.luukku.advisor.live.LiveLink;
import fi.luukku.advisor.service.Failures;
import fi.luukku.advisor.service.ServiceGateway;
import fi.luukku.core.api.HelpRequestDto;
import fi.luukku.core.concurrent.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Help alerts from the point's kiosks and self-service computers: each new one pops up with a sound at every
 * console; "I'm on my way" acknowledges it for all (the service's {@code help.acknowledged} event clears it
 * everywhere).
 */
public class HelpAlertsViewModel {
    private final ServiceGateway gateway;
    private final TaskRunner runner;
    private final LiveLink link;
    private final AlertSound sound;
    private final Texts texts;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final BooleanBinding alerting;
    private int sounded;

    public HelpAlertsViewModel(
            ServiceGateway gateway, TaskRunner runner, LiveLink link, AlertSound sound, Texts texts) {
        this.gateway = gateway;
        this.runner = runner;
        this.link = link;
        this.sound = sound;
        this.texts = texts;
        this.alerting = Bindings.isNotEmpty(link.state().openHelp());
        link.state().openHelp().addListener((ListChangeListener<HelpRequestDto>) c -> {
            while (c.next()) {
                if (c.wasAdded() && !c.wasReplaced()) {
                    sounded++;
                    sound.play();
                }
            }
        });
    }

    public ObservableList<HelpRequestDto> alerts() {
        return link.state().openHelp();
    }

    public BooleanBinding alertingProperty() {
        return alerting;
    }

    /** How many times the alert sounded (for the tests and the log). */
    public int soundedCount() {
        return sounded;
    }

    /** "I'm on my way" for the oldest open alert (F11). */
    public void acknowledgeOldest() {
        if (!alerts().isEmpty()) {
            acknowledge(alerts().get(0));
        }
    }

    public void acknowledge(HelpRequestDto help) {
        if (help == null || !link.isOnline()) {
            return;
        }
        error.set(null);
        runner.run(
                () -> gateway.acknowledgeHelp(help.id()),
                ack -> {
                    link.reportSuccess();
                    link.state().removeHelp(help.id());
                },
                e -> {
                    link.reportFailure(e);
                    if (Failures.isConflict(e)) {
                        // someone else was quicker: the alert is handled, which is what matters
                        link.state().removeHelp(help.id());
                        return;
                    }
                    error.set(Failures.message(texts, "action.helpAck", e));
                });
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
