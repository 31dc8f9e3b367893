package fi.luukku.service.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.testing.MutableClock;
import fi.luukku.service.support.Api;
import fi.luukku.service.testing.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ticket numbers start again from 001 at midnight in Helsinki, whatever the UTC offset of the season. */
class DailyNumberingTest {
    private static final String SERVICE = "parainen-vero-verokortti";

    private static void setClock(MutableClock clock, String instant) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
    }

    private static String number(Api api) {
        return api.issue("parainen", SERVICE).get("number").asText();
    }

    @Test
    void numbersRestartAtHelsinkiMidnightInWinterAndSummer() {
        MutableClock clock = new MutableClock();
        try (TestServer server = TestServer.start(Map.of(), clock)) {
            Api api = new Api(server.baseUrl());
            // winter: UTC+2, so midnight is 22:00 UTC
            setClock(clock, "2027-01-15T21:58:00Z");
            String first = number(api);
            assertThat(first).endsWith("001");
            String prefix = first.substring(0, first.length() - 3);
            setClock(clock, "2027-01-15T21:59:30Z");
            assertThat(number(api)).isEqualTo(prefix + "002");
            setClock(clock, "2027-01-15T22:00:30Z");
            assertThat(number(api)).isEqualTo(prefix + "001");
            assertThat(number(api)).isEqualTo(prefix + "002");

            // summer: UTC+3, so midnight is 21:00 UTC
            setClock(clock, "2027-06-15T20:58:00Z");
            assertThat(number(api)).isEqualTo(prefix + "001");
            setClock(clock, "2027-06-15T20:59:30Z");
            assertThat(number(api)).isEqualTo(prefix + "002");
            setClock(clock, "2027-06-15T21:00:30Z");
            assertThat(number(api)).isEqualTo(prefix + "001");
            // an hour later (22:00 UTC, the winter midnight) it is still the same day
            setClock(clock, "2027-06-15T22:00:30Z");
            assertThat(number(api)).isEqualTo(prefix + "002");
        }
    }
}
