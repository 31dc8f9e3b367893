package fi.luukku.service.feedback;

import fi.luukku.core.api.FeedbackDto;
import fi.luukku.core.api.FeedbackRequest;
import fi.luukku.core.domain.FeedbackSource;
import fi.luukku.core.domain.Outcome;
import fi.luukku.core.domain.WireNames;
import fi.luukku.core.i18n.CitizenLanguage;
import fi.luukku.service.auth.Principal;
import fi.luukku.service.change.Mutations;
import fi.luukku.service.db.Database;
import fi.luukku.service.db.Sql;
import fi.luukku.service.error.Invalid;
import fi.luukku.service.point.Catalog;
import fi.luukku.service.reportchange.ReportChanges;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Anonymous feedback. A tracking code links an answer to the visit's queue, authority and desk, never to the
 * ticket itself or a person.
 */
public final class FeedbackService {
    private final Database db;
    private final Mutations mutations;
    private final Catalog catalog;
    private final Clock clock;

    public FeedbackService(Database db, Mutations mutations, Catalog catalog, Clock clock) {
        this.db = db;
        this.mutations = mutations;
        this.catalog = catalog;
        this.clock = clock;
    }

    static FeedbackDto map(ResultSet rs) throws SQLException {
        Integer rating = Sql.getInt(rs, "rating");
        boolean cda = rs.getBoolean("could_do_alone");
        Boolean couldDoAlone = rs.wasNull() ? null : cda;
        return new FeedbackDto(
                rs.getString("id"),
                rs.getString("point_id"),
                rating,
                rs.getString("outcome"),
                couldDoAlone,
                rs.getString("not_alone_reason"),
                rs.getString("comment"),
                rs.getString("language"),
                rs.getString("source"),
                rs.getString("queue_id"),
                rs.getString("authority_id"),
                rs.getString("desk_id"),
                Instant.ofEpochMilli(rs.getLong("answered_at")),
                Sql.getInt(rs, "perceived_safety"));
    }

    public FeedbackDto submit(Principal p, String pointId, FeedbackRequest r, String idemKey) {
        // the answer's shape was checked at the edge (RequestShapes); the time window needs the clock
        int rating = r.rating() == null ? 0 : r.rating();
        int safety = r.perceivedSafety() == null ? 0 : r.perceivedSafety();
        Outcome outcome = WireNames.parse(Outcome.class, r.outcome());
        String reason = r.notAloneReason();
        String comment = r.comment();
        String language = CitizenLanguage.ofCode(r.language()).orElseThrow().code();
        String tracking = r.trackingCode();
        FeedbackSource source = WireNames.parse(FeedbackSource.class, r.source());
        Instant answered = r.answeredAt() == null ? clock.instant() : r.answeredAt();
        if (answered.isAfter(clock.instant().plusSeconds(300))) {
            throw new Invalid("answeredAt", "answeredAt is in the future");
        }
        if (answered.isBefore(clock.instant().minusSeconds(90L * 24 * 3600))) {
            throw new Invalid("answeredAt", "answeredAt is more than 90 days old");
        }
        String scope = idemKey == null ? null : "feedback:" + pointId + ":" + idemKey;
        return mutations.run(pointId, scope, FeedbackDto.class, ctx -> {
            String queue = null;
            String authority = null;
            String desk = null;
            if (tracking != null && !tracking.isBlank()) {
                var visit = ctx.sql.one(
                        "SELECT queue_id, desk_id FROM tickets WHERE tracking_code = ? AND point_id = ?",
                        rs -> new String[] {rs.getString(1), rs.getString(2)},
                        tracking.trim().toUpperCase(java.util.Locale.ROOT),
                        pointId);
                if (visit.isPresent()) {
                    queue = visit.get()[0];
                    desk = visit.get()[1];
                    authority =
                            catalog.queue(queue).map(Catalog.Queue::authorityId).orElse(null);
                }
            }
            String id = UUID.randomUUID().toString();
            ctx.sql.update(
                    "INSERT INTO feedback (id, point_id, rating, outcome, could_do_alone, not_alone_reason, comment,"
                            + " language, source, queue_id, authority_id, desk_id, answered_at, received_at,"
                            + " perceived_safety) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    id,
                    pointId,
                    Sql.nullableInt(rating >= 1 ? rating : null),
                    outcome == null ? null : outcome.name(),
                    Sql.nullableBool(r.couldDoAlone()),
                    reason,
                    comment,
                    language,
                    (source == null ? sourceFor(p) : source).name(),
                    queue,
                    authority,
                    desk,
                    answered.toEpochMilli(),
                    clock.millis(),
                    Sql.nullableInt(safety >= 1 ? safety : null));
            ReportChanges.at(ctx.sql, pointId, answered.toEpochMilli(), clock.millis());
            return ctx.sql
                    .one("SELECT * FROM feedback WHERE id = ?", FeedbackService::map, id)
                    .orElseThrow();
        });
    }

    private static FeedbackSource sourceFor(Principal p) {
        return switch (p.role()) {
            case KIOSK -> FeedbackSource.SELF_SERVICE_POPUP;
            default -> FeedbackSource.TERMINAL;
        };
    }

    /** The feedback of one day at the point (in Finnish time; today when {@code day} is null). */
    public List<FeedbackDto> ofDay(String pointId, java.time.LocalDate day) {
        java.time.ZoneId zone = java.time.ZoneId.of("Europe/Helsinki");
        java.time.LocalDate d = day != null ? day : java.time.LocalDate.now(clock.withZone(zone));
        return list(
                pointId,
                d.atStartOfDay(zone).toInstant().toEpochMilli(),
                d.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
    }

    public List<FeedbackDto> list(String pointId, long fromMillis, long toMillis) {
        return db.read(sql -> sql.list(
                "SELECT * FROM feedback WHERE point_id = ? AND answered_at >= ? AND answered_at < ? ORDER BY answered_at",
                FeedbackService::map,
                pointId,
                fromMillis,
                toMillis));
    }
}
