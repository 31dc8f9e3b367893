package fi.luukku.kiosk.session;

/** Opens the self-service feedback survey (provided by the feedback terminal's code) over the kiosk. */
public interface FeedbackLauncher {

    boolean available();

    void open(String language);

    FeedbackLauncher NONE = new FeedbackLauncher() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public void open(String language) {}
    };
}
