package fi.luukku.core.api;

import java.util.List;

/** A place a ticket is called to: counter, meeting room or remote-service room. */
public record DeskDto(String id, String pointId, LocalizedText name, String kind, List<String> queueIds) {}
