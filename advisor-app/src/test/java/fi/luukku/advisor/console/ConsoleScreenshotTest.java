package fi.luukku.advisor.console;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.advisor.Texts;
import fi.luukku.advisor.login.LoginView;
import fi.luukku.advisor.login.LoginViewModel;
import fi.luukku.advisor.referral.SlipOutput;
import fi.luukku.advisor.service.SessionToken;
import fi.luukku.advisor.testing.FakeService;
import fi.luukku.advisor.testing.TestConsole;
import fi.luukku.core.concurrent.CurrentThreadTaskRunner;
import fi.luukku.core.domain.Channel;
import fi.luukku.core.domain.Outcome;
import fi.luukku.core.domain.ReferralKind;
import fi.luukku.core.domain.SpecialNeed;
import fi.luukku.core.i18n.Language;
import fi.luukku.ui.Theme;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the console's screens at 1920×1080 in Finnish, Swedish and English into
 * {@code target/screenshots/advisor-*.png} (copied to {@code docs/screenshots/}), from a realistic busy desk.
 */
class ConsoleScreenshotTest {
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Path OUT = Path.of("target", "screenshots");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(() -> Theme.install(false)));
        Files.createDirectories(OUT);
    }

    private static Path shoot(Parent root, String name) throws Exception {
        Path file = OUT.resolve(name + ".png");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(() -> {
            Scene scene = root.getScene() != null ? root.getScene() : new Scene(root, 1920, 1080);
            Theme.apply(scene);
            root.applyCss();
            root.layout();
            var image = scene.snapshot(null);
            BufferedImage img = SwingFXUtils.fromFXImage(image, null);
            try {
                ImageIO.write(img, "png", file.toFile());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        }));
        return file;
    }

    private record Desk(TestConsole console, ConsoleView view, FakeService service) {}

    /** A desk at mid-morning: people waiting, one customer being served with triage and events. */
    private static Desk busyDesk(Language language) throws Exception {
        return WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(() -> {
            Theme.install(false);
            var clock = new FakeService.MutableClock(Instant.parse("2026-11-20T08:12:00Z"));
            FakeService service = new FakeService(clock);
            // a Finnish advisor serves a Swedish-speaking customer: the slip comes out in Swedish
            service.issue("q-neuvonta", language == Language.FI ? "sv" : language.code(), List.of());
            clock.advance(Duration.ofMinutes(3));
            service.issue("q-neuvonta", language.code(), List.of("HEARING"));
            clock.advance(Duration.ofMinutes(2));
            service.issue("q-kela", "fi", List.of("INTERPRETER"));
            clock.advance(Duration.ofMinutes(1));
            service.issue("q-kela", "en", List.of());
            service.issue("q-neuvonta", "sv", List.of("MOBILITY", "MORE_TIME"));
            clock.advance(Duration.ofMinutes(4));
            service.issue("q-kela", "fi", List.of());
            clock.advance(Duration.ofMinutes(5));
            TestConsole console = new TestConsole(
                    service,
                    service.desks.get(0),
                    clock,
                    language,
                    new CurrentThreadTaskRunner(),
                    new fi.luukku.advisor.drafts.MemoryDraftStore());
            console.start();
            var desk = console.vm.desk();
            desk.callNext();
            desk.start();
            var triage = desk.triage();
            triage.authorityIdProperty().set("kela");
            triage.topicProperty()
                    .set(
                            switch (language) {
                                case FI -> "Asumistuen hakemus verkossa";
                                case SV -> "Ansökan om bostadsbidrag på nätet";
                                case EN -> "Housing allowance application online";
                            });
            triage.lifeEventIdProperty().set("le-muutto");
            triage.setSupportLevel(3);
            triage.toggleNeed(SpecialNeed.MORE_TIME);
            triage.channelProperty().set(Channel.SELF_SERVICE_WITH_SUPPORT);
            triage.notesProperty()
                    .set(
                            switch (language) {
                                case FI -> "Ei pankkitunnuksia; ohjattu kirjaston digitukeen.";
                                case SV -> "Saknar bankkoder; hänvisad till bibliotekets digistöd.";
                                case EN -> "No bank ID; referred to the library's digital support.";
                            });
            desk.serviceEvents().recordNumber(1);
            desk.serviceEvents().recordNumber(3);
            desk.serviceEvents().recordNumber(4);
            desk.queues().tick();
            ConsoleView view = new ConsoleView(
                    console.vm,
                    Texts.of(language),
                    new SlipOutput(Files.createTempDirectory("slips"), HELSINKI, new CurrentThreadTaskRunner()),
                    HELSINKI);
            return new Desk(console, view, service);
        }));
    }

    private static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(r));
    }

    @Test
    void consoleInEveryLanguage() throws Exception {
        for (Language language : Language.values()) {
            Desk d = busyDesk(language);
            fx(() -> d.service()
                    .requestHelp(
                            switch (language) {
                                case FI -> "Aula, asiakaspääte 2";
                                case SV -> "Lobbyn, kunddator 2";
                                case EN -> "Lobby, customer PC 2";
                            }));
            Path file = shoot(d.view().root(), "advisor-console-" + language.code());
            assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(1920);

            fx(() -> {
                d.service()
                        .acknowledgeHelp(d.console().vm.help().alerts().get(0).id());
                var referral = d.console().vm.referral();
                referral.begin();
                referral.chooseKind(ReferralKind.EXTERNAL_PROVIDER);
                referral.instructionsProperty()
                        .set(
                                switch (language) {
                                    case FI -> "Ota mukaan puhelin ja henkilöllisyystodistus. Opastus ti ja to klo 10–14.";
                                    case SV -> "Ta med telefonen och ett identitetsbevis. Handledning ti och to kl. 10–14.";
                                    case EN -> "Bring your phone and an identity document. Guidance Tue and Thu 10–14.";
                                });
                referral.confirm();
            });
            shoot(d.view().root(), "advisor-referral-" + language.code());

            fx(() -> {
                d.console().vm.referral().done();
                var desk = d.console().vm.desk();
                desk.finish().begin();
                desk.finish().chooseOutcome(Outcome.STARTED);
                desk.finish().chooseAssessment(4);
            });
            shoot(d.view().root(), "advisor-finish-" + language.code());
        }
    }

    @Test
    void searchStatisticsChecklistAndOffline() throws Exception {
        Desk d = busyDesk(Language.FI);
        fx(() -> d.console().vm.search().queryProperty().set("kirjastoon"));
        fx(() -> {
            var tabs = (javafx.scene.control.TabPane) d.view().root().lookup("#right-tabs");
            tabs.getSelectionModel().select(1);
        });
        shoot(d.view().root(), "advisor-search-fi");

        fx(() -> {
            var tabs = (javafx.scene.control.TabPane) d.view().root().lookup("#right-tabs");
            tabs.getSelectionModel().select(2);
            d.console().vm.toggleChecklist();
        });
        shoot(d.view().root(), "advisor-statistics-checklist-fi");

        fx(() -> {
            d.console().vm.toggleChecklist();
            d.service().setDown(true);
            d.console().vm.incident().begin();
        });
        shoot(d.view().root(), "advisor-offline-incident-fi");
    }

    @Test
    void highContrastAndLargeText() throws Exception {
        Desk d = busyDesk(Language.EN);
        fx(() -> {
            Scene scene = new Scene(d.view().root(), 1920, 1080);
            Theme.apply(scene);
            Theme.setHighContrast(scene, true);
            Theme.setLargeText(scene, true);
        });
        shoot(d.view().root(), "advisor-console-high-contrast-large-en");
    }

    @Test
    void loginInEveryLanguage() throws Exception {
        for (Language language : Language.values()) {
            Parent root = WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(() -> {
                FakeService service =
                        new FakeService(new FakeService.MutableClock(Instant.parse("2026-11-20T06:00:00Z")));
                LoginViewModel vm = new LoginViewModel(
                        service,
                        new CurrentThreadTaskRunner(),
                        new SessionToken(null),
                        Texts.of(language),
                        FakeService.POINT,
                        s -> {});
                vm.loadDesks();
                vm.preferDesk("desk-1");
                vm.usernameProperty().set("advisor1");
                return new LoginView(vm, Texts.of(language)).root();
            }));
            shoot(root, "advisor-login-" + language.code());
        }
    }
}
