package fi.luukku.display.sound;

import java.nio.file.Path;
import javafx.scene.media.AudioClip;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays the chime WAV with JavaFX's {@link AudioClip}. A machine without an audio device, or without the
 * native media libraries, makes this a silent chime (logged once), never a crash. The device is checked first:
 * JavaFX reports a missing device only on its own media thread, where nobody can catch it.
 */
public final class AudioClipChime implements ChimePlayer {
    private static final Logger log = LoggerFactory.getLogger(AudioClipChime.class);

    private final Path wav;
    private AudioClip clip;
    private boolean broken;

    public AudioClipChime(Path wav) {
        this(wav, AudioDevices.canPlay());
    }

    AudioClipChime(Path wav, boolean deviceAvailable) {
        this.wav = wav;
        if (!deviceAvailable) {
            broken = true;
            log.warn("no audio output on this machine; calls are shown without sound");
        }
    }

    /** False when the chime has turned itself off. */
    public synchronized boolean isAudible() {
        return !broken;
    }

    @Override
    public synchronized void play() {
        if (broken) {
            return;
        }
        try {
            if (clip == null) {
                clip = new AudioClip(wav.toUri().toString());
            }
            clip.play();
        } catch (Throwable t) { // MediaException, UnsatisfiedLinkError, no device: the display stays up
            broken = true;
            log.warn("the chime cannot be played on this machine ({}); calls are shown without sound", t.toString());
        }
    }
}
