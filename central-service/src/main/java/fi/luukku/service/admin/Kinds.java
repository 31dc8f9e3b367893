package fi.luukku.service.admin;

import static fi.luukku.service.admin.Field.bool;
import static fi.luukku.service.admin.Field.cents;
import static fi.luukku.service.admin.Field.choice;
import static fi.luukku.service.admin.Field.csv;
import static fi.luukku.service.admin.Field.date;
import static fi.luukku.service.admin.Field.integer;
import static fi.luukku.service.admin.Field.join;
import static fi.luukku.service.admin.Field.localized;
import static fi.luukku.service.admin.Field.ref;
import static fi.luukku.service.admin.Field.refList;
import static fi.luukku.service.admin.Field.text;
import static fi.luukku.service.admin.Field.time;

import java.util.List;
import java.util.Optional;

/**
 * Every configurable kind, in the order they are created (a thing refers only to kinds before it); deletions run
 * in the reverse order.
 */
final class Kinds {
    static final Kind AUTHORITY = new Kind(
            "authority",
            "authorities",
            "authorities",
            false,
            false,
            List.of(
                    text("shortName", "short_name", true, 50),
                    localized("name", "name", true, 200),
                    cents("baseFeeCents", "base_fee_cents", false)));

    static final Kind EVENT_TYPE = new Kind(
            "eventType",
            "eventTypes",
            "service_event_types",
            false,
            false,
            List.of(
                    localized("name", "name", true, 200),
                    integer("nominalMinutes", "nominal_minutes", true, 1, 600),
                    text("shortcut", "shortcut", true, 10),
                    integer("order", "sort_order", false, 0, 100_000)));

    static final Kind UNIT_PRICE = new Kind(
            "unitPrice",
            "unitPrices",
            "unit_prices",
            false,
            false,
            List.of(
                    ref("authority", "authority_id", "authority", true),
                    ref("eventType", "type_id", "eventType", true),
                    date("validFrom", "valid_from", true),
                    date("validTo", "valid_to", false),
                    cents("priceCents", "price_cents", true)));

    /** A point; {@code publicUrl} is the address citizens' phones reach (the ticket's QR and printed link). */
    static final Kind POINT = new Kind(
            "point",
            "points",
            "points",
            false,
            false,
            List.of(
                    localized("name", "name", true, 200),
                    text("municipality", "municipality", true, 100),
                    text("address", "address", true, 300),
                    csv("languages", "languages", true, 100, List.of("fi", "sv", "en")),
                    text("timeZone", "time_zone", true, 64),
                    text("publicUrl", "public_url", false, 500),
                    text("region", "region", false, 100),
                    integer("waitTargetMinutes", "wait_target_minutes", false, 0, 600),
                    join("authorities", false)));

    static final Kind QUEUE = new Kind(
            "queue",
            "queues",
            "queues",
            true,
            true,
            List.of(
                    ref("point", "point_id", "point", true),
                    text("prefix", "prefix", true, 4),
                    ref("authority", "authority_id", "authority", true),
                    localized("name", "name", true, 200),
                    integer("order", "sort_order", false, 0, 100_000)));

    static final Kind SERVICE = new Kind(
            "service",
            "services",
            "services",
            true,
            true,
            List.of(
                    ref("point", "point_id", "point", true),
                    ref("authority", "authority_id", "authority", true),
                    ref("queue", "queue_id", "queue", true),
                    localized("name", "name", true, 200),
                    localized("description", "desc", false, 1000),
                    integer("order", "sort_order", false, 0, 100_000)));

    static final Kind DESK = new Kind(
            "desk",
            "desks",
            "desks",
            true,
            true,
            List.of(
                    ref("point", "point_id", "point", true),
                    choice("kind", "kind", List.of("COUNTER", "MEETING_ROOM", "REMOTE_ROOM")),
                    localized("name", "name", true, 200),
                    integer("order", "sort_order", false, 0, 100_000),
                    join("queues", true)));

    static final Kind LIFE_EVENT = new Kind(
            "lifeEvent",
            "lifeEvents",
            "life_events",
            true,
            true,
            List.of(
                    ref("point", "point_id", "point", true),
                    text("icon", "icon", true, 50),
                    localized("name", "name", true, 200),
                    refList("services", "service_chain", "service", true, 1000),
                    integer("order", "sort_order", false, 0, 100_000)));

    static final Kind DIRECTORY = new Kind(
            "directoryEntry",
            "directory",
            "directory",
            true,
            true,
            List.of(
                    ref("point", "point_id", "point", true),
                    text("kind", "kind", true, 30),
                    localized("title", "title", true, 300),
                    localized("body", "body", false, 2000),
                    text("phone", "phone", false, 50),
                    text("email", "email", false, 200),
                    text("url", "url", false, 500),
                    text("address", "address", false, 300),
                    text("openingHours", "opening_hours", false, 300),
                    csv("keywords", "keywords", false, 1000, List.of())));

    static final Kind INFO_MESSAGE = new Kind(
            "infoMessage",
            "infoMessages",
            "info_messages",
            true,
            true,
            List.of(
                    ref("point", "point_id", "point", true),
                    localized("text", "text", true, 500),
                    integer("order", "sort_order", false, 0, 100_000)));

    static final Kind OPENING_HOURS = new Kind(
            "openingHours",
            "openingHours",
            "opening_hours",
            true,
            true,
            List.of(
                    ref("point", "point_id", "point", true),
                    ref("authority", "authority_id", "authority", false),
                    integer("weekday", "weekday", false, 1, 7),
                    date("date", "on_date", false),
                    time("opens", "opens"),
                    time("closes", "closes"),
                    bool("closed", "closed"),
                    text("note", "note", false, 200)));

    static final Kind POINT_FEE = new Kind(
            "pointFee",
            "fees",
            "point_fees",
            true,
            false,
            List.of(
                    ref("point", "point_id", "point", true),
                    date("validFrom", "valid_from", true),
                    date("validTo", "valid_to", false),
                    cents("baseFeeCents", "base_fee_cents", true),
                    cents("trainingCents", "training_cents", true)));

    static final Kind ARTICLE = new Kind(
            "article",
            "articles",
            "articles",
            true,
            true,
            List.of(
                    ref("point", "point_id", "point", false),
                    ref("service", "service_id", "service", false),
                    ref("authority", "authority_id", "authority", false),
                    ref("lifeEvent", "life_event_id", "lifeEvent", false),
                    localized("title", "title", true, 300),
                    localized("body", "body", true, 8000),
                    csv("links", "links", false, 2000, List.of())));

    static final List<Kind> ALL = List.of(
            AUTHORITY,
            EVENT_TYPE,
            UNIT_PRICE,
            POINT,
            QUEUE,
            SERVICE,
            DESK,
            LIFE_EVENT,
            DIRECTORY,
            INFO_MESSAGE,
            OPENING_HOURS,
            POINT_FEE,
            ARTICLE);

    private Kinds() {}

    static Optional<Kind> byPlural(String plural) {
        return ALL.stream().filter(k -> k.plural().equals(plural)).findFirst();
    }

    static Kind byName(String name) {
        return ALL.stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
    }
}
