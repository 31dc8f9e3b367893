package fi.luukku.core.api;

import java.time.Instant;
import java.util.List;

/** A booked time with an authority, created by a booking system; checked in at the kiosk by booking code. */
public record AppointmentDto(
        String id,
        String pointId,
        String authorityId,
        String queueId,
        Instant startsAt,
        String bookingCode,
        List<String> specialNeeds,
        String status,
        String ticketId) {}
