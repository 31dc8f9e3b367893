package fi.luukku.service.ticket;

import fi.luukku.core.domain.Role;
import fi.luukku.service.auth.Principal;
import fi.luukku.service.error.Forbidden;
import fi.luukku.service.point.Catalog;

/** Who may read or act on a ticket. */
final class TicketAccess {
    private final Catalog catalog;

    TicketAccess(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The caller belongs to the ticket's point (admins everywhere). */
    void requireAt(Principal p, TicketRow t) {
        if (!p.mayActAt(t.pointId())) {
            throw new Forbidden("ticket " + t.id() + " belongs to another point");
        }
    }

    /** Staff may act on a ticket at their point; an authority expert only in their own authority's queues. */
    void requireActor(Principal p, TicketRow t) {
        requireAt(p, t);
        if (p.role() == Role.AUTHORITY_EXPERT) {
            String a =
                    catalog.queue(t.queueId()).map(Catalog.Queue::authorityId).orElse(null);
            if (a == null || !a.equals(p.authorityId())) {
                throw new Forbidden("an authority expert may act only in their own authority's queues");
            }
        }
    }
}
