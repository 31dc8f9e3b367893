package fi.luukku.core.domain;

/** Special needs a customer may declare at the kiosk or an advisor may record. Never personal data. */
public enum SpecialNeed {
    INTERPRETER,
    HEARING,
    SIGHT,
    MOBILITY,
    READING,
    MORE_TIME,
    SECURITY
}
