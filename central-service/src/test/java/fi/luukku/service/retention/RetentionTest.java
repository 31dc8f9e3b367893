package fi.luukku.service.retention;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.testing.MutableClock;
import fi.luukku.service.db.Database;
import fi.luukku.service.support.Api;
import fi.luukku.service.testing.TestServer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The retention policy on H2 and PostgreSQL: nothing happens at start-up; personal fields go after
 * {@code retention.personalDays}, incident texts after {@code retention.incidentTextDays}; after
 * {@code retention.rawMonths} raw rows go and their daily summary stays; a caught-up job has nothing left to do.
 */
class RetentionTest {
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Test
    void personalFieldsThenRawRowsGoAndTheDailySummaryStays() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-05T08:00:00Z"), HELSINKI);
        try (TestServer server = TestServer.start(Map.of(), clock)) {
            Database db = server.server().database();
            RetentionJob job = server.server().retention();
            assertThat(count(db, "SELECT COUNT(*) FROM retention_progress"))
                    .as("nothing runs at start-up")
                    .isZero();
            Api api = new Api(server.baseUrl());
            String old = api.issue("mikkeli", "mikkeli-kela-etuudet", "MOBILITY")
                    .get("id")
                    .asText();
            db.tx(sql -> sql.update(
                    "INSERT INTO incidents (id, point_id, category, severity, description, occurred_at)"
                            + " VALUES ('i1', 'mikkeli', 'THREAT', 2, 'shouted at desk 2', ?)",
                    clock.millis()));
            server.server().reportDays().runUntilCaughtUp(); // the maintenance tick runs it first
            job.runUntilCaughtUp();
            assertThat(text(db, "SELECT special_needs FROM tickets WHERE id = ?", old))
                    .contains("MOBILITY");

            clock.set(Instant.parse("2026-04-06T08:00:00Z")); // 91 days later
            String recent = api.issue("mikkeli", "mikkeli-kela-etuudet", "MOBILITY")
                    .get("id")
                    .asText();
            server.server().reportDays().runUntilCaughtUp(); // the maintenance tick runs it first
            job.runUntilCaughtUp();
            assertThat(text(db, "SELECT special_needs FROM tickets WHERE id = ?", old))
                    .as("personal fields cleared after 90 days")
                    .isEmpty();
            assertThat(count(db, "SELECT COUNT(*) FROM tickets WHERE id = '" + old + "'"))
                    .as("the row stays for statistics")
                    .isEqualTo(1);
            assertThat(text(db, "SELECT special_needs FROM tickets WHERE id = ?", recent))
                    .contains("MOBILITY");
            assertThat(text(db, "SELECT description FROM incidents WHERE id = ?", "i1"))
                    .as("incident text kept for a year")
                    .isEqualTo("shouted at desk 2");
            server.server().reportDays().runUntilCaughtUp(); // the maintenance tick runs it first
            assertThat(job.runOnce()).as("caught up").isFalse();

            clock.set(Instant.parse("2028-02-07T08:00:00Z")); // 25 months after the first ticket
            server.server().reportDays().runUntilCaughtUp(); // the maintenance tick runs it first
            job.runUntilCaughtUp();
            assertThat(count(db, "SELECT COUNT(*) FROM tickets WHERE id = '" + old + "'"))
                    .as("raw row archived after 24 months")
                    .isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM incidents WHERE id = 'i1'"))
                    .isZero();
            assertThat(count(
                            db,
                            "SELECT tickets FROM daily_ticket_stats WHERE point_id = 'mikkeli'"
                                    + " AND ticket_day = '2026-01-05' AND service_id = 'mikkeli-kela-etuudet'"))
                    .as("its day's summary stays")
                    .isEqualTo(1);
            assertThat(text(db, "SELECT special_needs FROM tickets WHERE id = ?", recent))
                    .as("22 months old: kept, without personal fields")
                    .isEmpty();
            server.server().reportDays().runUntilCaughtUp(); // the maintenance tick runs it first
            assertThat(job.runOnce()).isFalse();
        }
    }

    @Test
    void incidentTextsGoAfterTheirOwnPeriod() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-05T08:00:00Z"), HELSINKI);
        try (TestServer server = TestServer.start(Map.of("retention.incidentTextDays", "30"), clock)) {
            Database db = server.server().database();
            db.tx(sql -> sql.update(
                    "INSERT INTO incidents (id, point_id, category, severity, description, resolution, occurred_at)"
                            + " VALUES ('i2', 'mikkeli', 'THREAT', 2, 'shouted', 'calmed down', ?)",
                    clock.millis()));
            clock.set(Instant.parse("2026-02-06T08:00:00Z"));
            server.server().reportDays().runUntilCaughtUp(); // the maintenance tick runs it first
            server.server().retention().runUntilCaughtUp();
            assertThat(text(
                            db,
                            "SELECT COALESCE(description, '') || COALESCE(resolution, '') FROM incidents"
                                    + " WHERE id = ?",
                            "i2"))
                    .isEmpty();
            assertThat(count(db, "SELECT COUNT(*) FROM incidents WHERE id = 'i2'"))
                    .isEqualTo(1);
        }
    }

    private static long count(Database db, String query) {
        return db.read(sql -> sql.longValue(query));
    }

    private static String text(Database db, String query, String id) {
        return db.read(sql -> sql.one(query, rs -> rs.getString(1), id)).orElseThrow();
    }
}
