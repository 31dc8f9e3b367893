package fi.luukku.service.help;

import fi.luukku.core.api.HelpRequestCreate;
import fi.luukku.core.api.HelpRequestDto;
import fi.luukku.core.api.IncidentDto;
import fi.luukku.core.events.EventTypes;
import fi.luukku.core.i18n.CitizenLanguage;
import fi.luukku.service.auth.Principal;
import fi.luukku.service.change.Mutations;
import fi.luukku.service.db.Database;
import fi.luukku.service.db.Sql;
import fi.luukku.service.error.Conflict;
import fi.luukku.service.error.Forbidden;
import fi.luukku.service.error.Invalid;
import fi.luukku.service.error.NotFound;
import fi.luukku.service.point.Catalog;
import fi.luukku.service.reportchange.ReportChanges;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** "I need help" alerts with their single acknowledgement, and incidents for the safety metrics. */
public final class HelpService {
    private final Database db;
    private final Mutations mutations;
    private final Catalog catalog;
    private final Clock clock;

    public HelpService(Database db, Mutations mutations, Catalog catalog, Clock clock) {
        this.db = db;
        this.mutations = mutations;
        this.catalog = catalog;
        this.clock = clock;
    }

    private static HelpRequestDto help(ResultSet rs) throws SQLException {
        Long ack = Sql.getLong(rs, "acknowledged_at");
        return new HelpRequestDto(
                rs.getString("id"),
                rs.getString("point_id"),
                rs.getString("source"),
                rs.getString("location"),
                rs.getString("language"),
                Instant.ofEpochMilli(rs.getLong("requested_at")),
                rs.getString("acknowledged_by"),
                ack == null ? null : Instant.ofEpochMilli(ack));
    }

    public List<HelpRequestDto> open(String pointId) {
        return db.read(sql -> open(sql, pointId));
    }

    /** Unacknowledged requests of the last 12 hours. */
    public List<HelpRequestDto> open(Sql sql, String pointId) throws SQLException {
        return sql.list(
                "SELECT * FROM help_requests WHERE point_id = ? AND acknowledged_at IS NULL AND requested_at > ?"
                        + " ORDER BY requested_at",
                HelpService::help,
                pointId,
                clock.millis() - 12L * 3600 * 1000);
    }

    public HelpRequestDto request(Principal p, String pointId, HelpRequestCreate r, String idemKey) {
        String source = r.source(); // shape checked at the edge
        String location = r.location();
        String language =
                CitizenLanguage.ofCode(r.language()).map(CitizenLanguage::code).orElse("fi");
        String src = source == null || source.isBlank() ? p.subject() : source;
        String scope = idemKey == null ? null : "help:" + pointId + ":" + idemKey;
        return mutations.run(pointId, scope, HelpRequestDto.class, ctx -> {
            String id = UUID.randomUUID().toString();
            ctx.sql.update(
                    "INSERT INTO help_requests (id, point_id, source, location, language, requested_at) VALUES (?,?,?,?,?,?)",
                    id,
                    pointId,
                    src,
                    location,
                    language,
                    clock.millis());
            HelpRequestDto dto = ctx.sql
                    .one("SELECT * FROM help_requests WHERE id = ?", HelpService::help, id)
                    .orElseThrow();
            ctx.emit(EventTypes.HELP_REQUESTED, dto);
            return dto;
        });
    }

    public HelpRequestDto acknowledge(Principal p, String helpId) {
        String point = db.read(sql ->
                        sql.one("SELECT point_id FROM help_requests WHERE id = ?", rs -> rs.getString(1), helpId))
                .orElseThrow(() -> new NotFound("help request", helpId));
        if (!p.mayActAt(point)) {
            throw new Forbidden("help request of another point");
        }
        return mutations.run(point, ctx -> {
            int n = ctx.sql.update(
                    "UPDATE help_requests SET acknowledged_by = ?, acknowledged_at = ? WHERE id = ?"
                            + " AND acknowledged_at IS NULL",
                    p.subject(),
                    clock.millis(),
                    helpId);
            HelpRequestDto dto = ctx.sql
                    .one("SELECT * FROM help_requests WHERE id = ?", HelpService::help, helpId)
                    .orElseThrow();
            if (n == 0) {
                throw new Conflict("already-acknowledged", "already acknowledged by " + dto.acknowledgedBy());
            }
            ctx.emit(EventTypes.HELP_ACKNOWLEDGED, dto);
            return dto;
        });
    }

