package fi.luukku.service.point;

import fi.luukku.core.api.AuthorityDto;
import fi.luukku.core.api.DeskDto;
import fi.luukku.core.api.DirectoryEntryDto;
import fi.luukku.core.api.LifeEventDto;
import fi.luukku.core.api.LocalizedText;
import fi.luukku.core.api.PointDto;
import fi.luukku.core.api.ServiceDto;
import fi.luukku.core.api.ServiceEventTypeDto;
import fi.luukku.service.db.Database;
import fi.luukku.service.error.NotFound;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configured, slowly changing part of the data (points, authorities, queues, services, desks…), loaded once
 * into memory: the hot paths (issue, call-next) never query it.
 */
public final class Catalog {
    public record Queue(String id, String pointId, String prefix, String authorityId, LocalizedText name, int order) {}

    public record DeskQueue(String queueId, int priority) {}

    public record Desk(String id, String pointId, String kind, LocalizedText name, List<DeskQueue> queues) {
        public List<String> queueIds() {
            return queues.stream().map(DeskQueue::queueId).toList();
        }
    }

    private final Map<String, PointDto> points = new LinkedHashMap<>();
    private final Map<String, AuthorityDto> authorities = new LinkedHashMap<>();
    private final Map<String, Long> baseFees = new LinkedHashMap<>();
    private final Map<String, Queue> queues = new LinkedHashMap<>();
    private final Map<String, ServiceDto> services = new LinkedHashMap<>();
    private final Map<String, String> servicePoint = new LinkedHashMap<>();
    private final Map<String, Desk> desks = new LinkedHashMap<>();
    private final Map<String, List<LifeEventDto>> lifeEvents = new LinkedHashMap<>();
    private final Map<String, ServiceEventTypeDto> eventTypes = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> prices = new LinkedHashMap<>();
    private final Map<String, List<DirectoryEntryDto>> directory = new LinkedHashMap<>();

    private Catalog() {}

    private static LocalizedText text(ResultSet rs, String prefix) throws SQLException {
        return LocalizedText.of(
                rs.getString(prefix + "_fi"), rs.getString(prefix + "_sv"), rs.getString(prefix + "_en"));
    }

