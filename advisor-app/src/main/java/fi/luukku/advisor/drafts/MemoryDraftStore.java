package fi.luukku.advisor.drafts;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Drafts in memory only (tests, and when no data directory can be written). */
public final class MemoryDraftStore implements DraftStore {
    private final Map<String, VisitDraft> drafts = new ConcurrentHashMap<>();
    private final Map<String, String> texts = new ConcurrentHashMap<>();

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
        texts.remove(DraftStore.referralText(ticketId));
    }

    @Override
    public Optional<String> loadText(String name) {
        return Optional.ofNullable(texts.get(name));
    }

    @Override
    public void saveText(String name, String text) {
        if (text == null || text.isBlank()) {
            texts.remove(name);
        } else {
            texts.put(name, text);
        }
    }

    @Override
    public void deleteText(String name) {
        texts.remove(name);
    }
}
