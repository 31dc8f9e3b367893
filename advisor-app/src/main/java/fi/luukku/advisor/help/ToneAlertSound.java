package fi.luukku.advisor.help;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A short two-tone chime synthesised on the fly (no media files, no JavaFX media), played on its own daemon
 * thread. A machine without a sound device simply stays silent.
 */
public final class ToneAlertSound implements AlertSound, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ToneAlertSound.class);
    private static final float RATE = 22050f;

    private final ExecutorService player = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "advisor-alert-sound");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void play() {
        player.execute(this::chime);
    }

    private void chime() {
        byte[] pcm = tones(new double[] {880, 660, 880}, 0.18);
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            line.write(pcm, 0, pcm.length);
            line.drain();
        } catch (Exception | LinkageError e) {
            log.debug("no sound device for the help alert: {}", e.toString());
        }
    }

    static byte[] tones(double[] frequencies, double secondsEach) {
        int perTone = (int) (RATE * secondsEach);
        byte[] out = new byte[perTone * frequencies.length * 2];
        int i = 0;
        for (double f : frequencies) {
            for (int n = 0; n < perTone; n++) {
                double envelope = Math.min(1.0, Math.min(n, perTone - n) / (RATE * 0.01));
                short v = (short) (Math.sin(2 * Math.PI * f * n / RATE) * 12000 * envelope);
                out[i++] = (byte) v;
                out[i++] = (byte) (v >> 8);
            }
        }
        return out;
    }

    @Override
    public void close() {
        player.shutdownNow();
    }
}
