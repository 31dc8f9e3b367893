package fi.luukku.advisor;

import fi.luukku.advisor.console.ConsoleView;
import fi.luukku.advisor.console.ConsoleViewModel;
import fi.luukku.advisor.drafts.FileDraftStore;
import fi.luukku.advisor.drafts.LocalDataPurge;
import fi.luukku.advisor.help.AlertSound;
import fi.luukku.advisor.help.ToneAlertSound;
import fi.luukku.advisor.live.LiveLink;
import fi.luukku.advisor.live.PointState;
import fi.luukku.advisor.live.ScheduledDelayer;
import fi.luukku.advisor.login.LoginView;
import fi.luukku.advisor.login.LoginViewModel;
import fi.luukku.advisor.referral.SlipOutput;
import fi.luukku.advisor.reports.FxSaveFileChooser;
import fi.luukku.advisor.reports.ReportsWorkspace;
import fi.luukku.advisor.service.HttpServiceGateway;
import fi.luukku.advisor.service.ServiceGateway;
import fi.luukku.advisor.service.SessionExpiryWatch;
import fi.luukku.advisor.service.SessionToken;
import fi.luukku.advisor.workspace.StaffWorkspaces;
import fi.luukku.advisor.workspace.Workspaces;
import fi.luukku.core.api.AdminClient;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.ui.FxTaskRunner;
import fi.luukku.ui.Theme;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The advisor app's composition root: builds the object graph once and swaps the login and console screens. */
public class AdvisorApp extends Application {
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private AdvisorSettings settings;
    private FxTaskRunner runner;
    private ScheduledDelayer delayer;
    private ToneAlertSound tone;
    private SignInFlow flow;
    private ConsoleView consoleView;
    private Scene consoleScene;
    private LocalDataPurge purge;

