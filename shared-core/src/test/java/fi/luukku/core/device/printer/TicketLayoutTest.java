package fi.luukku.core.device.printer;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.device.escpos.EscPosDecoder;
import fi.luukku.core.device.escpos.PrintedDocument;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketLayoutTest {
    private static final TicketContent TICKET = new TicketContent(
            "Mikkeli – yhteinen asiakaspalvelupiste",
            "K042",
            "Kela: perhe-etuudet ja hyvin pitkä palvelun nimi joka ei mahdu yhdelle riville",
            List.of("Edelläsi jonossa: 3", "Arvioitu odotus: 12 min", "22.11.2026 08:15"),
            "http://localhost:8080/t/abc123",
            "Seuraa vuoroasi puhelimella",
            "Tervetuloa!");

    @Test
    void nativeModelPrintsTextQrCommandAndCut() {
        byte[] bytes = new TicketLayout(PrinterModel.EPSON_TM_T88, null).encode(TICKET);
        PrintedDocument doc = new EscPosDecoder().decode(bytes);
        assertThat(doc.text()).contains("K042", "Edelläsi jonossa: 3", "Arvioitu odotus: 12 min", "Tervetuloa!");
        assertThat(doc.textLines()).allMatch(l -> l.length() <= 48);
        assertThat(doc.text().replace("\n", " ")).contains(TICKET.service());
        assertThat(doc.qrCodes())
                .singleElement()
                .extracting(PrintedDocument.QrCode::data)
                .isEqualTo(TICKET.qrUrl());
        assertThat(doc.rasters()).isEmpty();
        assertThat(doc.cuts()).isEqualTo(1);
        assertThat(doc.elements().get(doc.elements().size() - 1)).isInstanceOf(PrintedDocument.Cut.class);
    }

    @Test
    void rasterModelPrintsAQrThatZxingReadsBack() {
        byte[] bytes = new TicketLayout(PrinterModel.GENERIC_RASTER, null).encode(TICKET);
        PrintedDocument doc = new EscPosDecoder().decode(bytes);
        assertThat(doc.qrCodes()).isEmpty();
        assertThat(doc.rasters()).hasSize(1);
        assertThat(QrImages.decode(doc.rasters().get(0).image())).contains(TICKET.qrUrl());
    }

    @Test
    void renderedTicketShowsAReadableQr() {
        byte[] bytes = new TicketLayout(PrinterModel.EPSON_TM_T88, null).encode(TICKET);
        BufferedImage img = new TicketImageRenderer(576).render(new EscPosDecoder().decode(bytes));
        assertThat(img.getHeight()).isGreaterThan(400);
        assertThat(QrImages.decode(img)).contains(TICKET.qrUrl());
    }

    @Test
    void offlineTicketWithoutQrHasNone() {
        TicketContent offline = new TicketContent("P", "K901", "S", List.of(), null, null, null);
        PrintedDocument doc =
                new EscPosDecoder().decode(new TicketLayout(PrinterModel.EPSON_TM_T88, null).encode(offline));
        assertThat(doc.qrCodes()).isEmpty();
        assertThat(doc.textLines()).contains("K901");
    }

    @Test
    void wrapsLongWordsAndLines() {
        assertThat(TicketLayout.wrap("aaa bbb ccc", 7)).containsExactly("aaa bbb", "ccc");
        assertThat(TicketLayout.wrap("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
    }
}
