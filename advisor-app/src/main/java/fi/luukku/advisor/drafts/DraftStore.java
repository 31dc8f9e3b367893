package fi.luukku.advisor.drafts;

import java.util.Optional;

/** Where visit drafts live until the service has them. */
public interface DraftStore {
    Optional<VisitDraft> load(String ticketId);

    void save(VisitDraft draft);

    void delete(String ticketId);
}
