package fi.luukku.service.report;

import fi.luukku.core.api.report.BillingReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The billing as PDF (Apache PDFBox): one page per point (base fee, training compensation, events per authority
 * and type, totals) and a last page per authority over all points, in the chosen language.
 */
public final class BillingPdf {
    private static final float MARGIN = 50;
    private static final float LINE = 14;

    private BillingPdf() {}

    public static byte[] write(BillingReport r) {
        String lang = r.lang();
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            String period = ReportLabels.word("period", lang) + ": " + r.from() + " – " + r.to();
            for (BillingReport.PointBill p : r.points()) {
                try (Page page = new Page(doc, regular, bold)) {
                    page.bold(ReportLabels.word("billing", lang) + ": " + p.pointName() + " (" + p.pointId() + ")");
                    page.text(period);
                    page.gap();
                    page.text(ReportLabels.word("baseFee", lang) + ": " + ReportLabels.money(p.baseFee(), lang));
                    page.text(ReportLabels.word("training", lang) + ": " + ReportLabels.money(p.training(), lang));
                    page.gap();
                    page.bold(ReportLabels.word("events", lang));
                    for (BillingReport.AuthorityBill a : p.authorities()) {
                        page.bold(a.authorityName() + ": " + a.eventCount() + " / "
                                + ReportLabels.money(a.total(), lang));
                        for (BillingReport.EventLine e : a.events()) {
                            page.text("   " + e.typeName() + ": " + e.count() + " × "
                                    + ReportLabels.money(e.unitPrice(), lang) + " = "
                                    + ReportLabels.money(e.total(), lang));
                        }
                    }
                    page.gap();
                    page.text(ReportLabels.word("events", lang) + ": " + ReportLabels.money(p.eventsTotal(), lang));
                    page.bold(ReportLabels.word("total", lang) + ": " + ReportLabels.money(p.total(), lang));
                }
            }
            try (Page page = new Page(doc, regular, bold)) {
                page.bold(ReportLabels.word("billing", lang) + ": " + r.scopeName() + " – "
                        + ReportLabels.word("byAuthority", lang));
                page.text(period);
                page.gap();
                for (BillingReport.AuthorityTotal a : r.authorities()) {
                    page.text(a.authorityName() + ": " + a.eventCount() + " / " + ReportLabels.money(a.total(), lang));
                }
                page.gap();
                page.text(ReportLabels.word("baseFee", lang) + ": " + ReportLabels.money(r.baseFeeTotal(), lang));
                page.text(ReportLabels.word("training", lang) + ": " + ReportLabels.money(r.trainingTotal(), lang));
                page.text(ReportLabels.word("events", lang) + ": " + ReportLabels.money(r.eventsTotal(), lang));
                page.bold(ReportLabels.word("total", lang) + ": " + ReportLabels.money(r.total(), lang));
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One A4 page written line by line; a full page continues on a new one. */
    private static final class Page implements AutoCloseable {
        private final PDDocument doc;
        private final PDType1Font regular;
        private final PDType1Font bold;
        private PDPageContentStream stream;
        private float y;

        Page(PDDocument doc, PDType1Font regular, PDType1Font bold) throws IOException {
            this.doc = doc;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void text(String s) throws IOException {
            line(regular, s);
        }

        void bold(String s) throws IOException {
            line(bold, s);
        }

        void gap() {
            y -= LINE / 2;
        }

        private void line(PDType1Font font, String s) throws IOException {
            if (y < MARGIN) {
                newPage();
            }
            stream.beginText();
            stream.setFont(font, 10);
            stream.newLineAtOffset(MARGIN, y);
            stream.showText(latin1(s));
            stream.endText();
            y -= LINE;
        }

        /** The standard fonts know WinAnsi only: anything else is shown as '?'. */
        private static String latin1(String s) {
            StringBuilder b = new StringBuilder(s.length());
            for (char c : s.toCharArray()) {
                boolean ok = (c >= 32 && c < 127) || (c >= 160 && c <= 255) || c == '€' || c == '–';
                b.append(ok ? c : '?');
            }
            return b.toString();
        }

        @Override
        public void close() throws IOException {
            stream.close();
        }
    }
}
