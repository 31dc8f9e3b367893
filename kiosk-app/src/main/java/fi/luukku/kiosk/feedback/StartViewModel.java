package fi.luukku.kiosk.feedback;

import fi.luukku.core.i18n.CitizenLanguage;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/** Start screen: pick a language (each named in itself) or scan the ticket. */
public class StartViewModel {
    private final FeedbackFlowViewModel flow;

    public StartViewModel(FeedbackFlowViewModel flow) {
        this.flow = flow;
    }

    public List<CitizenLanguage> languages() {
        return List.of(CitizenLanguage.values());
    }

    public void choose(CitizenLanguage language) {
        flow.start(language);
    }

    /** A smiley tapped at once: the answer to the first question, in the point's first language. */
    public void rate(int value) {
        flow.startWithRating(value);
    }

    public BooleanBinding visitLinked() {
        return Bindings.isNotNull(flow.trackingCodeProperty());
    }
}
