package fi.luukku.core.api;

/** Moves a ticket into another queue (same number); {@code toFront} puts it first. */
public record TransferRequest(String queueId, boolean toFront, String notes) {}
