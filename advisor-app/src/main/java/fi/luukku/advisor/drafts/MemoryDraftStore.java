package fi.luukku.advisor.drafts;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Drafts in memory only (tests, and when no data directory can be written). */
public final class MemoryDraftStore implements DraftStore {
    private final Map<String, VisitDraft> drafts = new ConcurrentHashMap<>();

    @Override
    public Optional<VisitDraft> load(String ticketId) {
        return Optional.ofNullable(drafts.get(ticketId));
    }

    @Override
    public void save(VisitDraft draft) {
        drafts.put(draft.ticketId(), draft);
    }

    @Override
    public void delete(String ticketId) {
        drafts.remove(ticketId);
    }
}
