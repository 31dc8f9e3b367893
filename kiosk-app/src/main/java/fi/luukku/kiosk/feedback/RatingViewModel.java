package fi.luukku.kiosk.feedback;

import javafx.beans.property.ReadOnlyObjectProperty;

/** Step 1: overall satisfaction 1..5 as smileys. */
public class RatingViewModel implements ScaleQuestion {
    private final FeedbackFlowViewModel flow;

    public RatingViewModel(FeedbackFlowViewModel flow) {
        this.flow = flow;
    }

    @Override
    public String key() {
        return "rating";
    }

    @Override
    public ReadOnlyObjectProperty<Integer> selectedProperty() {
        return flow.ratingProperty();
    }

    @Override
    public void choose(int rating) {
        flow.chooseRating(rating);
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
