package fi.luukku.kiosk;

import fi.luukku.core.i18n.CitizenLanguage;
import fi.luukku.kiosk.feedback.SelfServiceSurvey;
import fi.luukku.kiosk.session.FeedbackLauncher;
import javafx.stage.Window;

/** Opens the feedback terminal's self-service survey as a pop-up over the kiosk window. */
final class SurveyFeedbackLauncher implements FeedbackLauncher {
    private final SelfServiceSurvey survey;
    private final Window owner;

    SurveyFeedbackLauncher(SelfServiceSurvey survey, Window owner) {
        this.survey = survey;
        this.owner = owner;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public void open(String language) {
        survey.show(owner, CitizenLanguage.ofCode(language).orElse(CitizenLanguage.EN));
    }
}
