package fi.luukku.kiosk.feedback;

import javafx.beans.property.ReadOnlyObjectProperty;

/** The optional question "did you feel safe here?" on the same five-face scale (issue 12). */
public class SafetyViewModel implements ScaleQuestion {
    private final FeedbackFlowViewModel flow;

    public SafetyViewModel(FeedbackFlowViewModel flow) {
        this.flow = flow;
    }

    @Override
    public String key() {
        return "safety";
    }

    @Override
    public ReadOnlyObjectProperty<Integer> selectedProperty() {
        return flow.perceivedSafetyProperty();
    }

    @Override
    public void choose(int value) {
        flow.choosePerceivedSafety(value);
    }

    @Override
    public void skip() {
        flow.skip();
    }

    @Override
    public void back() {
        flow.back();
    }

    @Override
    public boolean canGoBack() {
        return flow.canGoBack();
    }
}
