package fi.luukku.core.api;

import java.time.Instant;
import java.util.List;

/**
 * Asks for a new ticket. {@code plan} optionally lists further queue ids for a service chain. The {@code
 * offline*} fields are set only when a kiosk syncs a ticket it issued from its reserved block while offline.
 */
public record IssueTicketRequest(
        String serviceId,
        String language,
        List<String> specialNeeds,
        String interpreterLanguage,
        List<String> plan,
        String kioskId,
        String offlineNumber,
        Instant offlineIssuedAt) {

    public static IssueTicketRequest online(String serviceId, String language, List<String> specialNeeds) {
        return new IssueTicketRequest(serviceId, language, specialNeeds, null, null, null, null, null);
    }
}
