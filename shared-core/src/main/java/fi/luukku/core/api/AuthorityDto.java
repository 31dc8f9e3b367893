package fi.luukku.core.api;

/** An authority present at a point (Kela, Police, Tax…) or general advice. */
public record AuthorityDto(String id, LocalizedText name, String shortName) {}
