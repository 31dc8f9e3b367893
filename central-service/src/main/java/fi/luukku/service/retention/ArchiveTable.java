package fi.luukku.service.retention;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A live table the retention job archives month by month ({@code retention.archiveAfterMonths.<key>}), the time
 * column that places a row in its month (indexed, V8), and the tables whose rows belong to its rows and go with
 * them (by {@code ticket_id}).
 */
public enum ArchiveTable {
    TICKETS("tickets", "tickets", "issued_at", List.of("service_events", "referrals")),
    FEEDBACK("feedback", "feedback", "received_at", List.of()),
    HELP_REQUESTS("helpRequests", "help_requests", "requested_at", List.of()),
    INCIDENTS("incidents", "incidents", "occurred_at", List.of()),
    APPOINTMENTS("appointments", "appointments", "starts_at", List.of());

    /** The configuration key prefix; the table's key is this plus {@link #key}. */
    public static final String KEY_PREFIX = "retention.archiveAfterMonths.";

    final String key;
    final String table;
    final String timeColumn;
    /** Child tables, deleted before and restored after the table's own rows. */
    final List<String> children;

    ArchiveTable(String key, String table, String timeColumn, List<String> children) {
        this.key = key;
        this.table = table;
        this.timeColumn = timeColumn;
        this.children = children;
    }

    public String configKey() {
        return KEY_PREFIX + key;
    }

    public String tableName() {
        return table;
    }

    /** The table by its database name ({@code help_requests}) or its key ({@code helpRequests}). */
    public static ArchiveTable of(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> t.table.equals(n) || t.key.toLowerCase(Locale.ROOT).equals(n))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no archived table '" + name + "'; one of "
                        + Arrays.stream(values()).map(t -> t.table).toList()));
    }
}
