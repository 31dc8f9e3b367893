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
import fi.luukku.advisor.service.HttpServiceGateway;
import fi.luukku.advisor.service.ServiceGateway;
import fi.luukku.advisor.service.SessionToken;
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
    private ConsoleViewModel console;
    private ConsoleView consoleView;
    private LocalDataPurge purge;

    @Override
    public void start(Stage stage) {
        settings = AdvisorSettings.parse(getParameters().getRaw().toArray(String[]::new));
        var options = settings.options();
        Texts texts = Texts.of(settings.language());
        var mapper = JsonMapper.create();
        SessionToken token = new SessionToken(options.token());
        LuukkuClient client = new LuukkuClient(options.server(), token, LuukkuClient.defaultHttpClient(), mapper);
        ServiceGateway gateway = new HttpServiceGateway(client, token);
        runner = new FxTaskRunner("advisor");
        delayer = new ScheduledDelayer();
        AlertSound sound = settings.sound() ? (tone = new ToneAlertSound()) : AlertSound.SILENT;
        Clock clock = Clock.system(HELSINKI);
        String pointName = options.point();

        purge = new LocalDataPurge(
                java.util.List.of(
                        options.dataDir().resolve("drafts"), options.dataDir().resolve("slips")),
                clock,
                runner,
                delayer);
        purge.start();
        Theme.install(false);
        LoginViewModel login = new LoginViewModel(gateway, runner, token, texts, options.point(), session -> {
            PointState state = new PointState(mapper);
            LiveLink link = new LiveLink(gateway, runner, delayer, state, session.pointId(), Duration.ofSeconds(2));
            console = new ConsoleViewModel(
                    session,
                    texts,
                    gateway,
                    runner,
                    link,
                    new FileDraftStore(options.dataDir(), mapper),
                    sound,
                    clock,
                    pointName);
            consoleView =
                    new ConsoleView(console, texts, new SlipOutput(options.dataDir(), HELSINKI, runner), HELSINKI);
            Scene scene = scene(consoleView.root(), stage.getScene());
            consoleView.installShortcuts(scene);
            // a help alert pops the console to the front, wherever the advisor was working
            console.help()
                    .alerts()
                    .addListener((javafx.collections.ListChangeListener<fi.luukku.core.api.HelpRequestDto>) c -> {
                        while (c.next()) {
                            if (c.wasAdded()) {
                                stage.toFront();
                            }
                        }
                    });
            stage.setScene(scene);
            stage.setTitle(texts.format(
                    "app.windowTitle", session.desk().name().in(texts.language().code())));
            console.start();
        });
        LoginView loginView = new LoginView(login, texts, pointName);
        stage.setScene(scene(loginView.root(), null));
        stage.setTitle(texts.get("app.title"));
        stage.setWidth(1600);
        stage.setHeight(960);
        stage.show();
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
        if (console != null) {
            console.close();
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
