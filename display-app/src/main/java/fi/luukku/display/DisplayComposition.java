package fi.luukku.display;

import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.concurrent.TaskRunner;
import fi.luukku.core.i18n.Language;
import fi.luukku.core.live.LiveState;
import fi.luukku.display.board.CallSpotlight;
import fi.luukku.display.board.DisplayStore;
import fi.luukku.display.board.DisplayView;
import fi.luukku.display.board.DisplayViewModel;
import fi.luukku.display.desk.DeskView;
import fi.luukku.display.desk.DeskViewModel;
import fi.luukku.display.feed.DisplayFeed;
import fi.luukku.display.feed.EventStream;
import fi.luukku.display.feed.Scheduler;
import fi.luukku.display.sound.Announcer;
import fi.luukku.display.sound.AudioClipChime;
import fi.luukku.display.sound.ChimeSynth;
import fi.luukku.display.sound.EspeakSpeech;
import fi.luukku.display.sound.SoundAnnouncer;
import fi.luukku.display.sound.SpeechLanguages;
import fi.luukku.display.text.Texts;
import java.time.Clock;
import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Parent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The display's object graph, wired by hand: store, feed, announcer, and the board or desk screen. Used by
 * {@link DisplayApp} and, with test doubles, by tests and the latency benchmark. Build and use it on the FX
 * thread.
 */
public final class DisplayComposition implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DisplayComposition.class);
    static final Duration LANGUAGE_PERIOD = Duration.ofSeconds(8);
    static final Duration INFO_PERIOD = Duration.ofSeconds(12);

    private final DisplayStore store;
    private final DisplayFeed feed;
    private final Announcer announcer;
    private final DisplayViewModel board;
    private final DisplayView boardView;
    private final DeskViewModel desk;
    private final DeskView deskView;
    private Timeline ticker;

    public DisplayComposition(
            DisplayOptions options,
            LuukkuClient client,
            EventStream.Factory streams,
            TaskRunner runner,
            Scheduler scheduler,
            Announcer announcer,
            Clock clock) {
        this.announcer = announcer;
        this.store = new DisplayStore(client.mapper(), LiveState.DEFAULT_HISTORY);
        String point = options.client().point();
        this.feed = new DisplayFeed(client, point, streams, runner, scheduler, clock, options.resyncAfter(), store);
        if (options.desk().isPresent()) {
            desk = new DeskViewModel(store, options.desk().get(), options.languages(), LANGUAGE_PERIOD, clock);
            deskView = new DeskView(desk);
            board = null;
            boardView = null;
        } else {
            CallSpotlight spotlight =
                    new CallSpotlight(options.hold(), options.hold().dividedBy(2), 3);
            board = new DisplayViewModel(
                    store, spotlight, announcer, options.languages(), LANGUAGE_PERIOD, INFO_PERIOD, clock);
            boardView = new DisplayView(board);
            desk = null;
            deskView = null;
        }
    }

    /** The announcer the options ask for: silent, chime, or chime and speech (when espeak-ng is there). */
    public static Announcer announcerFor(DisplayOptions options) {
        if (options.sound() == DisplayOptions.SoundMode.OFF) {
            return Announcer.silent();
        }
        AudioClipChime chime;
        try {
            chime = new AudioClipChime(ChimeSynth.writeInto(options.client().dataDir()));
        } catch (RuntimeException e) {
            log.warn("no chime: {}", e.getMessage());
            chime = null;
        }
        EspeakSpeech speech = null;
        if (options.sound() == DisplayOptions.SoundMode.SPEECH) {
            if (EspeakSpeech.isInstalled(options.espeak())) {
                speech = new EspeakSpeech(options.espeak());
            } else {
                log.warn("--sound speech: {} is not installed; calls get the chime only", options.espeak());
            }
        }
        // a language set on the display wins; otherwise the point's national languages, in its order
        SpeechLanguages speechLanguage = new SpeechLanguages(
                options.speechLanguage(),
                options.languages().isEmpty()
                        ? Language.FI
                        : options.languages().get(0));
        AudioClipChime c = chime;
        return new SoundAnnouncer(
                () -> {
                    if (c != null) {
                        c.play();
                    }
                },
                ChimeSynth.length(),
                speech,
                speechLanguage,
                Texts::new);
    }

    /** Starts the feed and the ticker that moves clocks, rotations and the spotlight queue (FX thread). */
    public void start() {
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.millis(250), e -> tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        feed.start();
    }

    /** Moves clocks, rotations and the spotlight queue on; call a few times a second on the FX thread. */
    public void tick() {
        if (board != null) {
            board.tick();
        }
        if (desk != null) {
            desk.tick();
        }
        feed.tick();
    }

    public Parent root() {
        return boardView != null ? boardView.root() : deskView.root();
    }

    public String title() {
        return board != null
                ? board.textsProperty().get().get("window.title")
                : desk.textsProperty().get().get("window.title");
    }

    public DisplayStore store() {
        return store;
    }

    public DisplayFeed feed() {
        return feed;
    }

    /** The board's view model, or null in desk mode. */
    public DisplayViewModel board() {
        return board;
    }

    public DisplayView boardView() {
        return boardView;
    }

    /** The desk's view model, or null on a lobby board. */
    public DeskViewModel desk() {
        return desk;
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.stop();
        }
        feed.close();
        announcer.close();
    }
}
