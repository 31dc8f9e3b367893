package fi.luukku.service.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.luukku.service.ServiceConfig;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thread that holds a pooled connection never asks for a second one (the tests run strict, so every service
 * test would fail on such a path): when every pooled connection is held by a request that waits for the point
 * lock, the lock's holder would wait out the pool's whole timeout for its second connection.
 */
class NestedConnectionTest {
    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void open() {
        db = new Database(ServiceConfig.of(Map.of("data", dir.toString(), "db.pool", "2")));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aSecondConnectionInsideATransactionOrAReadIsRefusedAtOnce() {
        assertThatThrownBy(() -> db.tx(sql -> db.read(inner -> 1))).hasMessageContaining("second database connection");
        assertThatThrownBy(() -> db.read(sql -> db.tx(inner -> 1))).hasMessageContaining("second database connection");
    }

    @Test
    void connectionsOneAfterAnotherAndAfterAFailureAreFine() {
        Integer one = db.tx(sql -> sql.one("SELECT 1", rs -> rs.getInt(1)).orElseThrow());
        assertThat(one).isEqualTo(1);
        assertThatThrownBy(() -> db.tx(sql -> {
            throw new IllegalArgumentException("boom");
        }));
        Integer two = db.read(sql -> sql.one("SELECT 2", rs -> rs.getInt(1)).orElseThrow());
        assertThat(two).isEqualTo(2);
    }
}
