package fi.luukku.advisor.desk;

import fi.luukku.advisor.Texts;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * What the desk last did or failed to do, in words for the advisor (the console shows both as large
 * notifications); also says so when the console is back online after a break.
 */
public class StatusLine {
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private boolean seenOnline;
    private boolean lostConnection;

    StatusLine(Texts texts, ObservableBooleanValue online) {
        seenOnline = online.get();
        online.addListener((o, was, is) -> {
            if (!is && seenOnline) {
                lostConnection = true;
            } else if (is) {
                seenOnline = true;
                if (lostConnection) {
                    lostConnection = false;
                    message.set(texts.get("status.backOnline"));
                }
            }
        });
    }

    /** A new action starts: the old words go. */
    void clear() {
        message.set(null);
        error.set(null);
    }

    public void showMessage(String text) {
        message.set(text);
    }

    public void showError(String text) {
        error.set(text);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
