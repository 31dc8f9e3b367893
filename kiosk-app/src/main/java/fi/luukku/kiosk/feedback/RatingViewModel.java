package fi.luukku.kiosk.feedback;

import javafx.beans.property.ReadOnlyObjectProperty;

/** Step 1: overall satisfaction 1..5 as smileys. */
public class RatingViewModel {
    private final FeedbackFlowViewModel flow;

    public RatingViewModel(FeedbackFlowViewModel flow) {
        this.flow = flow;
    }

    public ReadOnlyObjectProperty<Integer> selectedProperty() {
        return flow.ratingProperty();
    }

    public void choose(int rating) {
        flow.chooseRating(rating);
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
