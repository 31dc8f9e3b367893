package fi.luukku.service.admin;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.service.LuukkuServer;
import fi.luukku.service.ServiceConfig;
import fi.luukku.service.cli.LuukkuCli;
import fi.luukku.service.support.Api;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstRunTest {
    @TempDir
    Path dir;

    private LuukkuServer start() {
        return new LuukkuServer(ServiceConfig.of(Map.of(
                        "port",
                        "0",
                        "host",
                        "127.0.0.1",
                        "data",
                        dir.resolve("db").toString())))
                .start();
    }

    @Test
    void anEmptyServiceHasNoAdministratorUntilTheFirstRunCommandCreatesOne() throws Exception {
        LuukkuServer server = start();
        try {
            assertThat(new FirstAdmin(server.database()).administrators()).isZero();
            assertThat(new Api(server.baseUrl())
                            .post("/api/v1/auth/login", null, "{\"username\":\"admin\",\"password\":\"demo\"}")
                            .status())
                    .isEqualTo(401);
        } finally {
            server.stop();
        }
        Path weak = Files.writeString(dir.resolve("weak"), "short\n");
        assertThat(LuukkuCli.run(
                        "admin", "init", "--data", dir.resolve("db").toString(), "--password-file", weak.toString()))
                .isNotZero();
        Path pw = Files.writeString(dir.resolve("pw"), "correct horse battery\n");
        assertThat(LuukkuCli.run(
                        "admin",
                        "init",
                        "--data",
                        dir.resolve("db").toString(),
                        "--user",
                        "root",
                        "--password-file",
                        pw.toString()))
                .isZero();
        // a second run does not silently add another administrator
        assertThat(LuukkuCli.run(
                        "admin", "init", "--data", dir.resolve("db").toString(), "--password-file", pw.toString()))
                .isEqualTo(1);
        server = start();
        try {
            Api.Resp r = new Api(server.baseUrl())
                    .post("/api/v1/auth/login", null, "{\"username\":\"root\",\"password\":\"correct horse battery\"}");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().path("role").asText()).isEqualTo("ADMIN");
        } finally {
            server.stop();
        }
    }
}
