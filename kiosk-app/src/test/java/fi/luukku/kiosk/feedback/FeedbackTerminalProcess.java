package fi.luukku.kiosk.feedback;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.concurrent.CurrentThreadTaskRunner;
import fi.luukku.core.domain.FeedbackSource;
import fi.luukku.core.domain.Outcome;
import fi.luukku.core.i18n.CitizenLanguage;
import fi.luukku.core.json.JsonMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The feedback terminal without its window, as a separate JVM that a test can kill with SIGKILL: the same
 * backend (outbox, recorder, pump) and the same flow view model as the real terminal.
 *
 * <pre>
 * submit DATA_DIR SERVER_URL N   answer N surveys, printing "STORED i" after each is thanked, then idle
 * run DATA_DIR SERVER_URL        only send what waits, printing "RUNNING"
 * </pre>
 */
public final class FeedbackTerminalProcess {
    private FeedbackTerminalProcess() {}

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path data = Path.of(args[1]);
        String server = args[2];
        ObjectMapper mapper = JsonMapper.create();
        LuukkuClient client =
                new LuukkuClient(server, () -> "demo-feedback-mikkeli", LuukkuClient.defaultHttpClient(), mapper);
        FeedbackBackend backend = FeedbackBackend.open(
                        data, client, "mikkeli", mapper, Clock.systemUTC(), Duration.ofSeconds(1), n -> {})
                .start();
        if (mode.equals("submit")) {
            int n = Integer.parseInt(args[3]);
            FeedbackFlowViewModel flow = new FeedbackFlowViewModel(
                    backend.recorder(),
                    new CurrentThreadTaskRunner(),
                    Clock.systemUTC(),
                    Duration.ofSeconds(45),
                    FeedbackFlowViewModel.TERMINAL_STEPS,
                    FeedbackSource.TERMINAL,
                    CitizenLanguage.FI);
            CitizenLanguage[] langs = CitizenLanguage.values();
            for (int i = 1; i <= n; i++) {
                flow.start(langs[i % langs.length]);
                flow.chooseRating(1 + i % 5);
                flow.choosePerceivedSafety(1 + (i + 2) % 5);
                flow.chooseOutcome(Outcome.values()[i % 3]);
                flow.chooseAlone(i % 2 == 0);
                if (i % 2 != 0) {
                    flow.chooseNotAloneReason(NotAloneReason.values()[i % NotAloneReason.values().length]);
                }
                flow.commentProperty().set("answer " + i);
                flow.sendComment();
                if (flow.step() != FeedbackStep.THANKS
                        || !flow.answeredProperty().get()) {
                    throw new IllegalStateException("answer " + i + " was not thanked");
                }
                System.out.println("STORED " + i);
                System.out.flush();
                flow.finish();
            }
        } else {
            System.out.println("RUNNING");
            System.out.flush();
        }
        Thread.sleep(Long.MAX_VALUE); // until killed
    }
}
