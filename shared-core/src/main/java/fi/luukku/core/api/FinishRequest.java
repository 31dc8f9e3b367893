package fi.luukku.core.api;

import java.util.List;

/** Closes a visit with its outcome, the advisor's 1–5 assessment and the service events recorded. */
public record FinishRequest(String outcome, Integer assessment, List<ServiceEventDto> serviceEvents, String notes) {}
