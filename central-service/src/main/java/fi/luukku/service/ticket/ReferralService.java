package fi.luukku.service.ticket;

import fi.luukku.core.api.DirectoryEntryDto;
import fi.luukku.core.api.ReferralDto;
import fi.luukku.core.api.ReferralRequest;
import fi.luukku.core.domain.ReferralKind;
import fi.luukku.core.domain.WireNames;
import fi.luukku.core.events.EventTypes;
import fi.luukku.service.auth.Principal;
import fi.luukku.service.change.Mutations;
import fi.luukku.service.error.Conflict;
import fi.luukku.service.error.Forbidden;
import fi.luukku.service.error.Invalid;
import fi.luukku.service.point.Catalog;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Sends a customer onward and writes the slip they take with them, in their language. */
public final class ReferralService {
    private static final Map<String, Map<String, String>> TEXT = Map.of(
            "fi",
            Map.of(
                    "queue", "Vuoronumerosi %s on nyt jonossa: %s. Odota, kunnes numerosi kutsutaan.",
                    "room", "Mene etäpalveluhuoneeseen: %s. Vuoronumerosi on %s.",
                    "booking", "Varaa aika: %s.",
                    "provider", "Saat lisää apua täältä: %s.",
                    "instructions", "Ohjeet: %s",
                    "title", "Ohjaus"),
            "sv",
            Map.of(
                    "queue", "Ditt könummer %s står nu i kön: %s. Vänta tills ditt nummer ropas upp.",
                    "room", "Gå till distanstjänstrummet: %s. Ditt könummer är %s.",
                    "booking", "Boka tid: %s.",
                    "provider", "Du får mer hjälp här: %s.",
                    "instructions", "Anvisningar: %s",
                    "title", "Hänvisning"),
            "en",
            Map.of(
                    "queue", "Your number %s is now in the queue: %s. Please wait until your number is called.",
                    "room", "Please go to the remote-service room: %s. Your number is %s.",
                    "booking", "Book an appointment: %s.",
                    "provider", "You can get more help here: %s.",
                    "instructions", "Instructions: %s",
                    "title", "Referral"));

    private final Mutations mutations;
    private final Catalog catalog;
    private final TicketService tickets;
    private final Clock clock;
    private final String publicUrl;

    public ReferralService(Mutations mutations, Catalog catalog, TicketService tickets, Clock clock, String publicUrl) {
        this.mutations = mutations;
        this.catalog = catalog;
        this.tickets = tickets;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    public ReferralDto refer(Principal p, String ticketId, ReferralRequest r, String idemKey) {
        // the shape (kind, its target id, lengths, language) was checked at the edge
        ReferralKind kind = WireNames.parse(ReferralKind.class, r.kind());
        String instructions = r.instructions();
        String lang = r.language() == null ? null : TicketService.language(r.language());
        String point = tickets.pointOf(ticketId);
        String scope = idemKey == null ? null : "referral:" + ticketId + ":" + idemKey;
        return mutations.run(point, scope, ReferralDto.class, ctx -> {
            TicketRow t = tickets.load(ctx.sql, ticketId);
            if (!p.mayActAt(t.pointId())) {
                throw new Forbidden("ticket of another point");
            }
            if (!t.status().isOpen()) {
                throw new Conflict("illegal-transition", "ticket " + t.number() + " is " + t.status());
            }
            String language = lang != null ? lang : t.language();
            Map<String, String> tx = TEXT.getOrDefault(language, TEXT.get("fi"));
            StringBuilder slip = new StringBuilder();
            slip.append(tx.get("title")).append(" – ").append(t.number()).append('\n');
            String target;
            String qr = publicUrl.isBlank() ? null : publicUrl + "/t/" + t.trackingCode();
            switch (kind) {
                case QUEUE -> {
                    Catalog.Queue q = catalog.queue(r.queueId())
                            .filter(x -> x.pointId().equals(t.pointId()))
                            .orElseThrow(() -> new Invalid("queueId", "no queue " + r.queueId() + " here"));
                    tickets.moveToQueue(ctx, t, q.id(), r.toFront(), instructions);
                    target = q.id();
                    slip.append(
                            String.format(tx.get("queue"), t.number(), q.name().in(language)));
                    emitTicket(ctx, ticketId);
                }
                case REMOTE_ROOM -> {
                    Catalog.Desk room = catalog.desk(r.deskId())
                            .filter(d -> d.pointId().equals(t.pointId())
                                    && !d.queueIds().isEmpty())
                            .orElseThrow(() -> new Invalid("deskId", "no remote room " + r.deskId() + " here"));
                    String queue = room.queueIds().stream()
                            .filter(q -> r.authorityId() != null
                                    && catalog.queue(q)
                                            .map(x -> x.authorityId().equals(r.authorityId()))
                                            .orElse(false))
                            .findFirst()
                            .orElse(room.queueIds().get(0));
                    tickets.moveToQueue(ctx, t, queue, true, instructions);
                    target = room.id();
                    slip.append(String.format(tx.get("room"), room.name().in(language), t.number()));
                    emitTicket(ctx, ticketId);
                }
                case BOOKING -> {
                    var a = catalog.authority(r.authorityId())
                            .orElseThrow(() -> new Invalid("authorityId", "unknown authority"));
                    target = a.id();
                    String contact = catalog.directory(t.pointId()).stream()
                            .filter(d -> d.keywords().stream().anyMatch(k -> k.equalsIgnoreCase(a.id())))
                            .findFirst()
                            .map(d -> describe(d, language))
                            .orElse(a.name().in(language));
                    slip.append(String.format(tx.get("booking"), contact));
                }
                case EXTERNAL_PROVIDER -> {
                    DirectoryEntryDto d = catalog.directory(t.pointId()).stream()
                            .filter(x -> x.id().equals(r.providerId()))
                            .findFirst()
                            .orElseThrow(() -> new Invalid("providerId", "no provider " + r.providerId() + " here"));
                    target = d.id();
                    slip.append(String.format(tx.get("provider"), describe(d, language)));
                    if (d.url() != null) {
                        qr = d.url();
                    }
                }
                default -> throw new IllegalStateException();
            }
            if (instructions != null && !instructions.isBlank()) {
                slip.append('\n').append(String.format(tx.get("instructions"), instructions));
            }
            String id = UUID.randomUUID().toString();
            long now = clock.millis();
            ctx.sql.update(
                    "INSERT INTO referrals (id, ticket_id, point_id, kind, target, slip_text, qr_url, created_at)"
                            + " VALUES (?,?,?,?,?,?,?,?)",
                    id,
                    ticketId,
                    t.pointId(),
                    kind.name(),
                    target,
                    slip.toString(),
                    qr,
                    now);
            return new ReferralDto(id, ticketId, kind.name(), target, slip.toString(), qr, Instant.ofEpochMilli(now));
        });
    }

    private void emitTicket(Mutations.Ctx ctx, String ticketId) throws java.sql.SQLException {
        ctx.emit(EventTypes.TICKET_TRANSFERRED, tickets.toDto(ctx.sql, tickets.load(ctx.sql, ticketId)));
    }

    private static String describe(DirectoryEntryDto d, String language) {
        StringBuilder sb = new StringBuilder(d.title().in(language));
        if (d.body() != null) {
            sb.append(". ").append(d.body().in(language));
        }
        if (d.address() != null) {
            sb.append(", ").append(d.address());
        }
        if (d.phone() != null) {
            sb.append(", ").append(d.phone());
        }
        if (d.url() != null) {
            sb.append(", ").append(d.url());
        }
        return sb.toString();
    }
}
