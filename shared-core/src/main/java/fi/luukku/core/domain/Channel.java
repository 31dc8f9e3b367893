package fi.luukku.core.domain;

/** How the customer was served. */
public enum Channel {
    FACE_TO_FACE,
    REMOTE_SERVICE,
    SELF_SERVICE_WITH_SUPPORT
}
