package fi.luukku.core.durable;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes that survive a killed process and a power cut: the bytes go to a temporary file in the same folder, are
 * forced to the device, and the file is then renamed over the target in one step, so a reader sees either the old
 * or the new content, never a torn one. Also names the H2 URL every local store uses.
 */
public final class DurableFiles {
    private DurableFiles() {}

    /**
     * An embedded H2 database at {@code base} (without {@code .mv.db}) that writes every commit to the file before
     * the commit returns ({@code WRITE_DELAY=0}); {@code retry:} reopens the file channel when a writing thread is
     * interrupted instead of closing the database.
     */
    public static String h2Url(Path base) {
        return "jdbc:h2:retry:" + base.toAbsolutePath().toString().replace('\\', '/') + ";WRITE_DELAY=0";
    }

    /** Replaces {@code target} with {@code bytes} atomically and durably. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
        try {
            try (FileChannel ch =
                    FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        syncDirectory(dir);
    }

    /** Forces a folder's entries (a rename) to the device where the platform allows it (not on Windows). */
    static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself
        }
    }
}
