package fi.luukku.kiosk.feedback;

import fi.luukku.core.domain.Outcome;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;

/** Step 2: did you get your matter handled? */
public class OutcomeViewModel {
    private final FeedbackFlowViewModel flow;

    public OutcomeViewModel(FeedbackFlowViewModel flow) {
        this.flow = flow;
    }

    public List<Outcome> choices() {
        return List.of(Outcome.HANDLED, Outcome.STARTED, Outcome.NOT_HANDLED);
    }

    public ReadOnlyObjectProperty<Outcome> selectedProperty() {
        return flow.outcomeProperty();
    }

    public void choose(Outcome outcome) {
        flow.chooseOutcome(outcome);
    }

    public void skip() {
        flow.skip();
    }

    public void back() {
        flow.back();
    }

    public boolean canGoBack() {
        return flow.canGoBack();
    }
}
