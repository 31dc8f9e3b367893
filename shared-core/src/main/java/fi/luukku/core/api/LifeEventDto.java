package fi.luukku.core.api;

/** A life event shown on the kiosk (moving, losing a job…) that leads to a service. */
public record LifeEventDto(String id, LocalizedText name, String serviceId, String icon) {}
