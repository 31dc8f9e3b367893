package fi.luukku.kiosk.ui;

import fi.luukku.kiosk.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;

/** Texts bound to the citizen's language: every label changes the moment a language is chosen. */
public final class I18n {
    private final Messages messages;
    private final ObservableStringValue language;

    public I18n(Messages messages, ObservableStringValue language) {
        this.messages = messages;
        this.language = language;
    }

    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> messages.get(language.get(), key, args), language);
    }

    public String now(String key, Object... args) {
        return messages.get(language.get(), key, args);
    }

    public ObservableStringValue language() {
        return language;
    }

    public Messages messages() {
        return messages;
    }
}
