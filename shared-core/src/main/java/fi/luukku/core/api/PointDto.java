package fi.luukku.core.api;

import java.util.List;

/** A service point. {@code languages} are the language codes its screens rotate through. */
public record PointDto(
        String id,
        LocalizedText name,
        String municipality,
        String address,
        List<String> languages,
        List<String> authorityIds,
        String timeZone) {}
