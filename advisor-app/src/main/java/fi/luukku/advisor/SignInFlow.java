package fi.luukku.advisor;

import fi.luukku.advisor.console.ConsoleViewModel;
import fi.luukku.advisor.login.LoginViewModel;
import fi.luukku.advisor.service.ServiceGateway;
import fi.luukku.advisor.service.SessionToken;
import fi.luukku.core.concurrent.TaskRunner;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which screen the console shows and what survives a change: sign-in opens the console; an expired session
 * (a 401 from any call or the event stream) shows the sign-in screen again with the same desk chosen while the
 * console, with everything typed, waits behind it and resumes after the next sign-in; Log out ends the session
 * at the service and returns to sign-in. UI thread only.
 */
public final class SignInFlow {
    private static final Logger log = LoggerFactory.getLogger(SignInFlow.class);

    /** What the app does with its window. */
    public interface Screens {
        void showLogin();

        /** {@code fresh}: a new console (build its view); otherwise the one shown before comes back. */
        void showConsole(ConsoleViewModel console, boolean fresh);

        /** The console is finished with (after Log out or a different sign-in). */
        void closeConsole(ConsoleViewModel console);

        /** A supervisor or administrator signed in without a desk: their workspaces without the desk. */
        default void showDeskless(Session session) {}
    }

    private final ServiceGateway gateway;
    private final TaskRunner runner;
    private final SessionToken token;
    private final Function<Session, ConsoleViewModel> consoles;
    private final Screens screens;
    private LoginViewModel login;
    private ConsoleViewModel console;
    private boolean waitingForSignIn;
    private Session deskless;

    public SignInFlow(
            ServiceGateway gateway,
            TaskRunner runner,
            SessionToken token,
            Function<Session, ConsoleViewModel> consoles,
            Screens screens) {
        this.gateway = gateway;
        this.runner = runner;
        this.token = token;
        this.consoles = consoles;
        this.screens = screens;
    }

    public void setLogin(LoginViewModel login) {
        this.login = login;
    }

    public ConsoleViewModel console() {
        return console;
    }

    /** The login screen's callback. */
    public void signedIn(Session session) {
        waitingForSignIn = false;
        deskless = null;
        if (session.desk() == null) {
            if (console != null) {
                ConsoleViewModel old = console;
                console = null;
                old.close();
                screens.closeConsole(old);
            }
            deskless = session;
            screens.showDeskless(session);
            return;
        }
        if (console != null && sameWorkplace(console.session(), session)) {
            console.resume();
            screens.showConsole(console, false);
            return;
        }
        if (console != null) {
            ConsoleViewModel old = console;
            console = null;
            old.close();
            screens.closeConsole(old);
        }
        ConsoleViewModel c = consoles.apply(session);
        c.setOnLogout(this::logout);
        c.link().onSessionExpired(this::sessionExpired);
        console = c;
        screens.showConsole(c, true);
        c.start();
    }

    private static boolean sameWorkplace(Session a, Session b) {
        return Objects.equals(a.username(), b.username())
                && Objects.equals(a.pointId(), b.pointId())
                && Objects.equals(a.deskId(), b.deskId());
    }

    /** The service refused the session's token: sign in again; the console and its drafts wait. */
    public void sessionExpired() {
        if (console == null && deskless != null && !waitingForSignIn) {
            waitingForSignIn = true;
            token.set(null);
            login.sessionExpired(deskless.username(), null);
            screens.showLogin();
            return;
        }
        if (console == null || waitingForSignIn) {
            return;
        }
        log.info(
                "the session of {} ended at the service; asking to sign in again",
                console.session().username());
        waitingForSignIn = true;
        token.set(null);
        console.pause();
        login.sessionExpired(console.session().username(), console.session().deskId());
        screens.showLogin();
    }

    /** Log out: ends the session at the service (best effort) and returns to the sign-in screen. */
    public void logout() {
        if (console == null && deskless == null) {
            return;
        }
        runner.run(
                () -> {
                    gateway.logout();
                    return null;
                },
                ok -> signedOut(),
                e -> {
                    log.info("logging out at the service failed ({}); signed out here anyway", e.getMessage());
                    signedOut();
                });
    }

    private void signedOut() {
        token.set(null);
        ConsoleViewModel c = console;
        console = null;
        deskless = null;
        waitingForSignIn = false;
        if (c != null) {
            c.close();
            screens.closeConsole(c);
        }
        login.signedOut();
        screens.showLogin();
    }
}
