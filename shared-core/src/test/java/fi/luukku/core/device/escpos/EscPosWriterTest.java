package fi.luukku.core.device.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.luukku.core.device.escpos.EscPosWriter.Align;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class EscPosWriterTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final EscPosWriter w = new EscPosWriter(out);

    private static byte[] b(int... v) {
        byte[] r = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = (byte) v[i];
        }
        return r;
    }

    @Test
    void modeCommandsAreExactBytes() throws IOException {
        w.initialize()
                .codeTable(16)
                .align(Align.CENTER)
                .bold(true)
                .size(4, 4)
                .size(1, 2)
                .feed(3);
        assertThat(out.toByteArray())
                .containsExactly(b(
                        0x1B, 0x40, 0x1B, 0x74, 16, 0x1B, 0x61, 1, 0x1B, 0x45, 1, 0x1D, 0x21, 0x33, 0x1D, 0x21, 0x01,
                        0x1B, 0x64, 3));
    }

    @Test
    void textIsWindows1252WithNordicLettersAndLineFeed() throws IOException {
        w.line("Äö å");
        assertThat(out.toByteArray()).containsExactly(b(0xC4, 0xF6, 0x20, 0xE5, 0x0A));
    }

    @Test
    void cutAndStatusRequests() throws IOException {
        w.cut(0).statusRequest(1).statusRequest(2).statusRequest(4);
        assertThat(out.toByteArray())
                .containsExactly(b(0x1D, 0x56, 66, 0, 0x10, 0x04, 1, 0x10, 0x04, 2, 0x10, 0x04, 4));
    }

    @Test
    void nativeQrIsModelSizeLevelStorePrint() throws IOException {
        w.qrCode("AB", 6, EscPosWriter.QrErrorLevel.M);
        assertThat(out.toByteArray())
                .containsExactly(b(
                        0x1D, 0x28, 0x6B, 4, 0, 49, 65, 50, 0, // model 2
                        0x1D, 0x28, 0x6B, 3, 0, 49, 67, 6, // module size
                        0x1D, 0x28, 0x6B, 3, 0, 49, 69, 49, // level M
                        0x1D, 0x28, 0x6B, 5, 0, 49, 80, 48, 'A', 'B', // store
                        0x1D, 0x28, 0x6B, 3, 0, 49, 81, 48)); // print
    }

    @Test
    void rasterHasSizeHeaderAndPackedRows() throws IOException {
        BitImage img = BitImage.of(16, 2, (x, y) -> x == 0 || (y == 1 && x == 15));
        w.raster(img);
        assertThat(out.toByteArray()).containsExactly(b(0x1D, 0x76, 0x30, 0, 2, 0, 2, 0, 0x80, 0x00, 0x80, 0x01));
    }

    @Test
    void refusesOutOfRangeParameters() {
        assertThatThrownBy(() -> w.size(9, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w.statusRequest(5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w.feed(300)).isInstanceOf(IllegalArgumentException.class);
    }
}
