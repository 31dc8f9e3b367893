package fi.luukku.core.device.pairing;

import java.util.Objects;

/**
 * A device's own credential as the service issued it when a supervisor approved its pairing code: the bearer
 * token and what the service calls the device ({@code kiosk-3@mikkeli}), its role and its point.
 */
public record DeviceCredential(String token, String name, String role, String point) {
    public DeviceCredential {
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new IllegalArgumentException("empty token");
        }
    }

    /** A token given on the command line: nothing known about it but the token and the point it is used at. */
    public static DeviceCredential given(String token, String point) {
        return new DeviceCredential(token, null, null, point);
    }

    @Override
    public String toString() { // never the token itself: this lands in logs
        return "DeviceCredential[" + name + ", " + role + ", " + point + "]";
    }
}
