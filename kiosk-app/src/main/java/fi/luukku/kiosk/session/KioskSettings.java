package fi.luukku.kiosk.session;

import java.time.Duration;
import java.time.ZoneId;

/**
 * Behaviour settings of the kiosk's screens.
 *
 * @param receptionServiceId the service "I don't know what I need" queues for; null picks the point's general
 *     advice / reception service by its authority
 * @param staffPin the staff panel's PIN; null disables the staff panel (there is no default PIN)
 */
public record KioskSettings(
        String kioskId,
        String defaultLanguage,
        Duration idleTimeout,
        Duration ticketTimeout,
        Duration helpBannerTime,
        String receptionServiceId,
        String staffPin,
        ZoneId zone) {

    public static KioskSettings defaults(String kioskId) {
        return new KioskSettings(
                kioskId,
                "fi",
                Duration.ofSeconds(60),
                Duration.ofSeconds(30),
                Duration.ofSeconds(90),
                null,
                null,
                ZoneId.of("Europe/Helsinki"));
    }

    public KioskSettings withStaffPin(String pin) {
        return new KioskSettings(
                kioskId, defaultLanguage, idleTimeout, ticketTimeout, helpBannerTime, receptionServiceId, pin, zone);
    }
}