    // ---- incidents ----------------------------------------------------------------------------------

    private static IncidentDto incident(ResultSet rs) throws SQLException {
        Long resolved = Sql.getLong(rs, "resolved_at");
        return new IncidentDto(
                rs.getString("id"),
                rs.getString("point_id"),
                rs.getString("desk_id"),
                rs.getString("category"),
                rs.getInt("severity"),
                rs.getString("description"),
                Instant.ofEpochMilli(rs.getLong("occurred_at")),
                rs.getString("resolution"),
                resolved == null ? null : Instant.ofEpochMilli(resolved));
    }

    public IncidentDto record(Principal p, String pointId, IncidentDto r, String idemKey) {
        String category = r.category(); // shape checked at the edge; the desk and the time need state
        String description = r.description();
        String desk = r.deskId();
        if (desk != null
                && catalog.desk(desk).filter(d -> d.pointId().equals(pointId)).isEmpty()) {
            throw new Invalid("deskId", "no desk " + desk + " at " + pointId);
        }
        Instant occurred = r.occurredAt() == null ? clock.instant() : r.occurredAt();
        if (occurred.isAfter(clock.instant().plusSeconds(300))) {
            throw new Invalid("occurredAt", "occurredAt is in the future");
        }
        String scope = idemKey == null ? null : "incident:" + pointId + ":" + idemKey;
        return mutations.run(pointId, scope, IncidentDto.class, ctx -> {
            String id = UUID.randomUUID().toString();
            ctx.sql.update(
                    "INSERT INTO incidents (id, point_id, desk_id, category, severity, description, occurred_at,"
                            + " recorded_by) VALUES (?,?,?,?,?,?,?,?)",
                    id,
                    pointId,
                    desk != null ? desk : p.deskId(),
                    category,
                    r.severity(),
                    description,
                    occurred.toEpochMilli(),
                    p.subject());
            ReportChanges.at(ctx.sql, pointId, occurred.toEpochMilli(), clock.millis());
            IncidentDto dto = ctx.sql
                    .one("SELECT * FROM incidents WHERE id = ?", HelpService::incident, id)
                    .orElseThrow();
            ctx.emit(EventTypes.INCIDENT_RECORDED, dto);
            return dto;
        });
    }

    public List<IncidentDto> incidents(String pointId) {
        return db.read(sql -> sql.list(
                "SELECT * FROM incidents WHERE point_id = ? ORDER BY occurred_at DESC",
                HelpService::incident,
                pointId));
    }

    public void requireIncidentAccess(Principal p, String incidentId) {
        String point = db.read(sql ->
                        sql.one("SELECT point_id FROM incidents WHERE id = ?", rs -> rs.getString(1), incidentId))
                .orElseThrow(() -> new NotFound("incident", incidentId));
        if (!p.mayActAt(point)) {
            throw new Forbidden("incident of another point");
        }
    }

    public IncidentDto resolve(Principal p, String incidentId, String resolution) {
        String text = resolution;
        String point = db.read(sql ->
                        sql.one("SELECT point_id FROM incidents WHERE id = ?", rs -> rs.getString(1), incidentId))
                .orElseThrow(() -> new NotFound("incident", incidentId));
        if (!p.mayActAt(point)) {
            throw new Forbidden("incident of another point");
        }
        return mutations.run(point, ctx -> {
            int n = ctx.sql.update(
                    "UPDATE incidents SET resolution = ?, resolved_at = ? WHERE id = ? AND resolved_at IS NULL",
                    text,
                    clock.millis(),
                    incidentId);
            if (n == 0) {
                throw new Conflict("already-resolved", "incident is already resolved");
            }
            long occurredAt = ctx.sql.longValue("SELECT occurred_at FROM incidents WHERE id = ?", incidentId);
            ReportChanges.at(ctx.sql, point, occurredAt, clock.millis());
            IncidentDto dto = ctx.sql
                    .one("SELECT * FROM incidents WHERE id = ?", HelpService::incident, incidentId)
                    .orElseThrow();
            ctx.emit(EventTypes.INCIDENT_RESOLVED, dto);
            return dto;
        });
    }
}
