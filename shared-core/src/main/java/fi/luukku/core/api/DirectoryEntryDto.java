package fi.luukku.core.api;

import java.util.List;

/**
 * An entry of the point's knowledge directory: an expert contact, a digital-support provider, a service or
 * authority description. Drives the advisor's knowledge search and external referrals.
 */
public record DirectoryEntryDto(
        String id,
        String kind,
        LocalizedText title,
        LocalizedText body,
        String phone,
        String email,
        String url,
        String address,
        List<String> keywords) {}
