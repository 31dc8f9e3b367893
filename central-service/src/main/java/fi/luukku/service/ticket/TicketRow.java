package fi.luukku.service.ticket;

import fi.luukku.core.domain.TicketStatus;
import fi.luukku.service.db.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** One row of the tickets table. */
public record TicketRow(
        String id,
        String pointId,
        String day,
        String number,
        String queueId,
        String serviceId,
        TicketStatus status,
        String deskId,
        String language,
        List<String> specialNeeds,
        String interpreterLanguage,
        long issuedAt,
        long sortAt,
        Long calledAt,
        Long startedAt,
        Long finishedAt,
        int recalls,
        String trackingCode,
        String appointmentId,
        Long dueAt,
        boolean priority,
        int passedBy,
        List<String> plan,
        String triage,
        String notes,
        String outcome,
        Integer assessment,
        String servedBy) {

    static final String COLUMNS = "id, point_id, ticket_day, number, queue_id, service_id, status, desk_id, language,"
            + " special_needs, interpreter_language, issued_at, sort_at, called_at, started_at, finished_at, recalls,"
            + " tracking_code, appointment_id, due_at, priority, passed_by, plan, triage, notes, outcome, assessment,"
            + " served_by";

    static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split(","));
    }

    static TicketRow map(ResultSet rs) throws SQLException {
        return new TicketRow(
                rs.getString("id"),
                rs.getString("point_id"),
                rs.getString("ticket_day"),
                rs.getString("number"),
                rs.getString("queue_id"),
                rs.getString("service_id"),
                TicketStatus.valueOf(rs.getString("status")),
                rs.getString("desk_id"),
                rs.getString("language"),
                split(rs.getString("special_needs")),
                rs.getString("interpreter_language"),
                rs.getLong("issued_at"),
                rs.getLong("sort_at"),
                Sql.getLong(rs, "called_at"),
                Sql.getLong(rs, "started_at"),
                Sql.getLong(rs, "finished_at"),
                rs.getInt("recalls"),
                rs.getString("tracking_code"),
                rs.getString("appointment_id"),
                Sql.getLong(rs, "due_at"),
                rs.getBoolean("priority"),
                rs.getInt("passed_by"),
                split(rs.getString("plan")),
                rs.getString("triage"),
                rs.getString("notes"),
                rs.getString("outcome"),
                Sql.getInt(rs, "assessment"),
                rs.getString("served_by"));
    }
}
