package fi.luukku.service.retention;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The archive files under the service's data folder: {@code archive/<table>/<yyyy-MM>.jsonl.gz}, one JSON object
 * per row (column name to value). A file is written to a temporary name, forced to the device and renamed in one
 * step, so a file under its real name is always complete.
 */
final class ArchiveFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> ROW = new TypeReference<>() {};

    private final Path root;

    ArchiveFiles(Path root) {
        this.root = root;
    }

    Path path(String table, YearMonth month) {
        return root.resolve(table).resolve(month + ".jsonl.gz");
    }

    boolean exists(String table, YearMonth month) {
        return Files.isRegularFile(path(table, month));
    }

    /** Receives the rows of a file a chunk at a time. */
    @FunctionalInterface
    interface Chunks {
        void accept(List<Map<String, Object>> rows) throws IOException;
    }

    /** Reads a complete archive file in chunks of at most {@code size} rows. */
    void read(String table, YearMonth month, int size, Chunks chunks) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(path(table, month))), StandardCharsets.UTF_8))) {
            List<Map<String, Object>> chunk = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                chunk.add(JSON.readValue(line, ROW));
                if (chunk.size() == size) {
                    chunks.accept(chunk);
                    chunk = new ArrayList<>();
                }
            }
            if (!chunk.isEmpty()) {
                chunks.accept(chunk);
            }
        }
    }

    /** One database row as column name to value (numbers, booleans, text or null). */
    static Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            Object v =
                    switch (md.getColumnType(i)) {
                        case Types.BIGINT -> rs.getLong(i);
                        case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> rs.getInt(i);
                        case Types.BOOLEAN, Types.BIT -> rs.getBoolean(i);
                        default -> rs.getString(i);
                    };
            row.put(md.getColumnLabel(i).toLowerCase(Locale.ROOT), rs.wasNull() ? null : v);
        }
        return row;
    }

    Writer writer(String table, YearMonth month) throws IOException {
        return new Writer(path(table, month));
    }

    /** A file being written; {@link #commit} makes it durable under its real name, closing without it drops it. */
    static final class Writer implements AutoCloseable {
        private final Path target;
        private final Path tmp;
        private final FileOutputStream file;
        private final BufferedWriter out;
        private final Set<String> ids = new HashSet<>();
        private long rows;
        private boolean committed;

        private Writer(Path target) throws IOException {
            this.target = target;
            Files.createDirectories(target.getParent());
            this.tmp = target.resolveSibling(target.getFileName() + ".tmp");
            this.file = new FileOutputStream(tmp.toFile());
            this.out = new BufferedWriter(
                    new OutputStreamWriter(new GZIPOutputStream(file, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
        }

        void write(Map<String, Object> row) throws IOException {
            out.write(JSON.writeValueAsString(row));
            out.write('\n');
            ids.add(String.valueOf(row.get("id")));
            rows++;
        }

        /** Whether a row with this id is in the file already. */
        boolean has(String id) {
            return ids.contains(id);
        }

        long rows() {
            return rows;
        }

        /** Finishes the file, forces it to the device, renames it over any older copy and forces the folder. */
        void commit() throws IOException {
            out.flush();
            out.close(); // finishes the gzip trailer; the FileOutputStream's descriptor is closed with it
            // reopen to force: closing a stream does not force, and the descriptor is gone
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(target.getParent());
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                try {
                    out.close();
                } finally {
                    file.close();
                    Files.deleteIfExists(tmp);
                }
            }
        }
    }

    /** Forces a folder's entries (the rename) to the device where the platform allows it (not on Windows). */
    private static void forceFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself
        }
    }
}
