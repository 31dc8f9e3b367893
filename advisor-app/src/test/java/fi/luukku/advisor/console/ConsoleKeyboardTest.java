package fi.luukku.advisor.console;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.advisor.Texts;
import fi.luukku.advisor.drafts.MemoryDraftStore;
import fi.luukku.advisor.referral.SlipOutput;
import fi.luukku.advisor.testing.FakeService;
import fi.luukku.advisor.testing.TestConsole;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.domain.TicketStatus;
import fi.luukku.core.i18n.Language;
import fi.luukku.ui.FxTaskRunner;
import fi.luukku.ui.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The console driven by the keyboard alone, headless, against the in-memory service. */
@ExtendWith(ApplicationExtension.class)
class ConsoleKeyboardTest {
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final FakeService.MutableClock clock = new FakeService.MutableClock(Instant.parse("2026-11-20T08:00:00Z"));
    private final FakeService service = new FakeService(clock);
    private FxTaskRunner runner;
    private TestConsole console;
    private Path slips;

    @Start
    void start(Stage stage) throws IOException {
        slips = Files.createTempDirectory("advisor-slips");
        runner = new FxTaskRunner("test");
        console = new TestConsole(service, service.desks.get(0), clock, Language.EN, runner, new MemoryDraftStore());
        ConsoleView view =
                new ConsoleView(console.vm, Texts.of(Language.EN), new SlipOutput(slips, HELSINKI, runner), HELSINKI);
        Scene scene = new Scene(view.root(), 1280, 800);
        Theme.apply(scene);
        view.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
        console.vm.start();
    }