    public static Catalog load(Database db) {
        Catalog c = new Catalog();
        db.read(sql -> {
            Map<String, List<String>> pointAuth = new LinkedHashMap<>();
            sql.list(
                    "SELECT point_id, authority_id FROM point_authorities ORDER BY point_id, sort_order",
                    rs -> pointAuth
                            .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(rs.getString(2)));
            sql.list("SELECT * FROM points ORDER BY id", rs -> {
                String id = rs.getString("id");
                c.points.put(
                        id,
                        new PointDto(
                                id,
                                text(rs, "name"),
                                rs.getString("municipality"),
                                rs.getString("address"),
                                Arrays.asList(rs.getString("languages").split(",")),
                                List.copyOf(pointAuth.getOrDefault(id, List.of())),
                                rs.getString("time_zone"),
                                rs.getString("public_url")));
                return null;
            });
            sql.list("SELECT * FROM authorities ORDER BY id", rs -> {
                c.authorities.put(
                        rs.getString("id"),
                        new AuthorityDto(rs.getString("id"), text(rs, "name"), rs.getString("short_name")));
                c.baseFees.put(rs.getString("id"), rs.getLong("base_fee_cents"));
                return null;
            });
            sql.list("SELECT * FROM queues ORDER BY point_id, sort_order, id", rs -> {
                c.queues.put(
                        rs.getString("id"),
                        new Queue(
                                rs.getString("id"),
                                rs.getString("point_id"),
                                rs.getString("prefix"),
                                rs.getString("authority_id"),
                                text(rs, "name"),
                                rs.getInt("sort_order")));
                return null;
            });
            sql.list("SELECT * FROM services ORDER BY point_id, sort_order, id", rs -> {
                c.services.put(
                        rs.getString("id"),
                        new ServiceDto(
                                rs.getString("id"),
                                rs.getString("authority_id"),
                                rs.getString("queue_id"),
                                text(rs, "name"),
                                text(rs, "desc")));
                c.servicePoint.put(rs.getString("id"), rs.getString("point_id"));
                return null;
            });
            Map<String, List<DeskQueue>> dq = new LinkedHashMap<>();
            sql.list(
                    "SELECT desk_id, queue_id, priority FROM desk_queues ORDER BY desk_id, priority, queue_id",
                    rs -> dq.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new DeskQueue(rs.getString(2), rs.getInt(3))));
            sql.list("SELECT * FROM desks ORDER BY point_id, sort_order, id", rs -> {
                String id = rs.getString("id");
                c.desks.put(
                        id,
                        new Desk(
                                id,
                                rs.getString("point_id"),
                                rs.getString("kind"),
                                text(rs, "name"),
                                List.copyOf(dq.getOrDefault(id, List.of()))));
                return null;
            });
            sql.list("SELECT * FROM life_events ORDER BY point_id, sort_order, id", rs -> {
                c.lifeEvents
                        .computeIfAbsent(rs.getString("point_id"), k -> new ArrayList<>())
                        .add(new LifeEventDto(
                                rs.getString("id"),
                                text(rs, "name"),
                                rs.getString("service_id"),
                                rs.getString("icon")));
                return null;
            });
            sql.list("SELECT * FROM service_event_types ORDER BY sort_order, id", rs -> {
                c.eventTypes.put(
                        rs.getString("id"),
                        new ServiceEventTypeDto(
                                rs.getString("id"),
                                text(rs, "name"),
                                rs.getInt("nominal_minutes"),
                                rs.getString("shortcut")));
                return null;
            });
            sql.list("SELECT authority_id, type_id, price_cents FROM prices", rs -> {
                c.prices
                        .computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getLong(3));
                return null;
            });
            sql.list("SELECT * FROM directory ORDER BY point_id, kind, id", rs -> {
                String kw = rs.getString("keywords");
                c.directory
                        .computeIfAbsent(rs.getString("point_id"), k -> new ArrayList<>())
                        .add(new DirectoryEntryDto(
                                rs.getString("id"),
                                rs.getString("kind"),
                                text(rs, "title"),
                                text(rs, "body"),
                                rs.getString("phone"),
                                rs.getString("email"),
                                rs.getString("url"),
                                rs.getString("address"),
                                kw.isBlank() ? List.of() : Arrays.asList(kw.split(","))));
                return null;
            });
            return null;
        });
        return c;
    }

    public List<PointDto> points() {
        return List.copyOf(points.values());
    }

    public PointDto point(String id) {
        PointDto p = points.get(id);
        if (p == null) {
            throw new NotFound("point", id);
        }
        return p;
    }

    public boolean hasPoint(String id) {
        return points.containsKey(id);
    }

    public List<AuthorityDto> authorities(String pointId) {
        return point(pointId).authorityIds().stream()
                .map(authorities::get)
                .filter(a -> a != null)
                .toList();
    }

    public Optional<AuthorityDto> authority(String id) {
        return Optional.ofNullable(authorities.get(id));
    }

    public long baseFeeCents(String authorityId) {
        return baseFees.getOrDefault(authorityId, 0L);
    }

    public List<Queue> queues(String pointId) {
        return queues.values().stream().filter(q -> q.pointId().equals(pointId)).toList();
    }

    public Optional<Queue> queue(String id) {
        return Optional.ofNullable(queues.get(id));
    }

    public List<ServiceDto> services(String pointId) {
        return services.values().stream()
                .filter(s -> pointId.equals(servicePoint.get(s.id())))
                .toList();
    }

    public Optional<ServiceDto> service(String id) {
        return Optional.ofNullable(services.get(id));
    }

    public String servicePoint(String serviceId) {
        return servicePoint.get(serviceId);
    }

    public List<Desk> desks(String pointId) {
        return desks.values().stream().filter(d -> d.pointId().equals(pointId)).toList();
    }

    public Optional<Desk> desk(String id) {
        return Optional.ofNullable(desks.get(id));
    }

    /** Desks at the queue's point that serve the queue. */
    public List<Desk> desksServing(String queueId) {
        return desks.values().stream()
                .filter(d -> d.queueIds().contains(queueId))
                .toList();
    }

    public DeskDto deskDto(Desk d) {
        return new DeskDto(d.id(), d.pointId(), d.name(), d.kind(), d.queueIds());
    }

    public List<LifeEventDto> lifeEvents(String pointId) {
        return lifeEvents.getOrDefault(pointId, List.of());
    }

    public List<ServiceEventTypeDto> eventTypes() {
        return List.copyOf(eventTypes.values());
    }

    public Optional<ServiceEventTypeDto> eventType(String id) {
        return Optional.ofNullable(eventTypes.get(id));
    }

    public long priceCents(String authorityId, String typeId) {
        return prices.getOrDefault(authorityId, Map.of()).getOrDefault(typeId, 0L);
    }

    public List<DirectoryEntryDto> directory(String pointId) {
        return directory.getOrDefault(pointId, List.of());
    }
}
