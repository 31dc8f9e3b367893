package fi.luukku.core.kiosk;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps the last catalog fetched from the service in a JSON file (written atomically). */
public final class CatalogCache {
    private static final Logger log = LoggerFactory.getLogger(CatalogCache.class);

    private final Path file;
    private final ObjectMapper mapper;

    public CatalogCache(Path directory, ObjectMapper mapper) {
        this.file = directory.resolve("kiosk-catalog.json");
        this.mapper = mapper;
    }

    public void save(KioskCatalog catalog) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, mapper.writeValueAsBytes(catalog));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("cannot cache the catalog in {}", file, e);
        }
    }

    public Optional<KioskCatalog> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readValue(file.toFile(), KioskCatalog.class));
        } catch (IOException e) {
            log.warn("cannot read the cached catalog {}", file, e);
            return Optional.empty();
        }
    }
}