    @AfterEach
    void tearDown() {
        runner.close();
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in 5 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TicketDto issue(String queue, String language, List<String> needs) {
        return fx(() -> service.issue(queue, language, needs));
    }

    /** Runs on the FX thread, as the stream's events would arrive there. */
    private static <T> T fx(java.util.concurrent.Callable<T> action) {
        try {
            T result = WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(action));
            WaitForAsyncUtils.waitForFxEvents();
            return result;
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    private void key(FxRobot robot, KeyCode... codes) {
        robot.push(codes);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void logOutByItsShortcutAndItsButton(FxRobot robot) {
        java.util.concurrent.atomic.AtomicInteger logouts = new java.util.concurrent.atomic.AtomicInteger();
        fx(() -> {
            console.vm.setOnLogout(logouts::incrementAndGet);
            return null;
        });
        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
        assertThat(logouts.get()).isEqualTo(1);
        assertThat(robot.lookup("#btn-logout").queryButton().getText()).startsWith("Log out");
        fx(() -> {
            robot.lookup("#btn-logout").queryButton().fire();
            return null;
        });
        assertThat(logouts.get()).isEqualTo(2);
    }

    @Test
    void callTriageRecordReferAndFinishByKeyboardAlone(FxRobot robot) throws IOException {
        waitUntil(() ->
                console.link.isOnline() && console.vm.catalog().eventTypes().size() == 4);
        TicketDto t = issue("q-neuvonta", "sv", List.of("HEARING"));
        waitUntil(() -> console.vm.desk().queues().waiting().size() == 1);

        key(robot, KeyCode.F2); // call next
        waitUntil(() -> console.vm.desk().current() != null);
        assertThat(robot.lookup("#current-number").queryAs(Label.class).getText())
                .isEqualTo(t.number());
        assertThat(robot.lookup("#current-needs").queryAs(Label.class).getText())
                .contains("Hearing");

        key(robot, KeyCode.F4); // start
        waitUntil(() -> console.vm.desk().current().status() == TicketStatus.SERVING);

        key(robot, KeyCode.CONTROL, KeyCode.T); // triage topic
        robot.write("bank ID");
        key(robot, KeyCode.ALT, KeyCode.DIGIT3); // support level 3
        key(robot, KeyCode.CONTROL, KeyCode.N); // notes for the next desk
        robot.write("Needs longer guidance");
        WaitForAsyncUtils.waitForFxEvents();
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT1); // documents received
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3); // long advice
        assertThat(console.vm.desk().serviceEvents().events()).hasSize(2);
        assertThat(console.vm.desk().triage().topicProperty().get()).isEqualTo("bank ID");

        key(robot, KeyCode.F7); // refer
        waitUntil(() -> console.vm.referral().isOpen());
        key(robot, KeyCode.DIGIT4); // to a digital-support provider
        key(robot, KeyCode.TAB); // into the written instructions
        robot.write("Tuesdays 10-12");
        key(robot, KeyCode.CONTROL, KeyCode.ENTER);
        waitUntil(() -> console.vm.referral().slipProperty().get() != null);
        key(robot, KeyCode.CONTROL, KeyCode.P); // print: no printer headless, the PNG is there anyway
        key(robot, KeyCode.ESCAPE);
        assertThat(console.vm.referral().isOpen()).isFalse();

        key(robot, KeyCode.F8); // finish
        key(robot, KeyCode.DIGIT1); // handled
        key(robot, KeyCode.DIGIT5); // assessment 5
        key(robot, KeyCode.ENTER);
        waitUntil(() -> console.vm.desk().current() == null);

        var triage = service.triages.get(t.id());
        assertThat(triage.topic()).isEqualTo("bank ID");
        assertThat(triage.supportLevel()).isEqualTo(3);
        assertThat(triage.notes()).isEqualTo("Needs longer guidance");
        assertThat(service.referrals).hasSize(1);
        assertThat(service.referrals.get(0).kind()).isEqualTo("EXTERNAL_PROVIDER");
        assertThat(service.referrals.get(0).providerId()).isEqualTo("d-kirjasto");
        assertThat(service.referrals.get(0).instructions()).isEqualTo("Tuesdays 10-12");
        assertThat(service.recordedEvents.values()).extracting(e -> e.typeId()).containsExactly("ev-docs", "ev-long");
        assertThat(service.finished.get(t.id()).outcome()).isEqualTo("HANDLED");
        assertThat(service.finished.get(t.id()).assessment()).isEqualTo(5);
        assertThat(service.ticketById(t.id()).status()).isEqualTo(TicketStatus.FINISHED);
        try (Stream<Path> files = Files.list(slips.resolve("slips"))) {
            assertThat(files.toList()).singleElement().satisfies(p -> assertThat(p.toString())
                    .endsWith(".png"));
        }
    }

    @Test
    void transferIntoAnotherQueueToTheFrontByKeyboard(FxRobot robot) {
        waitUntil(() -> console.link.isOnline());
        TicketDto t = issue("q-neuvonta", "fi", List.of());
        waitUntil(() -> console.vm.desk().queues().waiting().size() == 1);
        key(robot, KeyCode.F2);
        waitUntil(() -> console.vm.desk().current() != null);
        key(robot, KeyCode.F7);
        waitUntil(() -> console.vm.referral().isOpen());
        key(robot, KeyCode.DIGIT1); // a queue here
        key(robot, KeyCode.DOWN); // the second queue: Police
        key(robot, KeyCode.ALT, KeyCode.F); // to the front
        key(robot, KeyCode.CONTROL, KeyCode.ENTER);
        waitUntil(() -> !service.transfers.isEmpty());
        waitUntil(() -> console.vm.desk().current() == null);

        assertThat(service.transfers.get(0).queueId()).isEqualTo("q-poliisi");
        assertThat(service.transfers.get(0).toFront()).isTrue();
        assertThat(service.ticketById(t.id()).number()).isEqualTo(t.number());
    }

    @Test
    void recallNoShowAndParkAreKeysToo(FxRobot robot) {
        waitUntil(() -> console.link.isOnline());
        issue("q-neuvonta", "fi", List.of());
        issue("q-kela", "fi", List.of());
        waitUntil(() -> console.vm.desk().queues().waiting().size() == 2);
        key(robot, KeyCode.F2);
        waitUntil(() -> console.vm.desk().current() != null);
        key(robot, KeyCode.F3);
        waitUntil(() -> console.vm.desk().current().recalls() == 1);
        key(robot, KeyCode.F5); // asks
        key(robot, KeyCode.F5); // confirms
        waitUntil(() -> console.vm.desk().current() == null);
        key(robot, KeyCode.F2);
        waitUntil(() -> console.vm.desk().current() != null);
        key(robot, KeyCode.F6);
        waitUntil(() -> console.vm.desk().queues().parked().size() == 1);
        assertThat(service.calls).contains("recall", "noShow", "park");
    }

    @Test
    void offlineTheConsoleSaysSoAndDisablesCalling(FxRobot robot) {
        waitUntil(() -> console.link.isOnline());
        fx(() -> {
            service.setDown(true);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#offline-banner").queryAs(Label.class).isVisible())
                .isTrue();
        assertThat(robot.lookup("#link-state").queryAs(Label.class).getText()).isEqualTo("OFFLINE");
        assertThat(robot.lookup("#btn-call-next").queryAs(Button.class).isDisabled())
                .isTrue();

        fx(() -> {
            service.setDown(false);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#offline-banner").queryAs(Label.class).isVisible())
                .isFalse();
        assertThat(robot.lookup("#btn-call-next").queryAs(Button.class).isDisabled())
                .isFalse();
    }

    @Test
    void aHelpAlertPopsUpAndF11Acknowledges(FxRobot robot) {
        waitUntil(() -> console.link.isOnline());
        fx(() -> service.requestHelp("Self-service PC 2"));
        waitUntil(() -> robot.lookup("#help-banner").query().isVisible());
        assertThat(console.sounds.get()).isEqualTo(1);
        key(robot, KeyCode.F11);
        waitUntil(() -> !robot.lookup("#help-banner").query().isVisible());
    }
}
