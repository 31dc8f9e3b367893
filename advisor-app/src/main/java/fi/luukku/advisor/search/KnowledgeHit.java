package fi.luukku.advisor.search;

/** A search result, already in the advisor's language. */
public record KnowledgeHit(String kind, String id, String title, String body, String contact, float score) {}
