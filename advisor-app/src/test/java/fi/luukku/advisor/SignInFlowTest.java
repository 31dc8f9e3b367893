package fi.luukku.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.advisor.console.ConsoleViewModel;
import fi.luukku.advisor.drafts.DraftStore;
import fi.luukku.advisor.drafts.MemoryDraftStore;
import fi.luukku.advisor.live.LiveLink;
import fi.luukku.advisor.live.PointState;
import fi.luukku.advisor.login.LoginViewModel;
import fi.luukku.advisor.service.SessionToken;
import fi.luukku.advisor.testing.FakeService;
import fi.luukku.advisor.testing.ManualDelayer;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.concurrent.CurrentThreadTaskRunner;
import fi.luukku.core.i18n.Language;
import fi.luukku.core.json.JsonMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An expired session brings sign-in back without losing the console; Log out ends the session. */
class SignInFlowTest {
    private final FakeService.MutableClock clock = new FakeService.MutableClock(Instant.parse("2026-11-20T08:00:00Z"));
    private final FakeService service = new FakeService(clock);
    private final CurrentThreadTaskRunner runner = new CurrentThreadTaskRunner();
    private final SessionToken token = new SessionToken(null);
    private final DraftStore drafts = new MemoryDraftStore();
    private final Texts texts = Texts.of(Language.EN);
    private final List<String> screens = new ArrayList<>();
    private final List<ConsoleViewModel> built = new ArrayList<>();
    private final SignInFlow flow = new SignInFlow(
            service,
            runner,
            token,
            session -> {
                LiveLink link = new LiveLink(
                        service,
                        runner,
                        new ManualDelayer(),
                        new PointState(JsonMapper.create()),
                        session.pointId(),
                        Duration.ofSeconds(2));
                ConsoleViewModel c = new ConsoleViewModel(
                        session, texts, service, runner, link, drafts, () -> {}, clock, login().pointName());
                built.add(c);
                return c;
            },
            new SignInFlow.Screens() {
                @Override
                public void showLogin() {
                    screens.add("login");
                }

                @Override
                public void showConsole(ConsoleViewModel console, boolean fresh) {
                    screens.add(fresh ? "new console" : "same console");
                }

                @Override
                public void closeConsole(ConsoleViewModel console) {
                    screens.add("closed");
                }
            });
    private final LoginViewModel login =
            new LoginViewModel(service, runner, token, texts, FakeService.POINT, flow::signedIn);

    {
        flow.setLogin(login);
    }

    private LoginViewModel login() {
        return login;
    }

    private void signIn(String user) {
        login.usernameProperty().set(user);
        login.passwordProperty().set("demo");
        login.login();
    }

    @Test
    void a401ShowsSignInAtTheSameDeskAndTheConsoleResumesWithWhatItHeld() {
        login.loadDesks();
        login.preferDesk("desk-2");
        signIn("advisor1");
        assertThat(screens).containsExactly("new console");
        ConsoleViewModel console = flow.console();
        TicketDto t = service.issue("q-neuvonta", "fi", List.of());
        console.desk().callNext();
        console.desk().triage().notesProperty().set("typed before the session ended");
        long snapshotsBefore = service.calls.stream().filter("snapshot"::equals).count();

        service.failNext(401, "token expired");
        console.desk().recall();

        assertThat(screens).containsExactly("new console", "login");
        assertThat(token.get()).isNull();
        assertThat(login.deskProperty().get().id()).isEqualTo("desk-2");
        assertThat(login.usernameProperty().get()).isEqualTo("advisor1");
        assertThat(login.errorProperty().get()).isEqualTo(texts.get("login.sessionExpired"));

        login.passwordProperty().set("demo");
        login.login();

        assertThat(screens).containsExactly("new console", "login", "same console");
        assertThat(flow.console()).isSameAs(console);
        assertThat(built).hasSize(1);
        assertThat(console.desk().current().id()).isEqualTo(t.id());
        assertThat(console.desk().triage().notesProperty().get()).isEqualTo("typed before the session ended");
        assertThat(service.streamCount())
                .as("the old stream closed, a new one open")
                .isEqualTo(1);
        assertThat(service.calls.stream().filter("snapshot"::equals).count())
                .as("what changed meanwhile is reloaded")
                .isGreaterThan(snapshotsBefore);
        assertThat(console.link().isOnline()).isTrue();
    }

    @Test
    void logOutEndsTheSessionAtTheServiceAndReturnsToSignIn() {
        login.loadDesks();
        login.preferDesk("desk-1");
        signIn("advisor1");
        ConsoleViewModel console = flow.console();

        console.logout();

        assertThat(service.calls).contains("logout");
        assertThat(token.get()).isNull();
        assertThat(screens).containsExactly("new console", "closed", "login");
        assertThat(login.hintProperty().get()).isEqualTo(texts.get("login.signedOut"));
        assertThat(login.passwordProperty().get()).isEmpty();

        signIn("advisor2");
        assertThat(screens).containsExactly("new console", "closed", "login", "new console");
        assertThat(flow.console()).isNotSameAs(console);
        assertThat(flow.console().session().username()).isEqualTo("advisor2");
    }

    @Test
    void theLoginScreenShowsThePointsNameOnceTheServiceTellsIt() {
        login.loadPointName();
        assertThat(login.pointNameProperty().get())
                .as("the point's details need a signed-in caller: the id before")
                .isEqualTo(FakeService.POINT);
        login.loadDesks();
        login.preferDesk("desk-1");
        signIn("advisor1");
        assertThat(login.pointNameProperty().get()).isEqualTo("Mikkeli service point");
        assertThat(built.get(0).referral()).isNotNull();

        Texts fi = Texts.of(Language.FI);
        LoginViewModel finnish = new LoginViewModel(service, runner, token, fi, FakeService.POINT, s -> {});
        finnish.loadPointName(); // signed in now: the service answers
        assertThat(finnish.pointNameProperty().get()).isEqualTo("Mikkelin palvelupiste");
    }
}
