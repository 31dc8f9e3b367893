package fi.luukku.service.report;

/** The raw rows a report is computed from (nothing personal: no notes, no triage text, no comment text). */
final class Rows {
    private Rows() {}

    /**
     * One ticket. Wait = called - issued (seconds) when called; service = finished - started when finished.
     *
     * @param supportLevel and lifeEventId: from the advisor's triage, when given
     */
    record Ticket(
            String id,
            String pointId,
            String day,
            String queueId,
            String status,
            long issuedAt,
            Integer waitSeconds,
            Integer serviceSeconds,
            String outcome,
            Integer assessment,
            Integer supportLevel,
            String lifeEventId) {}

    /** One feedback answer; only whether a comment was written, never its text. */
    record Feedback(
            String pointId,
            long answeredAt,
            String authorityId,
            Integer rating,
            boolean hasComment,
            String outcome,
            Boolean couldDoAlone,
            String notAloneReason,
            Integer perceivedSafety) {}

    /** One recorded service event. */
    record Event(String pointId, String ticketId, String authorityId, String typeId, int count, long recordedAt) {}

    /** One incident. */
    record Incident(String pointId, String category, int severity, boolean resolved, long occurredAt) {}

    /** One referral. */
    record Referral(String pointId, String kind, String target, long createdAt) {}

    /** One opening-hours row: a weekly pattern (weekday 1..7) or an exception on a date. */
    record Hours(
            String pointId,
            String authorityId,
            Integer weekday,
            String onDate,
            String opens,
            String closes,
            boolean closed) {}
}
