package fi.luukku.core.api;

import java.util.List;

/**
 * A service point. {@code languages} are the language codes its screens rotate through, the first being the
 * point's own. {@code publicUrl} is the address a citizen's phone reaches the point's pages at (the ticket's QR
 * and printed link); null when not configured, and then the kiosk falls back to its own service address.
 */
public record PointDto(
        String id,
        LocalizedText name,
        String municipality,
        String address,
        List<String> languages,
        List<String> authorityIds,
        String timeZone,
        String publicUrl) {

    /** A point without a public URL. */
    public PointDto(
            String id,
            LocalizedText name,
            String municipality,
            String address,
            List<String> languages,
            List<String> authorityIds,
            String timeZone) {
        this(id, name, municipality, address, languages, authorityIds, timeZone, null);
    }
}
