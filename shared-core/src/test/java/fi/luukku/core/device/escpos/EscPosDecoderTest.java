package fi.luukku.core.device.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EscPosDecoderTest {

    @Test
    void decodesWhatTheWriterWrote() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EscPosWriter(out)
                .initialize()
                .align(EscPosWriter.Align.CENTER)
                .size(2, 2)
                .line("K001")
                .size(1, 1)
                .statusRequest(4)
                .line("Kela – ääni")
                .qrCode("https://x/t/abc", 5, EscPosWriter.QrErrorLevel.M)
                .cut(0);
        PrintedDocument doc = new EscPosDecoder().decode(out.toByteArray());
        assertThat(doc.textLines()).containsExactly("K001", "Kela – ääni");
        assertThat(doc.qrCodes()).extracting(PrintedDocument.QrCode::data).containsExactly("https://x/t/abc");
        assertThat(doc.statusRequests()).containsExactly(4);
        assertThat(doc.cuts()).isEqualTo(1);
        assertThat(doc.consumed()).isEqualTo(out.size());
        PrintedDocument.TextLine first =
                (PrintedDocument.TextLine) doc.elements().get(0);
        assertThat(first.width()).isEqualTo(2);
        assertThat(first.align()).isEqualTo(EscPosWriter.Align.CENTER);
    }

    @Test
    void stopsBeforeAnIncompleteCommand() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EscPosWriter(out).line("A").raster(BitImage.of(8, 4, (x, y) -> true));
        byte[] all = out.toByteArray();
        PrintedDocument partial = new EscPosDecoder().decode(Arrays.copyOf(all, all.length - 2));
        assertThat(partial.textLines()).containsExactly("A");
        assertThat(partial.rasters()).isEmpty();
        assertThat(partial.consumed()).isEqualTo(2);
        assertThat(new EscPosDecoder().decode(all).rasters()).hasSize(1);
    }
}
