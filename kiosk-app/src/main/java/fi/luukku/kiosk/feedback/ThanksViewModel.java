package fi.luukku.kiosk.feedback;

import javafx.beans.property.ReadOnlyBooleanProperty;

/** Step 5: thank you; returns to the start by itself after a few seconds. */
public class ThanksViewModel {
    private final FeedbackFlowViewModel flow;

    public ThanksViewModel(FeedbackFlowViewModel flow) {
        this.flow = flow;
    }

    public ReadOnlyBooleanProperty answeredProperty() {
        return flow.answeredProperty();
    }

    public void done() {
        flow.finish();
    }
}
