package fi.luukku.core.api;

/** Body of a new help request: which device asks and where it stands. */
public record HelpRequestCreate(String source, String location, String language) {}
