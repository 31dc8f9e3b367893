package fi.luukku.core.api;

/** Calls one chosen ticket to a desk. */
public record CallRequest(String deskId) {}
