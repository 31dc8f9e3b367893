package fi.luukku.advisor.drafts;

import fi.luukku.core.api.TriageDto;
import java.util.List;

/**
 * What the advisor typed or ticked for one visit and has not yet had accepted by the service: kept in the view
 * model and in a small local file, so that a lost connection or a crash loses nothing.
 */
public record VisitDraft(String ticketId, TriageDto triage, boolean triageDirty, List<RecordedEvent> events) {
    public VisitDraft {
        events = events == null ? List.of() : List.copyOf(events);
    }
}
