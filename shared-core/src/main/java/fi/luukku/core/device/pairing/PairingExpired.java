package fi.luukku.core.device.pairing;

/** The service no longer knows the code (expired, or the service restarted): the device asks for a new one. */
public final class PairingExpired extends RuntimeException {
    public PairingExpired(String message) {
        super(message);
    }
}
