package fi.luukku.display.sound;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.SourceDataLine;

/** Whether this machine can play sound at all (a lobby PC without a sound card or outputs cannot). */
public final class AudioDevices {
    private AudioDevices() {}

    public static boolean canPlay() {
        try {
            AudioFormat f = new AudioFormat(ChimeSynth.SAMPLE_RATE, 16, 1, true, false);
            return AudioSystem.isLineSupported(new DataLine.Info(SourceDataLine.class, f));
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
