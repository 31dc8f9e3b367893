package fi.luukku.display.sound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChimeSynthTest {

    @Test
    void isAValidPcmWavOfTheAnnouncedLength() throws Exception {
        byte[] wav = ChimeSynth.wav();
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            AudioFormat f = in.getFormat();
            assertThat(f.getSampleRate()).isEqualTo(44_100f);
            assertThat(f.getChannels()).isEqualTo(1);
            assertThat(f.getSampleSizeInBits()).isEqualTo(16);
            double seconds = in.getFrameLength() / f.getFrameRate();
            assertThat(seconds * 1000)
                    .isCloseTo(ChimeSynth.length().toMillis(), org.assertj.core.data.Offset.offset(5.0));
        }
    }

    @Test
    void isAudibleNeverClipsAndEndsInSilence() {
        double[] s = ChimeSynth.samples();
        double peak = 0;
        for (double v : s) {
            peak = Math.max(peak, Math.abs(v));
        }
        assertThat(peak).isBetween(0.3, 0.99);
        assertThat(Math.abs(s[0])).isLessThan(0.01);
        assertThat(Math.abs(s[s.length - 1])).isLessThan(0.001);
    }

    @Test
    void isWrittenIntoTheDataDirectoryOnce(@TempDir Path dir) throws Exception {
        Path f = ChimeSynth.writeInto(dir.resolve("data"));
        assertThat(f).exists().hasFileName("chime.wav");
        long modified = Files.getLastModifiedTime(f).toMillis();
        Thread.sleep(20);
        assertThat(ChimeSynth.writeInto(dir.resolve("data"))).isEqualTo(f);
        assertThat(Files.getLastModifiedTime(f).toMillis()).isEqualTo(modified);
        assertThat(Files.readAllBytes(f)).isEqualTo(ChimeSynth.wav());
    }

    @Test
    void aMissingAudioDeviceNeverCrashes(@TempDir Path dir) {
        AudioClipChime chime = new AudioClipChime(ChimeSynth.writeInto(dir));
        assertThat(chime.isAudible()).isEqualTo(AudioDevices.canPlay());
        chime.play(); // either plays, or has turned itself off quietly
        AudioClipChime noDevice = new AudioClipChime(ChimeSynth.writeInto(dir), false);
        assertThat(noDevice.isAudible()).isFalse();
        noDevice.play();
        noDevice.play();
    }
}
