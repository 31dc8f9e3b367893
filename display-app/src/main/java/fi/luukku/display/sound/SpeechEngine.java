package fi.luukku.display.sound;

import fi.luukku.core.i18n.Language;

/** Speaks a sentence and returns when it has been said (or failed). Never throws. */
@FunctionalInterface
public interface SpeechEngine {
    void speak(String text, Language language);
}
