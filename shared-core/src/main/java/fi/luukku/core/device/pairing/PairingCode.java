package fi.luukku.core.device.pairing;

/** A code the service gave for this device to show, and the secret only this device polls with. */
public record PairingCode(String code, String secret, long expiresInSeconds) {
    @Override
    public String toString() { // never the secret
        return "PairingCode[" + code + "]";
    }
}
