package fi.luukku.kiosk.feedback;

import fi.luukku.core.i18n.Language;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/** Start screen: pick a language (each named in itself) or scan the ticket. */
public class StartViewModel {
    private final FeedbackFlowViewModel flow;

    public StartViewModel(FeedbackFlowViewModel flow) {
        this.flow = flow;
    }

    public List<Language> languages() {
        return List.of(Language.values());
    }

    public void choose(Language language) {
        flow.start(language);
    }

    public BooleanBinding visitLinked() {
        return Bindings.isNotNull(flow.trackingCodeProperty());
    }
}
