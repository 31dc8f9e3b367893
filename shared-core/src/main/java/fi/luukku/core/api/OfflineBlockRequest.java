package fi.luukku.core.api;

/** Asks for a block of offline numbers for one kiosk, {@code size} per queue. */
public record OfflineBlockRequest(String kioskId, int size) {}
