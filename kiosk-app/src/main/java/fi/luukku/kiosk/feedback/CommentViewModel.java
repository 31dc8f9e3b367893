package fi.luukku.kiosk.feedback;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.StringProperty;

/** Step 4: optional free text, typed on the on-screen keyboard (or a real one). */
public class CommentViewModel {
    private final FeedbackFlowViewModel flow;

    public CommentViewModel(FeedbackFlowViewModel flow) {
        this.flow = flow;
    }

    public StringProperty textProperty() {
        return flow.commentProperty();
    }

    public IntegerBinding remaining() {
        return Bindings.createIntegerBinding(
                () -> FeedbackFlowViewModel.MAX_COMMENT
                        - flow.commentProperty().get().length(),
                flow.commentProperty());
    }

    /** A key of the on-screen keyboard. */
    public void type(String s) {
        flow.userActivity();
        flow.commentProperty().set(flow.commentProperty().get() + s);
    }

    public void backspace() {
        flow.userActivity();
        String t = flow.commentProperty().get();
        if (!t.isEmpty()) {
            int cut = t.offsetByCodePoints(t.length(), -1);
            flow.commentProperty().set(t.substring(0, cut));
        }
    }

    public void send() {
        flow.sendComment();
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
