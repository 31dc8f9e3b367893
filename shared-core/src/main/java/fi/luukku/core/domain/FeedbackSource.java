package fi.luukku.core.domain;

/** Which device or flow a feedback answer came from. */
public enum FeedbackSource {
    TERMINAL,
    BUTTONS,
    SELF_SERVICE_POPUP
}
