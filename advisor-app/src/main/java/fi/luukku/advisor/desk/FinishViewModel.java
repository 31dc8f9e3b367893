package fi.luukku.advisor.desk;

import fi.luukku.advisor.Texts;
import fi.luukku.core.domain.Outcome;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The finish dialog: the outcome (digit 1–n) and the advisor's assessment (1–5), checked before the visit is
 * finished; the finishing itself is the desk's.
 */
public class FinishViewModel {
    private final Texts texts;
    private final ObservableBooleanValue allowed;
    private final Consumer<String> showError;
    private final BiConsumer<Outcome, Integer> finisher;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>(this, "outcome");
    private final IntegerProperty assessment = new SimpleIntegerProperty(this, "assessment", 0);

    FinishViewModel(
            Texts texts,
            ObservableBooleanValue allowed,
            Consumer<String> showError,
            BiConsumer<Outcome, Integer> finisher) {
        this.texts = texts;
        this.allowed = allowed;
        this.showError = showError;
        this.finisher = finisher;
    }

    public void begin() {
        if (!allowed.get()) {
            return;
        }
        open.set(true);
        showError.accept(null);
    }

    public void cancel() {
        open.set(false);
    }

    /** Closes and forgets the choices (the visit left the desk). */
    void reset() {
        open.set(false);
        outcome.set(null);
        assessment.set(0);
    }

    public void chooseOutcome(Outcome o) {
        outcome.set(o);
    }

    public void chooseAssessment(int value) {
        if (value >= 1 && value <= 5) {
            assessment.set(value);
        }
    }

    /** A digit typed in the dialog: the outcome first, then the assessment. */
    public void digit(int d) {
        if (outcome.get() == null) {
            if (d >= 1 && d <= Outcome.values().length) {
                chooseOutcome(Outcome.values()[d - 1]);
            }
        } else {
            chooseAssessment(d);
        }
    }

    /** Backspace: choose again. */
    public void clearChoices() {
        outcome.set(null);
        assessment.set(0);
    }

    public void confirm() {
        if (!allowed.get()) {
            return;
        }
        if (outcome.get() == null) {
            showError.accept(texts.get("finish.needOutcome"));
            return;
        }
        if (assessment.get() < 1) {
            showError.accept(texts.get("finish.needAssessment"));
            return;
        }
        finisher.accept(outcome.get(), assessment.get());
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    public IntegerProperty assessmentProperty() {
        return assessment;
    }
}
