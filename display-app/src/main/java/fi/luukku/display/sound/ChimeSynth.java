package fi.luukku.display.sound;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Synthesises the display's own call chime, a soft two-note "ding-dong" (a major third down, bell-like
 * partials, exponential decay), as a 16-bit mono PCM WAV. Generated rather than shipped, so there is no
 * licensed audio file in the suite.
 */
public final class ChimeSynth {
    public static final int SAMPLE_RATE = 44_100;
    private static final double[] NOTES = {659.25, 523.25}; // E5, C5
    private static final double NOTE_SECONDS = 0.75;
    private static final double TAIL_SECONDS = 0.6;

    private ChimeSynth() {}

    /** How long the chime sounds. */
    public static Duration length() {
        return Duration.ofMillis(Math.round((NOTES.length * NOTE_SECONDS + TAIL_SECONDS) * 1000));
    }

    /** The PCM samples, between -1 and 1. */
    public static double[] samples() {
        int n = (int) Math.round((NOTES.length * NOTE_SECONDS + TAIL_SECONDS) * SAMPLE_RATE);
        double[] out = new double[n];
        for (int k = 0; k < NOTES.length; k++) {
            int start = (int) Math.round(k * NOTE_SECONDS * SAMPLE_RATE);
            for (int i = start; i < n; i++) {
                double t = (i - start) / (double) SAMPLE_RATE;
                double attack = Math.min(1.0, t / 0.008); // no click at the start
                double env = attack * Math.exp(-t * 3.2);
                double f = NOTES[k];
                double v = Math.sin(2 * Math.PI * f * t)
                        + 0.35 * Math.sin(2 * Math.PI * 2 * f * t) * Math.exp(-t * 4)
                        + 0.12 * Math.sin(2 * Math.PI * 3.01 * f * t) * Math.exp(-t * 6);
                out[i] += 0.4 * env * v;
            }
        }
        // fade out the last 50 ms so the end does not click either
        int fade = SAMPLE_RATE / 20;
        for (int i = 0; i < fade; i++) {
            out[n - 1 - i] *= i / (double) fade;
        }
        for (int i = 0; i < n; i++) {
            out[i] = Math.max(-1, Math.min(1, out[i]));
        }
        return out;
    }

    /** The chime as a complete WAV file. */
    public static byte[] wav() {
        double[] s = samples();
        ByteBuffer pcm = ByteBuffer.allocate(s.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : s) {
            pcm.putShort((short) Math.round(v * Short.MAX_VALUE));
        }
        byte[] data = pcm.array();
        ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        h.put(new byte[] {'R', 'I', 'F', 'F'}).putInt(36 + data.length);
        h.put(new byte[] {'W', 'A', 'V', 'E'});
        h.put(new byte[] {'f', 'm', 't', ' '}).putInt(16).putShort((short) 1).putShort((short) 1);
        h.putInt(SAMPLE_RATE).putInt(SAMPLE_RATE * 2).putShort((short) 2).putShort((short) 16);
        h.put(new byte[] {'d', 'a', 't', 'a'}).putInt(data.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(44 + data.length);
        out.writeBytes(h.array());
        out.writeBytes(data);
        return out.toByteArray();
    }

    /** Writes the chime into {@code dir} (once; an existing identical file is kept) and returns its path. */
    public static Path writeInto(Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("chime.wav");
            byte[] wav = wav();
            if (!Files.exists(file) || Files.size(file) != wav.length) {
                Path tmp = Files.createTempFile(dir, "chime", ".wav.tmp");
                Files.write(tmp, wav);
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the chime into " + dir, e);
        }
    }
}
