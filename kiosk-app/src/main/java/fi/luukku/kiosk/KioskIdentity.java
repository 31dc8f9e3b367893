package fi.luukku.kiosk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The kiosk's id, which names its offline number block at the service: the configured {@code --kiosk-id}, or
 * one made up at random on the first start and kept in the data directory, so two kiosks of a point never
 * share a block by accident and a kiosk keeps its id across restarts.
 */
public final class KioskIdentity {
    static final String FILE = "kiosk-id";

    private KioskIdentity() {}

    /** The configured id when given, otherwise the id stored in {@code dataDir} (created on first use). */
    public static String resolve(String configured, Path dataDir) {
        if (configured != null) {
            return configured;
        }
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                String stored = Files.readString(file, StandardCharsets.UTF_8).trim();
                if (stored.matches("[A-Za-z0-9_.-]{1,64}")) {
                    return stored;
                }
            }
            byte[] random = new byte[5];
            new SecureRandom().nextBytes(random);
            String id = "kiosk-" + HexFormat.of().formatHex(random);
            Files.createDirectories(dataDir);
            Path tmp = Files.createTempFile(dataDir, FILE, ".tmp");
            Files.writeString(tmp, id + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or store the kiosk id in " + file, e);
        }
    }
}
