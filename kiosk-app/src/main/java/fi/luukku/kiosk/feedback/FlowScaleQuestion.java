package fi.luukku.kiosk.feedback;

import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * A five-face question of the feedback flow (overall rating, perceived safety): which answer of the flow it shows
 * and sets; skipping and going back are the flow's.
 */
final class FlowScaleQuestion implements ScaleQuestion {
    private final FeedbackFlowViewModel flow;
    private final String key;
    private final ReadOnlyObjectProperty<Integer> selected;
    private final IntConsumer choose;

    private FlowScaleQuestion(
            FeedbackFlowViewModel flow, String key, ReadOnlyObjectProperty<Integer> selected, IntConsumer choose) {
        this.flow = flow;
        this.key = key;
        this.selected = selected;
        this.choose = choose;
    }

    /** Step 1: overall satisfaction 1..5. */
    static FlowScaleQuestion rating(FeedbackFlowViewModel flow) {
        return new FlowScaleQuestion(flow, "rating", flow.ratingProperty(), flow::chooseRating);
    }

    /** The optional "did you feel safe here?" on the same scale (issue 12). */
    static FlowScaleQuestion safety(FeedbackFlowViewModel flow) {
        return new FlowScaleQuestion(flow, "safety", flow.perceivedSafetyProperty(), flow::choosePerceivedSafety);
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public ReadOnlyObjectProperty<Integer> selectedProperty() {
        return selected;
    }

    @Override
    public void choose(int value) {
        choose.accept(value);
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
