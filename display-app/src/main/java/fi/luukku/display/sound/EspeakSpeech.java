package fi.luukku.display.sound;

import fi.luukku.core.i18n.Language;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speech through the {@code espeak-ng} program, when the machine has it. Runs one process per sentence and
 * waits for it, so sentences never overlap; a missing program or audio device only turns speech off.
 */
public final class EspeakSpeech implements SpeechEngine {
    private static final Logger log = LoggerFactory.getLogger(EspeakSpeech.class);

    private final String program;
    private boolean unavailable;

    public EspeakSpeech(String program) {
        this.program = program;
    }

    /** True when the program answers {@code --version}. */
    public static boolean isInstalled(String program) {
        try {
            Process p = new ProcessBuilder(program, "--version")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The command line for one sentence (a voice per language, a calm pace for a lobby). */
    List<String> command(String text, Language language) {
        return List.of(program, "-v", language.code(), "-s", "140", "--", text);
    }

    @Override
    public void speak(String text, Language language) {
        if (unavailable) {
            return;
        }
        try {
            Process p = new ProcessBuilder(command(text, language))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                log.warn("espeak-ng did not finish within 30 s");
            } else if (p.exitValue() != 0) {
                log.debug("espeak-ng exited with {} (no audio device?)", p.exitValue());
            }
        } catch (IOException e) {
            unavailable = true;
            log.warn("speech is off: {} cannot be run ({})", program, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
