package fi.luukku.core.api;

/** A configured kind of service event with its nominal duration; prices are in the billing configuration. */
public record ServiceEventTypeDto(String id, LocalizedText name, int nominalMinutes, String shortcut) {}
