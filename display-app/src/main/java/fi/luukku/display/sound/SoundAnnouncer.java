package fi.luukku.display.sound;

import fi.luukku.core.i18n.Language;
import fi.luukku.display.text.Texts;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announces calls one after another on its own thread: the chime, then (when speech is on) the number and
 * the desk in each speech language of the point, in the point's order ({@link SpeechLanguages}). Announcements queue up and each plays to its end; none is cut off. The
 * queue is bounded so that a display left without sound for hours does not talk for an hour when it returns.
 */
public final class SoundAnnouncer implements Announcer {
    private static final Logger log = LoggerFactory.getLogger(SoundAnnouncer.class);
    static final int MAX_QUEUED = 30;

    private final ChimePlayer chime;
    private final Duration chimeLength;
    private final SpeechEngine speech;
    private final SpeechLanguages speechLanguages;
    private final Function<Language, Texts> texts;
    private final ExecutorService worker;

    /**
     * Speaks every call in this one language only.
     *
     * @param speech null for chime only
     */
    public SoundAnnouncer(
            ChimePlayer chime,
            Duration chimeLength,
            SpeechEngine speech,
            Language speechLanguage,
            Function<Language, Texts> texts) {
        this(chime, chimeLength, speech, SpeechLanguages.only(speechLanguage), texts);
    }

    /**
     * @param speech null for chime only
     * @param speechLanguages the languages each call is spoken in
     */
    public SoundAnnouncer(
            ChimePlayer chime,
            Duration chimeLength,
            SpeechEngine speech,
            SpeechLanguages speechLanguages,
            Function<Language, Texts> texts) {
        this.chime = chime;
        this.chimeLength = chimeLength;
        this.speech = speech;
        this.speechLanguages = speechLanguages;
        this.texts = texts;
        this.worker = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(MAX_QUEUED),
                r -> {
                    Thread t = new Thread(r, "luukku-display-sound");
                    t.setDaemon(true);
                    return t;
                },
                (r, ex) -> log.warn("too many announcements waiting; one was dropped"));
    }

    @Override
    public void announce(Announcement a) {
        if (!worker.isShutdown()) {
            worker.execute(() -> play(a));
        }
    }

    private void play(Announcement a) {
        try {
            chime.play();
            sleep(chimeLength);
        } catch (RuntimeException e) {
            log.warn("the chime for {} failed", a.number(), e);
        }
        if (speech != null) {
            for (Language language : speechLanguages.forCall(a)) {
                try {
                    speech.speak(sentence(a, language, texts.apply(language)), language);
                } catch (RuntimeException e) {
                    log.warn("the announcement of {} in {} failed", a.number(), language.code(), e);
                }
            }
        }
    }

    /** "Number K 42, desk 3." in the given language. */
    public static String sentence(Announcement a, Language language, Texts t) {
        String desk = a.deskName() != null ? a.deskName().in(language.code()) : t.get("desk.unknown", a.deskId());
        return t.get("speech.call", spokenNumber(a.number()), desk);
    }

    /** "K042" becomes "K 42": letters apart, no leading zeros, as a speech engine reads it best. */
    public static String spokenNumber(String number) {
        if (number == null) {
            return "";
        }
        int i = 0;
        while (i < number.length() && !Character.isDigit(number.charAt(i))) {
            i++;
        }
        String letters = number.substring(0, i).toUpperCase(Locale.ROOT);
        String digits = number.substring(i).replaceFirst("^0+(?=\\d)", "");
        return letters.isEmpty() ? digits : digits.isEmpty() ? letters : letters + " " + digits;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
