package fi.luukku.kiosk.feedback;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;

/** Step 3: could you do this yourself next time? When no, why. */
public class AloneViewModel {
    private final FeedbackFlowViewModel flow;

    public AloneViewModel(FeedbackFlowViewModel flow) {
        this.flow = flow;
    }

    public ReadOnlyObjectProperty<Boolean> answerProperty() {
        return flow.couldDoAloneProperty();
    }

    /** After "no": the reasons are asked. */
    public BooleanBinding askingWhy() {
        return Bindings.createBooleanBinding(
                () -> Boolean.FALSE.equals(flow.couldDoAloneProperty().get()), flow.couldDoAloneProperty());
    }

    public List<NotAloneReason> reasons() {
        return List.of(NotAloneReason.values());
    }

    public void yes() {
        flow.chooseAlone(true);
    }

    public void no() {
        flow.chooseAlone(false);
    }

    public void reason(NotAloneReason reason) {
        flow.chooseNotAloneReason(reason);
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
