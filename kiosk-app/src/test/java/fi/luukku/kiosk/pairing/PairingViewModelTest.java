package fi.luukku.kiosk.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.concurrent.CurrentThreadTaskRunner;
import fi.luukku.core.device.pairing.DeviceCredential;
import fi.luukku.core.device.pairing.PairingClient;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.service.support.Api;
import fi.luukku.service.testing.TestServer;
import fi.luukku.ui.pairing.PairingViewModel;
import fi.luukku.ui.pairing.PairingViewModel.Status;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pairing screen's logic against the real service, step by step (each scheduled poll is run by the test): a
 * code approved for another point is refused and a new code asked for; a code the service forgot (expired, or the
 * service restarted) is replaced by a new one; an unreachable service is retried.
 */
class PairingViewModelTest {
    static TestServer server;
    static Api api;
    static String admin;

    private final Deque<Runnable> later = new ArrayDeque<>();
    private final List<DeviceCredential> paired = new ArrayList<>();

    @BeforeAll
    static void start() {
        server = TestServer.start();
        api = new Api(server.baseUrl());
        admin = api.post("/api/v1/auth/login", null, Map.of("username", "admin", "password", "demo"))
                .json()
                .path("token")
                .asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private PairingViewModel vm(String base) {
        return new PairingViewModel(
                new PairingClient(HttpUrl.get(base), LuukkuClient.defaultHttpClient(), JsonMapper.create()),
                new CurrentThreadTaskRunner(),
                (delay, action) -> later.add(action),
                "test kiosk",
                "mikkeli",
                Duration.ofMillis(1),
                paired::add);
    }

    private void runNext() {
        later.removeFirst().run();
    }

    @Test
    void aCodeApprovedForAnotherPointIsRefusedAndANewCodeShown() {
        PairingViewModel vm = vm(server.baseUrl());
        vm.start();
        assertThat(vm.statusProperty().get()).isEqualTo(Status.WAITING);
        String code = vm.codeProperty().get();
        runNext(); // a poll: nobody has approved yet
        assertThat(vm.statusProperty().get()).isEqualTo(Status.WAITING);
        assertThat(api.post(
                                "/api/v1/admin/pairing/" + code + "/approve",
                                admin,
                                Map.of("point", "kiiminki", "role", "KIOSK", "name", "wrong"))
                        .status())
                .isEqualTo(200);
        runNext();
        assertThat(vm.statusProperty().get()).isEqualTo(Status.WRONG_POINT);
        assertThat(paired).isEmpty();
        runNext(); // asks again
        assertThat(vm.codeProperty().get()).isNotEqualTo(code).matches("[A-Z0-9]{6}");
        assertThat(api.post(
                                "/api/v1/admin/pairing/" + vm.codeProperty().get() + "/approve",
                                admin,
                                Map.of("point", "mikkeli", "role", "KIOSK", "name", "right"))
                        .status())
                .isEqualTo(200);
        runNext();
        assertThat(vm.statusProperty().get()).isEqualTo(Status.PAIRED);
        assertThat(paired).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("right@mikkeli");
            assertThat(c.point()).isEqualTo("mikkeli");
        });
        assertThat(later).isEmpty(); // done: no more polling
    }

    @Test
    void aCodeOutlivesAServiceRestartAndAnUnreachableServiceIsRetried() {
        PairingViewModel down = vm("http://127.0.0.1:1");
        down.start();
        assertThat(down.statusProperty().get()).isEqualTo(Status.UNREACHABLE);
        assertThat(later).hasSize(1); // retried later
        later.clear();

        PairingViewModel vm = vm(server.baseUrl());
        vm.start();
        String code = vm.codeProperty().get();
        server.restart(); // pending codes are kept in the database: the code on the screen stays valid
        runNext();
        assertThat(vm.codeProperty().get()).isEqualTo(code);
        assertThat(vm.statusProperty().get()).isEqualTo(Status.WAITING);
        vm.stop();
        runNext();
        assertThat(paired).isEmpty();
    }
}
