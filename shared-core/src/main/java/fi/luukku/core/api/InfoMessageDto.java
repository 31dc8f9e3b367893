package fi.luukku.core.api;

/** A line the staff want on the wall display. */
public record InfoMessageDto(String id, LocalizedText text, int order) {}
