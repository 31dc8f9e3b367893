package fi.luukku.service.booking;

import fi.luukku.core.api.FreeTimeDto;
import fi.luukku.core.api.FreeTimeRequest;
import fi.luukku.core.api.ServiceDto;
import fi.luukku.core.domain.Role;
import fi.luukku.service.auth.Principal;
import fi.luukku.service.db.Database;
import fi.luukku.service.error.Forbidden;
import fi.luukku.service.error.Invalid;
import fi.luukku.service.error.NotFound;
import fi.luukku.service.point.Catalog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Free booking times as the authorities' booking integrations (or a supervisor) report them: per point, bookable
 * service and day, the first free time offered then, or none within the horizon. The reports turn these into the
 * share of days with a free time within N days (ADR 0028). An authority's expert reports only their own services.
 */
public final class FreeTimeService {
    /** How far back a day may be reported (a late batch from an integration). */
    public static final int MAX_AGE_DAYS = 90;
    /** How far ahead of the observed day a first free time may lie. */
    public static final int MAX_AHEAD_DAYS = 366;

    private final Database db;
    private final Catalog catalog;
    private final Clock clock;
    private final ZoneId zone;

    public FreeTimeService(Database db, Catalog catalog, Clock clock, ZoneId zone) {
        this.db = db;
        this.catalog = catalog;
        this.clock = clock;
        this.zone = zone;
    }

    /** Records (or replaces) what was seen on {@code day} for the service; 404 if the point has no such service. */
    public FreeTimeDto record(Principal who, String pointId, String serviceId, LocalDate day, FreeTimeRequest r) {
        ServiceDto service = serviceAt(pointId, serviceId);
        if (who.role() == Role.AUTHORITY_EXPERT && !service.authorityId().equals(who.authorityId())) {
            throw new Forbidden("an authority's expert reports free times of their own authority's services only");
        }
        if (r == null) {
            throw new Invalid("firstFree", "a body {\"firstFree\": \"YYYY-MM-DDTHH:MM\" or null} is required");
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (day.isAfter(today)) {
            throw new Invalid("day", "day " + day + " is in the future");
        }
        if (day.isBefore(today.minusDays(MAX_AGE_DAYS))) {
            throw new Invalid("day", "day " + day + " is more than " + MAX_AGE_DAYS + " days old");
        }
        LocalDateTime first = r.firstFree() == null ? null : r.firstFree().truncatedTo(ChronoUnit.MINUTES);
        if (first != null && first.toLocalDate().isBefore(day)) {
            throw new Invalid("firstFree", "firstFree " + first + " is before the day it was seen (" + day + ")");
        }
        if (first != null && first.toLocalDate().isAfter(day.plusDays(MAX_AHEAD_DAYS))) {
            throw new Invalid("firstFree", "firstFree is more than " + MAX_AHEAD_DAYS + " days after the day");
        }
        long now = clock.millis();
        return db.tx(sql -> {
            int changed = sql.update(
                    "UPDATE free_time_observations SET first_free = ?, recorded_at = ?, authority_id = ?"
                            + " WHERE point_id = ? AND service_id = ? AND observed_on = ?",
                    first == null ? null : first.toString(),
                    now,
                    service.authorityId(),
                    pointId,
                    serviceId,
                    day.toString());
            if (changed == 0) {
                sql.update(
                        "INSERT INTO free_time_observations (point_id, service_id, authority_id, observed_on,"
                                + " first_free, recorded_at) VALUES (?,?,?,?,?,?)",
                        pointId,
                        serviceId,
                        service.authorityId(),
                        day.toString(),
                        first == null ? null : first.toString(),
                        now);
            }
            return new FreeTimeDto(pointId, service.authorityId(), serviceId, day, first, Instant.ofEpochMilli(now));
        });
    }

    /** The observations of a point from {@code from} to {@code to} (inclusive), by day and service. */
    public List<FreeTimeDto> list(String pointId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new Invalid("to", "to (" + to + ") is before from (" + from + ")");
        }
        return db.read(sql -> sql.list(
                "SELECT point_id, authority_id, service_id, observed_on, first_free, recorded_at"
                        + " FROM free_time_observations WHERE point_id = ? AND observed_on >= ? AND observed_on <= ?"
                        + " ORDER BY observed_on, service_id",
                FreeTimeService::map,
                pointId,
                from.toString(),
                to.toString()));
    }

    private ServiceDto serviceAt(String pointId, String serviceId) {
        return catalog.service(serviceId)
                .filter(s -> pointId.equals(catalog.servicePoint(serviceId)))
                .orElseThrow(() -> new NotFound("service", serviceId));
    }

    private static FreeTimeDto map(ResultSet rs) throws SQLException {
        String first = rs.getString("first_free");
        return new FreeTimeDto(
                rs.getString("point_id"),
                rs.getString("authority_id"),
                rs.getString("service_id"),
                LocalDate.parse(rs.getString("observed_on")),
                first == null ? null : LocalDateTime.parse(first),
                Instant.ofEpochMilli(rs.getLong("recorded_at")));
    }
}
