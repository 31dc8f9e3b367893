package fi.luukku.core.domain;

/** Whether the customer's matter progressed (seed 001 "MITTARIT"). */
public enum Outcome {
    HANDLED,
    STARTED,
    NOT_HANDLED
}