    @Override
    public void start(Stage stage) {
        settings = AdvisorSettings.parse(getParameters().getRaw().toArray(String[]::new));
        var options = settings.options();
        Texts texts = Texts.of(settings.language());
        var mapper = JsonMapper.create();
        SessionToken token = new SessionToken(options.token());
        java.util.concurrent.atomic.AtomicReference<Runnable> sessionWatch =
                new java.util.concurrent.atomic.AtomicReference<>(() -> {});
        var http = LuukkuClient.defaultHttpClient()
                .newBuilder()
                .addInterceptor(new SessionExpiryWatch(() -> sessionWatch.get().run()))
                .build();
        LuukkuClient client = new LuukkuClient(options.server(), token, http, mapper);
        ServiceGateway gateway = new HttpServiceGateway(client, token);
        runner = new FxTaskRunner("advisor");
        delayer = new ScheduledDelayer();
        AlertSound sound = settings.sound() ? (tone = new ToneAlertSound()) : AlertSound.SILENT;
        Clock clock = Clock.system(HELSINKI);

        purge = new LocalDataPurge(
                java.util.List.of(
                        options.dataDir().resolve("drafts"), options.dataDir().resolve("slips")),
                clock,
                runner,
                delayer);
        purge.start();
        Theme.install(false);
        SlipOutput slips = new SlipOutput(options.dataDir(), HELSINKI, runner);
        FileDraftStore drafts = new FileDraftStore(options.dataDir(), mapper);
        // the staff app's workspaces (desk, management, reports) by role; the Reports workspace goes into its slot
        StaffWorkspaces workspaces =
                new StaffWorkspaces(new AdminClient(client), runner, settings.language(), HELSINKI);
        workspaces.setReports(s -> {
            ReportsWorkspace reports = new ReportsWorkspace(
                    client, s, settings.language(), runner, clock, new FxSaveFileChooser(() -> stage, "Luukku"));
            reports.start();
            return reports.root();
        });
        LoginViewModel[] loginRef = new LoginViewModel[1];
        LoginView[] loginViewRef = new LoginView[1];
        flow = new SignInFlow(
                gateway,
                runner,
                token,
                session -> {
                    PointState state = new PointState(mapper);
                    LiveLink link =
                            new LiveLink(gateway, runner, delayer, state, session.pointId(), Duration.ofSeconds(2));
                    return new ConsoleViewModel(
                            session, texts, gateway, runner, link, drafts, sound, clock, loginRef[0].pointName());
                },
                new SignInFlow.Screens() {
                    @Override
                    public void showLogin() {
                        stage.setScene(scene(loginViewRef[0].root(), stage.getScene()));
                        stage.setTitle(texts.get("app.title"));
                    }

                    @Override
                    public void showConsole(ConsoleViewModel console, boolean fresh) {
                        if (fresh || consoleView == null) {
                            consoleView = new ConsoleView(console, texts, slips, HELSINKI);
                            Workspaces ws = StaffWorkspaces.manages(console.session())
                                    ? workspaces.build(console.session(), consoleView::root, console::logout)
                                    : null;
                            consoleScene = scene(
                                    ws == null ? consoleView.root() : (javafx.scene.Parent) ws.root(),
                                    stage.getScene());
                            consoleView.installShortcuts(consoleScene);
                            if (ws != null) {
                                ws.installShortcuts(consoleScene);
                            }
                            // a help alert pops the console to the front, wherever the advisor was working
                            console.help().alerts().addListener((javafx.collections.ListChangeListener<
                                            fi.luukku.core.api.HelpRequestDto>)
                                    c -> {
                                        while (c.next()) {
                                            if (c.wasAdded()) {
                                                stage.toFront();
                                            }
                                        }
                                    });
                        }
                        stage.setScene(consoleScene);
                        stage.setTitle(texts.format(
                                "app.windowTitle",
                                console.session()
                                        .desk()
                                        .name()
                                        .in(texts.language().code())));
                    }

                    @Override
                    public void showDeskless(Session session) {
                        Workspaces ws = workspaces.build(session, null, flow::logout);
                        Scene s = scene((javafx.scene.Parent) ws.root(), stage.getScene());
                        ws.installShortcuts(s);
                        stage.setScene(s);
                        stage.setTitle(texts.get("app.title"));
                    }

                    @Override
                    public void closeConsole(ConsoleViewModel console) {
                        if (consoleView != null) {
                            consoleView.stop();
                            consoleView = null;
                            consoleScene = null;
                        }
                    }
                });
        // every 401 the service answers (a call or the event stream) brings the sign-in screen back
        sessionWatch.set(() -> runner.onUi(flow::sessionExpired));
        LoginViewModel login = new LoginViewModel(gateway, runner, token, texts, options.point(), flow::signedIn);
        loginRef[0] = login;
        flow.setLogin(login);
        LoginView loginView = new LoginView(login, texts);
        loginViewRef[0] = loginView;
        stage.setScene(scene(loginView.root(), null));
        stage.setTitle(texts.get("app.title"));
        stage.setWidth(1600);
        stage.setHeight(960);
        fi.luukku.ui.WindowPlacement.apply(stage); // -Dluukku.window=x,y,w,h (the demo lays windows side by side)
        stage.show();
        login.loadPointName();
        login.loadDesks();
        if (settings.desk() != null) {
            login.preferDesk(settings.desk());
        }
        if (settings.user() != null && settings.password() != null) {
            login.usernameProperty().set(settings.user());
            login.passwordProperty().set(settings.password());
            login.login();
        }
    }

    private Scene scene(javafx.scene.Parent root, Scene previous) {
        Scene scene = previous == null
                ? new Scene(root, 1600, 960)
                : new Scene(root, previous.getWidth(), previous.getHeight());
        Theme.apply(scene);
        Theme.setHighContrast(scene, settings.highContrast());
        Theme.setLargeText(scene, settings.largeText());
        return scene;
    }

    @Override
    public void stop() {
        if (purge != null) {
            purge.stop();
        }
        if (consoleView != null) {
            consoleView.stop();
        }
        if (flow != null && flow.console() != null) {
            flow.console().close();
        }
        if (runner != null) {
            runner.close();
        }
        if (delayer != null) {
            delayer.close();
        }
        if (tone != null) {
            tone.close();
        }
    }
}
