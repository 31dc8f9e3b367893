package fi.luukku.advisor.search;

import fi.luukku.core.api.LocalizedText;
import java.util.List;

/** One thing an advisor may look up: a service, an authority, a life event, an expert or a support provider. */
public record KnowledgeEntry(
        String kind, String id, LocalizedText title, LocalizedText body, String contact, List<String> keywords) {
    public KnowledgeEntry {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
