package fi.luukku.kiosk.shell;

import java.time.Duration;
import java.time.ZoneId;

/**
 * Behaviour settings of the kiosk's screens.
 *
 * @param receptionServiceId the service "I don't know what I need" queues for; null picks the point's general
 *     advice / reception service by its authority
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
                "2580",
                ZoneId.of("Europe/Helsinki"));
    }
}
