package fi.luukku.core.api;

/** Checks in an appointment at the kiosk. */
public record CheckInRequest(String bookingCode, String language) {}
