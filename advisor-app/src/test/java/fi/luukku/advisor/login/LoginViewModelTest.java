package fi.luukku.advisor.login;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.advisor.Session;
import fi.luukku.advisor.Texts;
import fi.luukku.advisor.service.SessionToken;
import fi.luukku.advisor.testing.FakeService;
import fi.luukku.core.concurrent.CurrentThreadTaskRunner;
import fi.luukku.core.domain.Role;
import fi.luukku.core.i18n.Language;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LoginViewModelTest {
    private final FakeService service =
            new FakeService(new FakeService.MutableClock(Instant.parse("2026-11-20T08:00:00Z")));
    private final SessionToken token = new SessionToken(null);
    private final AtomicReference<Session> session = new AtomicReference<>();
    private final LoginViewModel vm = new LoginViewModel(
            service, new CurrentThreadTaskRunner(), token, Texts.of(Language.EN), FakeService.POINT, session::set);

    @Test
    void signsInAtTheChosenDeskWithTheRoleFromTheService() {
        vm.loadDesks();
        assertThat(vm.desks()).hasSize(3);
        vm.preferDesk("desk-2");
        vm.usernameProperty().set("advisor1");
        vm.passwordProperty().set("demo");
        vm.login();

        assertThat(session.get().deskId()).isEqualTo("desk-2");
        assertThat(session.get().role()).isEqualTo(Role.ADVISOR);
        assertThat(token.get()).isEqualTo("token-advisor1");
    }

    @Test
    void aDeskNamedBeforeTheListArrivedIsChosenWhenItDoes() {
        vm.preferDesk("room-1");
        vm.usernameProperty().set("advisor1");
        vm.passwordProperty().set("demo");
        vm.login();
        assertThat(session.get().deskId()).isEqualTo("room-1");
    }

    @Test
    void withoutADeskTheAdvisorIsAskedToChooseOne() {
        vm.usernameProperty().set("advisor1");
        vm.passwordProperty().set("demo");
        vm.login();
        assertThat(session.get()).isNull();
        assertThat(vm.hintProperty().get()).isEqualTo("Signed in. Choose your desk and press Sign in again.");
        vm.deskProperty().set(vm.desks().get(0));
        vm.login();
        assertThat(session.get().deskId()).isEqualTo("desk-1");
    }

    @Test
    void wrongPasswordIsSaidPlainly() {
        vm.usernameProperty().set("advisor1");
        vm.passwordProperty().set("wrong");
        vm.login();
        assertThat(vm.errorProperty().get()).isEqualTo("Wrong username or password.");
        assertThat(token.get()).isNull();
    }

    @Test
    void aDeviceAccountCannotUseTheConsole() {
        vm.loadDesks();
        vm.deskProperty().set(vm.desks().get(0));
        vm.usernameProperty().set("kiosk-mikkeli");
        vm.passwordProperty().set("demo");
        vm.login();
        assertThat(session.get()).isNull();
        assertThat(vm.errorProperty().get()).contains("not a staff account");
    }

    @Test
    void anUnreachableServiceIsSaid() {
        service.setDown(true);
        vm.loadDesks();
        assertThat(vm.errorProperty().get()).isEqualTo("The central service cannot be reached right now.");
        vm.usernameProperty().set("advisor1");
        vm.passwordProperty().set("demo");
        vm.login();
        assertThat(vm.errorProperty().get()).isEqualTo("Sign in: The central service cannot be reached right now.");
    }

    @Test
    void signInNeedsNameAndPassword() {
        assertThat(vm.canLogin().get()).isFalse();
        vm.usernameProperty().set("advisor1");
        assertThat(vm.canLogin().get()).isFalse();
        vm.passwordProperty().set("demo");
        assertThat(vm.canLogin().get()).isTrue();
    }
}
